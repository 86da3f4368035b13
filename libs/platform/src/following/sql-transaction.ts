import type { Pool, PoolClient } from 'pg';

/** SQL inside one open transaction: the rows a statement returns. */
export type Sql = <Row = Record<string, unknown>>(text: string, params?: readonly unknown[]) => Promise<Row[]>;

/**
 * Runs `work` in one transaction, committing when it resolves and rolling back when it throws. `Tx` is
 * whatever the service's own code writes with (a pg client, a TypeORM EntityManager); `sql` reaches the
 * same transaction for the checkpoint.
 */
export type InTransaction<Tx> = <T>(work: (tx: Tx, sql: Sql) => Promise<T>) => Promise<T>;

/** Transactions on a client of `pool`. */
export function pgTransaction(pool: Pool): InTransaction<PoolClient> {
  return async (work) => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client, async (text, params) => (await client.query(text, params as unknown[])).rows);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };
}
