import type { DeadlineClock } from '@od/domain';
import type { PoolClient } from 'pg';

/** The clocks of one request, locked until the transaction ends. */
export async function lockRequestClocks(client: PoolClient, requestId: string): Promise<DeadlineClock[]> {
  const { rows } = await client.query<{ clock: DeadlineClock }>(`SELECT clock FROM deadlines.clocks WHERE request_id = $1 ORDER BY clock_id FOR UPDATE`, [requestId]);
  return rows.map((row) => row.clock);
}

/** Every clock still counting, locked: what a calendar amendment recomputes. */
export async function lockOpenClocks(client: PoolClient): Promise<DeadlineClock[]> {
  const { rows } = await client.query<{ clock: DeadlineClock }>(`SELECT clock FROM deadlines.clocks WHERE running AND NOT breached ORDER BY clock_id FOR UPDATE`);
  return rows.map((row) => row.clock);
}

export async function saveClock(client: PoolClient, clock: DeadlineClock): Promise<void> {
  await client.query(
    `INSERT INTO deadlines.clocks (clock_id, request_id, holder_id, rule, running, breached, due_at, warn_at, warned_due_at, clock, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now())
     ON CONFLICT (clock_id) DO UPDATE SET running = $5, breached = $6, due_at = $7, warn_at = $8, warned_due_at = $9, clock = $10, updated_at = now()`,
    [clock.clockId, clock.requestId, clock.holderId, clock.rule, clock.stop === undefined, clock.breached, clock.dueAt, clock.warnAt, clock.warnedDueAt ?? null, JSON.stringify(clock)],
  );
}
