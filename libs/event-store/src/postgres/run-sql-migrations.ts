import { Client, type Pool, type PoolClient } from 'pg';

export interface SqlMigration {
  /** Recorded in `<schema>.schema_migrations` once applied; never change it after it shipped. */
  readonly id: string;
  readonly sql: string;
  /**
   * The id an earlier numbering recorded this migration under (the relay's and notifications'
   * `0001-create-checkpoints`): found recorded, the migration counts as applied and its id is recorded too.
   */
  readonly previousId?: string;
}

export interface RunSqlMigrationsOptions {
  /** Lower-case letters, digits and _; created when missing. */
  readonly schema: string;
  /** Names the session advisory lock (hashed) that instances starting together queue on. */
  readonly lockKey: string;
  /** In the order they are applied. */
  readonly migrations: readonly SqlMigration[];
  readonly applicationName?: string;
  /**
   * A table `<schema>.<legacyVersionTable> (version integer, name text, applied_at)` written by an earlier
   * migrator (the relay's and notifications' `migrations`): each of its rows counts as the applied id
   * `<version, four digits>-<name>`, so a database it migrated runs nothing twice.
   */
  readonly legacyVersionTable?: string;
  /**
   * The table (`migrations_table` or `schema.migrations_table`, unqualified resolved by the search path as
   * TypeORM did) where TypeORM recorded the migrations it ran (the projections' `read_models_migrations`):
   * each `name` in it counts as an applied id, so a migration whose `previousId` is that name runs nothing twice.
   */
  readonly typeormMigrationsTable?: string;
}

const identifier = /^[a-z_][a-z0-9_]{0,47}$/;
const qualifiedIdentifier = /^([a-z_][a-z0-9_]{0,47}\.)?[a-z_][a-z0-9_]{0,47}$/;

/**
 * Applies, in order and each in its own transaction, the migrations not yet recorded in
 * `<schema>.schema_migrations`; returns the ids it applied. Safe to run from several processes at once:
 * they queue on a session advisory lock, and the later ones find nothing left to do.
 */
export async function runSqlMigrations(db: Pool | string, options: RunSqlMigrationsOptions): Promise<string[]> {
  for (const name of [options.schema, options.legacyVersionTable ?? '_']) {
    if (!identifier.test(name)) throw new Error(`"${name}" must be lower-case letters, digits and _ (at most 48)`);
  }
  if (options.typeormMigrationsTable !== undefined && !qualifiedIdentifier.test(options.typeormMigrationsTable)) {
    throw new Error(`"${options.typeormMigrationsTable}" must be a table name, schema-qualified or not, of lower-case letters, digits and _`);
  }
  const { client, done } = await connect(db, options.applicationName);
  try {
    await client.query(`SELECT pg_advisory_lock(hashtextextended($1, 0))`, [options.lockKey]);
    try {
      return await migrate(client, options);
    } finally {
      await client.query(`SELECT pg_advisory_unlock(hashtextextended($1, 0))`, [options.lockKey]);
    }
  } finally {
    await done();
  }
}

async function connect(db: Pool | string, applicationName = 'od-migrate'): Promise<{ client: Client | PoolClient; done: () => Promise<void> }> {
  if (typeof db !== 'string') {
    const client = await db.connect();
    return { client, done: async () => client.release() };
  }
  const client = new Client({ connectionString: db, application_name: applicationName });
  await client.connect();
  return { client, done: () => client.end() };
}

async function migrate(
  client: Client | PoolClient,
  { schema, migrations, legacyVersionTable, typeormMigrationsTable }: RunSqlMigrationsOptions,
): Promise<string[]> {
  const table = `${schema}.schema_migrations`;
  await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  await client.query(`CREATE TABLE IF NOT EXISTS ${table} (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
  if (legacyVersionTable) {
    const { rows } = await client.query<{ exists: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS exists`, [`${schema}.${legacyVersionTable}`]);
    if (rows[0].exists) {
      await client.query(
        `INSERT INTO ${table} (id, applied_at) SELECT lpad(version::text, 4, '0') || '-' || name, applied_at FROM ${schema}.${legacyVersionTable} ON CONFLICT (id) DO NOTHING`,
      );
    }
  }
  if (typeormMigrationsTable) {
    const { rows } = await client.query<{ exists: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS exists`, [typeormMigrationsTable]);
    if (rows[0].exists) {
      await client.query(`INSERT INTO ${table} (id) SELECT name FROM ${typeormMigrationsTable} ON CONFLICT (id) DO NOTHING`);
    }
  }
  const { rows } = await client.query<{ id: string }>(`SELECT id FROM ${table}`);
  const done = new Set(rows.map((row) => row.id));
  const applied: string[] = [];
  for (const migration of migrations) {
    if (done.has(migration.id)) continue;
    if (migration.previousId !== undefined && done.has(migration.previousId)) {
      await client.query(`INSERT INTO ${table} (id) VALUES ($1) ON CONFLICT (id) DO NOTHING`, [migration.id]);
      continue;
    }
    await client.query('BEGIN');
    try {
      await client.query(migration.sql);
      await client.query(`INSERT INTO ${table} (id) VALUES ($1)`, [migration.id]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw new Error(`Migration ${migration.id} of schema ${schema} failed: ${(error as Error).message}`, { cause: error });
    }
    applied.push(migration.id);
  }
  return applied;
}
