import type { ImportedEvent, PostgresHistoryImporter } from '@od/event-store';

export interface WrittenHistory {
  readonly events: number;
  readonly streams: number;
  /** Time spent waiting for the database with the next batch ready (the rest was making facts). */
  readonly waitedMs: number;
}

/**
 * Imports the facts in batches of `batchSize`, one transaction each, in the order given. Each batch names
 * every stream's expected version (what the earlier batches left), so the store checks that nothing else wrote
 * to them. The next batch is made while the previous one is being written (one in flight; the generator
 * yields to the event loop now and then so the database round trips go on meanwhile).
 */
export async function writeHistory(
  facts: Iterable<ImportedEvent>,
  importer: Pick<PostgresHistoryImporter, 'importEvents'>,
  options: { readonly batchSize?: number; readonly onWritten?: (events: number) => void } = {},
): Promise<WrittenHistory> {
  const batchSize = options.batchSize ?? 5_000;
  const versions = new Map<string, number>();
  let written = 0;
  let made = 0;
  let waitedMs = 0;
  let inFlight: Promise<void> | undefined;
  let batch: ImportedEvent[] = [];

  const send = async () => {
    if (batch.length === 0) return;
    const expected = new Map<string, number>();
    for (const fact of batch) {
      const version = versions.get(fact.streamId) ?? 0;
      if (!expected.has(fact.streamId)) expected.set(fact.streamId, version);
      versions.set(fact.streamId, version + 1);
    }
    const sending = batch;
    batch = [];
    const waiting = Date.now();
    await inFlight;
    waitedMs += Date.now() - waiting;
    inFlight = importer.importEvents(sending, expected).then(() => {
      written += sending.length;
      options.onWritten?.(written);
    });
  };

  for (const fact of facts) {
    batch.push(fact);
    made += 1;
    if (batch.length >= batchSize) await send();
    // Let the batch in flight go on between slices of generation: its transaction stays open (and holds back
    // readers of the whole cluster) while this process is busy between its statements.
    else if (made % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  await send();
  const waiting = Date.now();
  await inFlight;
  waitedMs += Date.now() - waiting;
  return { events: written, streams: versions.size, waitedMs };
}
