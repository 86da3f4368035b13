import { Client } from 'pg';
import { testPostgresAdminUrl, testRunId } from './test-run';

export interface TestDatabase {
  readonly url: string;
  readonly name: string;
  drop(): Promise<void>;
}

async function withAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: testPostgresAdminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh PostgreSQL database for one test file of one run, so runs never see each other's rows. */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const name = `od_test_${testRunId}_${label.replace(/[^A-Za-z0-9]/g, '').toLowerCase()}`.slice(0, 63);
  await withAdmin((admin) => admin.query(`CREATE DATABASE "${name}"`));
  const url = new URL(testPostgresAdminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () =>
      withAdmin(async (admin) => {
        // Connections still closing are given a moment: forcing them mid-close makes their client emit an error
        // nobody listens to any more, which fails whatever test happens to be running.
        for (let waited = 0; waited < 5_000; waited += 100) {
          const { rows } = await admin.query<{ count: string }>('SELECT count(*) FROM pg_stat_activity WHERE datname = $1', [name]);
          if (Number(rows[0].count) === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      }).then(() => undefined),
  };
}
