import { requestStream, type RequestEvent } from '@od/contracts';
import { scheduledFacts, stopBy, type DeadlineClock } from '@od/domain';
import type { EventStore } from '@od/event-store';
import type { Pool } from 'pg';
import { saveClock } from '../clocks/clock-table';
import { recordClockFacts } from '../recording/record-facts';

export interface TickResult {
  readonly warnings: number;
  readonly breaches: number;
}

/**
 * Warnings and breaches as time passes. `tick(now)` is the whole of it; the service calls it on an interval
 * with the injected clock, tests call it with the instant they want.
 *
 * Exactly once: each clock is handled under its row lock (`FOR UPDATE SKIP LOCKED`: another instance
 * handling it now is left to it), its flags read again under the lock; each fact has a deterministic id
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
    const { rows } = await this.pool.query<{ clock_id: string }>(
      `SELECT clock_id FROM deadlines.clocks
        WHERE running AND NOT breached
          AND ((due_at <= $1 AND rule IN ('R2', 'R4', 'R5'))
            OR (warn_at <= $1 AND due_at > $1 AND warned_due_at IS DISTINCT FROM due_at))
        ORDER BY due_at LIMIT $2`,
      [now.toISOString(), this.options.batchSize ?? 500],
    );
    let warnings = 0;
    let breaches = 0;
    for (const { clock_id } of rows) {
      const done = await this.handle(clock_id, now);
      if (done === 'DeadlineWarningIssued') warnings += 1;
      if (done === 'DeadlineBreached') breaches += 1;
    }
    return { warnings, breaches };
  }

  private async handle(clockId: string, now: Date): Promise<string | undefined> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<{ clock: DeadlineClock }>(`SELECT clock FROM deadlines.clocks WHERE clock_id = $1 FOR UPDATE SKIP LOCKED`, [clockId]);
      const clock = rows[0]?.clock;
      const next = clock && scheduledFacts(clock, now);
      if (!clock || !next || next.facts.length === 0 || (next.clock.breached && (await this.stoppedInStore(clock)))) {
        await client.query('ROLLBACK');
        return undefined;
      }
      await recordClockFacts(this.store, clock.requestId, next.facts, { correlationId: clock.clockId, causationId: clock.originEventId });
      await saveClock(client, next.clock);
      await client.query('COMMIT');
      return next.facts[0].event.type;
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
  private async stoppedInStore(clock: DeadlineClock): Promise<boolean> {
    const facts = await this.store.readStream(requestStream(clock.requestId));
    const origin = facts.findIndex((fact) => fact.metadata.eventId === clock.originEventId);
    return facts
      .slice(origin + 1)
      .some((fact) => stopBy(clock, { ...(fact as unknown as RequestEvent), eventId: fact.metadata.eventId }) !== undefined);
  }
}
