import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { callApi } from './api-call';
import { startPlatform, type PlatformUnderTest, type ServiceName } from './platform-processes';
import { createRequestSigners, type RequestSigners } from './request-signing';
import { createTestDatabase, type TestDatabase } from './test-database';
import { testBusNames } from './test-run';

/** How many events the store holds: a refused request must leave it unchanged. */
export async function storedEventCount(databaseUrl: string): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>('SELECT count(*) FROM event_store.events');
    return Number(rows[0].count);
  } finally {
    await client.end();
  }
}

export interface RequestToSubmit {
  readonly holderId: string;
  readonly subject: string;
  readonly text: string;
  readonly language: 'kk' | 'ru' | 'en';
}

export interface FullPlatform {
  readonly platform: PlatformUnderTest;
  readonly database: TestDatabase;
  /** Signs request bodies (R1) with certificates of a test CA the intake service trusts. */
  readonly signers: RequestSigners;
  storedEventCount(): Promise<number>;
  /** Submits a request signed by `account` through the API (R1); its id and store position. Anything but a 201 throws. */
  submitRequest(account: string, request: RequestToSubmit): Promise<{ readonly requestId: string; readonly position: string }>;
  /** Stops the processes and the platform's NATS server, and drops its database. */
  stop(): Promise<void>;
}

/**
 * identity-dev, relay, intake, projections and gateway as processes on a database and bus names of their
 * own (labelled for this test file), intake trusting a test CA, with extra environment for every service
 * (e.g. the gateway's limits).
 */
export async function startFullPlatform(
  label: string,
  env: Record<string, string> = {},
  services: readonly ServiceName[] = ['identity-dev', 'relay', 'intake', 'projections', 'gateway'],
): Promise<FullPlatform> {
  const signers = await createRequestSigners();
  const database = await createTestDatabase(label);
  const bus = testBusNames(label);
  let platform: PlatformUnderTest;
  try {
    platform = await startPlatform({ databaseUrl: database.url, ...bus, env: { ...signers.env, ...env }, services });
  } catch (error) {
    await database.drop();
    throw error;
  }
  return {
    platform,
    database,
    signers,
    storedEventCount: () => storedEventCount(database.url),
    submitRequest: async (account, request) => {
      const submitted = await callApi(platform, account, 'POST', '/api/requests', await signers.sign(account, { commandId: randomUUID(), ...request }));
      if (submitted.status !== 201) throw new Error(`submitting a request as ${account} answered ${submitted.status}: ${submitted.text}`);
      return { requestId: submitted.body.requestId as string, position: submitted.body.position as string };
    },
    stop: async () => {
      await platform.stop();
      await database.drop();
    },
  };
}
