import { randomBytes } from 'node:crypto';

/** One id per test process: every database, subject root and stream a test makes carries it. */
export const testRunId = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;

export const testNatsUrl = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
export const testPostgresAdminUrl = process.env.TEST_POSTGRES_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A NATS subject root (replaces `od`) and JetStream stream name owned by one test file of one run. */
export function testBusNames(label: string): { subjectRoot: string; streamName: string } {
  const clean = label.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  return { subjectRoot: `t_${testRunId}_${clean}`, streamName: `T_${testRunId}_${clean}`.toUpperCase() };
}
