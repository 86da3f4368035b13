import type { EventStore } from '@od/event-store';
import type { Pool, PoolClient } from 'pg';
import { clockKind } from '../clocks/clock-kinds';
import { saveClock } from '../clocks/clock-table';
import { loadCalendar } from '../following/calendar-versions';
import { recordClockFacts } from '../recording/record-facts';

export interface TickResult {
  readonly warnings: number;
  readonly breaches: number;
}

/**
 * Warnings and breaches as time passes, for every kind of clock (request, conference, survey). `tick(now)` is
 * the whole of it; the service calls it on an interval with the injected clock, tests call it with the
 * instant they want.
 *
 * Exactly once: each clock is handled under its row lock (`FOR UPDATE SKIP LOCKED`: another instance
 * handling it now is left to it), its state read again under the lock; each fact has a deterministic id
 * and is appended alone, so a second append of it (an instance racing past the lock, or a restart after a
 * crash between the append and the commit) returns the first result and writes nothing.
 */
export class DeadlineScheduler {
  constructor(
    private readonly pool: Pool,
    private readonly store: EventStore,
    private readonly options: { readonly batchSize?: number } = {},
  ) {}

  async tick(now: Date): Promise<TickResult> {
    const { rows } = await this.pool.query<{ clock_id: string; kind: string }>(
      `SELECT clock_id, kind FROM deadlines.clocks
        WHERE running AND NOT breached
          AND ((due_at <= $1 AND breaches_when_unmet)
            OR (warn_at <= $1 AND due_at > $1 AND warned_due_at IS DISTINCT FROM due_at))
        ORDER BY due_at LIMIT $2`,
      [now.toISOString(), this.options.batchSize ?? 500],
    );
    let warnings = 0;
    let breaches = 0;
    for (const { clock_id, kind } of rows) {
      const done = await this.handle(clock_id, kind, now);
      if (done === 'warning') warnings += 1;
      if (done === 'breach') breaches += 1;
    }
    return { warnings, breaches };
  }

  private async handle(clockId: string, kindName: string, now: Date): Promise<'warning' | 'breach' | undefined> {
    const kind = clockKind(kindName);
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<{ clock: unknown }>(`SELECT clock FROM deadlines.clocks WHERE clock_id = $1 FOR UPDATE SKIP LOCKED`, [clockId]);
      const clock = rows[0]?.clock;
      const next = clock === undefined ? undefined : kind.scheduled(clock, now);
      const breach = next !== undefined && next.breach;
      if (next && next.facts.length === 0 && next.row.breachesWhenUnmet === false) {
        // Its due instant is no breach by itself (R2 under the 2023 text, a row saved before the flag knew it): stop picking it up.
        await client.query(`UPDATE deadlines.clocks SET breaches_when_unmet = false WHERE clock_id = $1`, [clockId]);
        await client.query('COMMIT');
        return undefined;
      }
      if (!next || next.facts.length === 0 || (breach && (await this.stoppedInStore(client, kind, clock)))) {
        await client.query('ROLLBACK');
        return undefined;
      }
      await recordClockFacts(this.store, next.facts, kind.cause(clock));
      await saveClock(client, next.row);
      await client.query('COMMIT');
      return breach ? 'breach' : 'warning';
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /**
   * Before a breach, the source of truth: a fact that stops the clock may be stored but not folded yet (the
   * bus lags the store). If there is one, the breach is left to the fold, which knows whether it was late.
   */
  private async stoppedInStore(client: PoolClient, kind: ReturnType<typeof clockKind>, clock: unknown): Promise<boolean> {
    return kind.stoppedInStore(this.store, clock, await loadCalendar(client));
  }
}
