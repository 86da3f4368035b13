import type { DeliveredFact } from '@od/platform';
import type { PoolClient } from 'pg';
import { applyFact, type FoldContext } from './apply-fact';
import { loadCalendar } from './calendar-versions';

/**
 * The clocks' part of a batch, in the transaction that moves the checkpoint `deadlines.checkpoints`
 * (see followEventsStream): a redelivered fact never reaches here, a fact after a missing one waits.
 */
export function foldIntoClocks(context: Omit<FoldContext, 'calendar'>) {
  return async (client: PoolClient, facts: readonly DeliveredFact[]): Promise<void> => {
    // Read after the checkpoint's lock: another instance may have folded a calendar version a moment ago.
    const fold: FoldContext = { ...context, calendar: await loadCalendar(client) };
    for (const { event } of facts) await applyFact(client, event, fold);
  };
}
