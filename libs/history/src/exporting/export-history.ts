import type { EventStore } from '@od/event-store';
import { START_POSITION } from '@od/event-store';
import { pseudonymiser } from './pseudonymise';

export interface ExportCounts {
  /** Facts read from the store. */
  readonly read: number;
  /** Facts written: those recorded at or before the as-of instant. */
  readonly written: number;
}

/**
 * The store's facts in the global order, as NDJSON lines, leaving out every fact recorded after `asOf`, with
 * personal data pseudonymised or scrubbed (`personal-fields.ts`). `write` gets one line at a time (ending in a
 * newline) and may make the export wait (backpressure).
 */
export async function exportHistory(
  store: Pick<EventStore, 'readAll'>,
  options: { readonly asOf: Date; readonly key: Buffer; readonly pageSize?: number; readonly onRead?: (read: number) => void },
  write: (line: string) => Promise<void> | void,
): Promise<ExportCounts> {
  const { exportFact } = pseudonymiser(options.key);
  const asOf = options.asOf.getTime();
  let from = START_POSITION;
  let read = 0;
  let written = 0;
  for (;;) {
    const page = await store.readAll({ fromPosition: from, maxCount: options.pageSize ?? 5_000 });
    if (page.length === 0) break;
    for (const event of page) {
      read += 1;
      if (Date.parse(event.recordedAt) > asOf) continue;
      await write(`${JSON.stringify(exportFact(event))}\n`);
      written += 1;
    }
    from = page[page.length - 1].position;
    options.onRead?.(read);
  }
  return { read, written };
}
