// The report by replay (issue 13 §1): the store's facts in global order, page by page, through the pure fold,
// up to the head the store had when the replay started. Never the live read models.
import { comparePositions, type EventStore } from '@od/event-store';
import type { AnnualReport } from '../annual-report';
import { startReport } from '../report-fold';
import type { ReportOptions } from '../report-options';
import type { StoreHead } from './store-head';

export interface ReplayOptions extends ReportOptions {
  /** Read first (`readPostgresStoreHead`): the replay stops there, however much is appended meanwhile. */
  readonly head: StoreHead;
  /** Facts per `readAll` round trip. Default 10,000: big pages keep the fold, not the round trips, the cost. */
  readonly pageSize?: number;
}

export interface ReplayProgress {
  /** Facts read so far, as-of or not. */
  readonly factsRead: number;
  /** `head.facts`. */
  readonly total: number;
  readonly position: string | null;
}

export interface ReplayResult {
  readonly report: AnnualReport;
  /** Every fact read up to the head, those recorded after the as-of included (the report counts only the others). */
  readonly factsRead: number;
  readonly head: StoreHead;
}

export const DEFAULT_PAGE_SIZE = 10_000;

export async function replayReport(
  store: Pick<EventStore, 'readAll'>,
  options: ReplayOptions,
  onProgress?: (progress: ReplayProgress) => void,
): Promise<ReplayResult> {
  const { head, pageSize = DEFAULT_PAGE_SIZE, ...reportOptions } = options;
  const fold = startReport(reportOptions); // validates the options before any read
  const end = head.position;
  let factsRead = 0;
  if (end !== null) {
    // The next page is asked for before this one is folded: the database and the fold work at the same time.
    let next = store.readAll({ maxCount: pageSize });
    for (;;) {
      const page = await next;
      if (page.length === 0) break;
      const last = page[page.length - 1].position;
      const pastEnd = comparePositions(last, end) >= 0;
      if (!pastEnd) next = store.readAll({ fromPosition: last, maxCount: pageSize });
      for (const fact of page) {
        if (comparePositions(fact.position, end) > 0) break;
        fold.apply(fact);
        factsRead += 1;
      }
      onProgress?.({ factsRead, total: head.facts, position: fold.lastPosition });
      if (pastEnd) break;
    }
  }
  return { report: fold.finish(), factsRead, head };
}

/** The code version stated in the report: the package's version, and the commit when the build says which (`OD_CODE_VERSION`). */
export function codeVersionOf(packageVersion: string, commit: string | undefined): string {
  return commit ? `${packageVersion}+${commit}` : packageVersion;
}
