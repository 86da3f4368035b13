import { Pool } from 'pg';
import type { EventStore, EventSubscription } from '../event-store';
import { appendToStream } from './append-to-stream';
import type { PostgresContext } from './context';
import { readAll } from './read-all';
import { readStream } from './read-stream';
import { sqlNames } from './sql-names';
import { subscribeToAll } from './subscribe-to-all';

export interface PostgresEventStoreOptions {
  readonly connectionString: string;
  /** Defaults to `event_store`; run `migrateEventStore` with the same schema first. */
  readonly schema?: string;
  /** Pooled connections for appends and reads; each live subscription adds one LISTEN connection. Defaults to 10. */
  readonly poolSize?: number;
  /** How often a live subscription re-reads without a notification. Defaults to 200 ms. */
  readonly pollIntervalMs?: number;
  /** Wake subscriptions with NOTIFY on every append (lower latency, serialised commits). Defaults to true. */
  readonly notifyOnAppend?: boolean;
}

/** The PostgreSQL adapter. It does not migrate: call `migrateEventStore` at deployment or startup. */
export function createPostgresEventStore(options: PostgresEventStoreOptions): EventStore {
  const names = sqlNames(options.schema);
  const pool = new Pool({
    connectionString: options.connectionString,
    max: options.poolSize ?? 10,
    application_name: 'od-event-store',
    // The store's statements are index lookups and short range scans. Without fresh statistics (a burst that
    // outruns autovacuum, or a server running without it) the planner estimated thousands of rows per stream
    // and chose parallel plans, whose worker start-up cost made each command's readStream several times slower as the
    // table grew (bench/README.md, the ballots row). Parallel workers never help these statements.
    options: '-c max_parallel_workers_per_gather=0',
  });
  // An idle pooled connection that dies (server restart, terminated backend) must not crash the process;
  // the pool drops it and the next query opens a new one.
  pool.on('error', () => undefined);
  const context: PostgresContext = { pool, names, notifyOnAppend: options.notifyOnAppend ?? true };
  const subscriptions = new Set<EventSubscription>();
  let closing: Promise<void> | undefined;

  const assertOpen = (): void => {
    if (closing) throw new Error('The event store is closed');
  };

  return {
    appendToStream: async (streamId, events, appendOptions) => {
      assertOpen();
      return appendToStream(context, streamId, events, appendOptions);
    },
    readStream: async (streamId, readOptions) => {
      assertOpen();
      return readStream(context, streamId, readOptions);
    },
    readAll: async (readOptions) => {
      assertOpen();
      return readAll(context, readOptions);
    },
    subscribeToAll: (subscribeOptions) => {
      assertOpen();
      const subscription = subscribeToAll(
        {
          ...context,
          connectionString: options.connectionString,
          pollIntervalMs: options.pollIntervalMs ?? 200,
          onEnded: (ended) => subscriptions.delete(ended),
        },
        subscribeOptions,
      );
      subscriptions.add(subscription);
      return subscription;
    },
    close: () => {
      closing ??= (async () => {
        await Promise.all([...subscriptions].map((subscription) => subscription.close()));
        await pool.end();
      })();
      return closing;
    },
  };
}
