import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A command-line input that breaks a rule: the message names the flag and the rule. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function parseCommandLine<T extends NonNullable<ParseArgsConfig['options']>>(argv: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export function positiveNumber(flag: string, value: string | undefined, fallback?: number): number {
  if (value === undefined) {
    if (fallback === undefined) throw new UsageError(`--${flag} is required`);
    return fallback;
  }
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw new UsageError(`--${flag} must be a number greater than 0, got "${value}"`);
  return number;
}

export function instant(flag: string, value: string | undefined, fallback?: string): Date {
  const text = value ?? fallback;
  if (text === undefined) throw new UsageError(`--${flag} is required`);
  if (!/T.*(Z|[+-]\d{2}:?\d{2})$/i.test(text) || Number.isNaN(Date.parse(text))) {
    throw new UsageError(`--${flag} must be an ISO 8601 instant with its offset (e.g. 2026-12-31T23:59:59+05:00), got "${text}"`);
  }
  return new Date(text);
}

/** A progress bar on a terminal; nothing when stderr is not one (a CI log, a pipe). */
export async function progressBar(format: string): Promise<{
  start(total: number, payload: Record<string, unknown>): void;
  update(value: number, payload: Record<string, unknown>): void;
  stop(): void;
}> {
  if (!process.stderr.isTTY) return { start: () => undefined, update: () => undefined, stop: () => undefined };
  const { default: progress } = await import('cli-progress');
  const bar = new progress.SingleBar({ format, stream: process.stderr, hideCursor: true, etaBuffer: 50 }, progress.Presets.shades_classic);
  return {
    start: (total, payload) => bar.start(total, 0, payload),
    update: (value, payload) => bar.update(value, payload),
    stop: () => bar.stop(),
  };
}

/** Runs a command-line tool: a usage error is one line and exit code 2, anything else the error and exit code 1. */
export function runMain(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      if (error instanceof UsageError) {
        process.stderr.write(`${error.message}\n`);
        process.exit(2);
      }
      process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
      process.exit(1);
    },
  );
}
