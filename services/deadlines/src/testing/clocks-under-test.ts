// Test-only: the real parts the deadlines integration specs run over (a per-run database with the store and
// the deadlines schema, a NATS events stream under a per-run subject root, the relay as a process) and
// instances of the service without the framework, ticked with explicit instants.
import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { EventMetadata, EventToAppend } from '@od/contracts';
import { createPostgresEventStore, migrateEventStore, type EventStore, type RecordedEvent } from '@od/event-store';
import { connectNats, ensureEventsStream } from '@od/platform';
import { createTestDatabase, eventually, startPlatform, testBusNames, testNatsUrl, type PlatformUnderTest, type TestDatabase } from '@od/testing';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { migrateDeadlines } from '../database/migrate';
import { DeadlinesRunner } from '../deadlines-runner';

const silent = { info: () => undefined, warn: () => undefined, error: (message: string, error?: unknown) => console.error(message, error) };

export interface ClockRowSeen {
  readonly rule: string;
  readonly running: boolean;
  readonly breached: boolean;
  readonly due_at: Date;
  readonly warn_at: Date;
}

export class ClocksUnderTest {
  private readonly instances: { runner: DeadlinesRunner; pool: Pool; store: EventStore }[] = [];

  private constructor(
    readonly db: TestDatabase,
    readonly store: EventStore,
    /** For reading the clocks table and the events table directly. */
    readonly pool: Pool,
    private readonly nc: NatsConnection,
    private readonly platform: PlatformUnderTest,
    private readonly bus: ReturnType<typeof testBusNames>,
  ) {}

  static async start(name: string): Promise<ClocksUnderTest> {
    const db = await createTestDatabase(name);
    await migrateEventStore({ connectionString: db.url });
    await migrateDeadlines(db.url);
    const bus = testBusNames(name);
    const nc = await connectNats(testNatsUrl, `${name}-int-spec`);
    await ensureEventsStream(await jetstreamManager(nc), bus);
    const platform = await startPlatform({ databaseUrl: db.url, ...bus, natsUrl: testNatsUrl, services: ['relay'] });
    return new ClocksUnderTest(
      db,
      createPostgresEventStore({ connectionString: db.url }),
      withoutIdleErrors(new Pool({ connectionString: db.url, max: 2 })),
      nc,
      platform,
      bus,
    );
  }

  /** An instance of the service; `follow: false` gives a scheduler only (a second instance's). */
  instance(durableName = 'deadlines', follow = true): DeadlinesRunner {
    const pool = new Pool({ connectionString: this.db.url, max: 4 });
    pool.on('error', () => undefined);
    const store = createPostgresEventStore({ connectionString: this.db.url });
    const runner = new DeadlinesRunner(
      this.nc,
      pool,
      store,
      { now: () => new Date() },
      { ...this.bus, durableName, batchSize: 50, warningWorkingDays: 1, tickMs: 1_000_000, log: silent },
    );
    if (follow) runner.start({ tickEvery: false });
    this.instances.push({ runner, pool, store });
    return runner;
  }

  async stopInstance(runner: DeadlinesRunner): Promise<void> {
    const found = this.instances.find((candidate) => candidate.runner === runner);
    if (!found) return;
    this.instances.splice(this.instances.indexOf(found), 1);
    await runner.close();
    await found.pool.end();
    await found.store.close();
  }

  async stop(): Promise<void> {
    for (const { runner } of [...this.instances]) await this.stopInstance(runner);
    await this.platform?.stop();
    await (await jetstreamManager(this.nc)).streams.delete(this.bus.streamName).catch(() => undefined);
    await this.nc?.close();
    await this.store?.close();
    await this.pool?.end();
    await this.db?.drop();
  }

  /** A fact appended to its stream in the store, as the owning service would (the relay publishes it). */
  async append(
    streamId: string,
    type: string,
    data: Record<string, unknown>,
    at: string,
    holderId: string | undefined,
    eventId = randomUUID(),
  ): Promise<string> {
    const metadata: EventMetadata = {
      eventId,
      commandId: eventId,
      correlationId: eventId,
      causationId: eventId,
      actor: { kind: 'staff', id: 'staff-1' },
      holderId,
      occurredAt: at,
    };
    await this.store.appendToStream(streamId, [{ type, schemaVersion: 1, data, metadata } as EventToAppend]);
    return eventId;
  }

  async clockRows(kind: string, subjectId: string): Promise<ClockRowSeen[]> {
    const { rows } = await this.pool.query<ClockRowSeen>(
      `SELECT rule, running, breached, due_at, warn_at FROM deadlines.clocks WHERE kind = $1 AND subject_id = $2 ORDER BY rule, due_at`,
      [kind, subjectId],
    );
    return rows;
  }

  /** Waits until the fold has brought the subject's clocks to the state `check` expects. */
  async clocksFolded(kind: string, subjectId: string, check: (rows: ClockRowSeen[]) => boolean): Promise<ClockRowSeen[]> {
    return eventually(
      async () => {
        const rows = await this.clockRows(kind, subjectId);
        return check(rows) ? rows : undefined;
      },
      20_000,
      `${kind} clocks of ${subjectId}`,
    );
  }

  async facts(streamId: string): Promise<RecordedEvent[]> {
    return this.store.readStream(streamId);
  }

  /** Clock facts in the events table itself: readAll shows only what every older transaction has settled. */
  async countFacts(streamPrefix: string): Promise<number> {
    const { rows } = await this.pool.query<{ count: string }>(`SELECT count(*) FROM event_store.events WHERE stream_id LIKE $1`, [`${streamPrefix}%`]);
    return Number(rows[0].count);
  }
}

export const ofType = (facts: readonly RecordedEvent[], type: string, rule?: string): RecordedEvent[] =>
  facts.filter((fact) => fact.type === type && (!rule || (fact.data as { rule: string }).rule === rule));

/** A pool whose idle connections may be ended by the server (the test database is dropped) without crashing the test. */
function withoutIdleErrors(pool: Pool): Pool {
  pool.on('error', () => undefined);
  return pool;
}
