// The replay's progress on a terminal: facts replayed of the total, rate and time left (cli-progress). Nothing
// when stdout is not a terminal (a pipe, a CI log), so the output there is just the result lines.
import progress from 'cli-progress';
import type { ReplayProgress } from '@od/reporting';

export interface ProgressView {
  start(total: number): void;
  update(progress: ReplayProgress): void;
  stop(): void;
}

export function progressView(stream: NodeJS.WriteStream = process.stdout): ProgressView {
  if (!stream.isTTY) return { start: () => undefined, update: () => undefined, stop: () => undefined };
  const bar = new progress.SingleBar(
    {
      format: 'replay |{bar}| {percentage}% | {value}/{total} facts | {rate} facts/s | ETA {eta_formatted}',
      stream,
      hideCursor: true,
      etaBuffer: 20,
    },
    progress.Presets.shades_classic,
  );
  let started = 0;
  return {
    start: (total) => {
      started = performance.now();
      bar.start(total, 0, { rate: 0 });
    },
    update: ({ factsRead }) => bar.update(factsRead, { rate: Math.round(factsRead / Math.max(0.001, (performance.now() - started) / 1000)) }),
    stop: () => bar.stop(),
  };
}
