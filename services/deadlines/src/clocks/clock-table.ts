import type { PoolClient } from 'pg';

/** What every clock is to the table and the scheduler; `clock` is the engine's `Clock`, stored as JSON (rows older than the engine hold their kind's old JSON: `stored-clock.ts`). */
export interface ClockRow<C = unknown> {
  readonly clockId: string;
  readonly kind: string;
  readonly subjectId: string;
  readonly holderId: string;
  readonly rule: string;
  readonly running: boolean;
  readonly breached: boolean;
  /** Passing the due instant unmet is a breach by itself (false for the conditional R3, R6). */
  readonly breachesWhenUnmet: boolean;
  readonly dueAt: string;
  readonly warnAt: string;
  readonly warnedDueAt?: string;
  readonly clock: C;
}

/** The clocks of one subject of one kind, locked until the transaction ends. */
export async function lockSubjectClocks<C>(client: PoolClient, kind: string, subjectId: string): Promise<C[]> {
  const { rows } = await client.query<{ clock: C }>(`SELECT clock FROM deadlines.clocks WHERE kind = $1 AND subject_id = $2 ORDER BY clock_id FOR UPDATE`, [
    kind,
    subjectId,
  ]);
  return rows.map((row) => row.clock);
}

/** Every clock of a kind still counting, locked: what a calendar amendment recomputes. */
export async function lockOpenClocks<C>(client: PoolClient, kind: string): Promise<C[]> {
  const { rows } = await client.query<{ clock: C }>(
    `SELECT clock FROM deadlines.clocks WHERE kind = $1 AND running AND NOT breached ORDER BY clock_id FOR UPDATE`,
    [kind],
  );
  return rows.map((row) => row.clock);
}

export async function saveClock(client: PoolClient, row: ClockRow): Promise<void> {
  await client.query(
    `INSERT INTO deadlines.clocks (clock_id, kind, subject_id, holder_id, rule, running, breached, breaches_when_unmet, due_at, warn_at, warned_due_at, clock, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, now())
     ON CONFLICT (clock_id) DO UPDATE SET running = $6, breached = $7, breaches_when_unmet = $8, due_at = $9, warn_at = $10, warned_due_at = $11, clock = $12, updated_at = now()`,
    [
      row.clockId,
      row.kind,
      row.subjectId,
      row.holderId,
      row.rule,
      row.running,
      row.breached,
      row.breachesWhenUnmet,
      row.dueAt,
      row.warnAt,
      row.warnedDueAt ?? null,
      JSON.stringify(row.clock),
    ],
  );
}

/** What a kind remembers about one subject between its facts, locked until the transaction ends. */
export async function lockTrack<T>(client: PoolClient, kind: string, subjectId: string): Promise<T | undefined> {
  const { rows } = await client.query<{ track: T }>(`SELECT track FROM deadlines.tracks WHERE kind = $1 AND subject_id = $2 FOR UPDATE`, [kind, subjectId]);
  return rows[0]?.track;
}

export async function saveTrack(client: PoolClient, kind: string, subjectId: string, track: unknown): Promise<void> {
  await client.query(
    `INSERT INTO deadlines.tracks (kind, subject_id, track, updated_at) VALUES ($1, $2, $3, now())
     ON CONFLICT (kind, subject_id) DO UPDATE SET track = $3, updated_at = now()`,
    [kind, subjectId, JSON.stringify(track)],
  );
}
