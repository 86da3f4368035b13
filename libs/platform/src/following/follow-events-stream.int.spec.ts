import { randomUUID } from 'node:crypto';
import { headers as natsHeaders, type NatsConnection } from '@nats-io/transport-node';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { HEADER_STORE_POSITION, HEADER_STREAM_ID } from '@od/contracts';
import { createTestDatabase, eventually, testBusNames, testNatsUrl, type TestDatabase } from '@od/testing';
import { Pool } from 'pg';
import { connectNats } from '../nats/connect-nats';
import { ensureEventsStream } from '../nats/events-stream';
import { checkpointStore } from './checkpoint-store';
import { followEventsStream } from './follow-events-stream';
import type { ForeignMessage } from './plan-batch';
import { pgTransaction } from './sql-transaction';

jest.setTimeout(30_000);

/**
 * A follower fed a message the relay did not publish (as a server that let an agency's JetStream API reply
 * land in the stream once did): it parks it, reports it, and keeps folding the real facts after it.
 */
const bus = testBusNames('followforeign');
let database: TestDatabase;
let pool: Pool;
let nc: NatsConnection;

function relayedFact(position: string) {
  const eventId = randomUUID();
  const streamId = `request-${randomUUID()}`;
  const headers = natsHeaders();
  headers.set(HEADER_STREAM_ID, streamId);
  headers.set(HEADER_STORE_POSITION, position);
  const body = JSON.stringify({
    type: 'RequestSubmitted',
    schemaVersion: 1,
    data: {},
    metadata: { eventId },
    streamId,
    streamVersion: 0,
    position,
    recordedAt: new Date().toISOString(),
  });
  return { eventId, body, headers };
}

beforeAll(async () => {
  database = await createTestDatabase('followforeign');
  pool = new Pool({ connectionString: database.url, max: 2 });
  await pool.query(
    'CREATE SCHEMA follower; CREATE TABLE follower.checkpoints (name text PRIMARY KEY, position text NOT NULL, stream_sequence bigint, updated_at timestamptz NOT NULL)',
  );
  nc = await connectNats(testNatsUrl, 'follow-foreign-test');
  await ensureEventsStream(await jetstreamManager(nc), bus);
});

afterAll(async () => {
  await (await jetstreamManager(nc)).streams.delete(bus.streamName).catch(() => undefined);
  await nc.close();
  await pool.end();
  await database.drop();
});

it('parks foreign messages in place, reports each once, and folds every real fact in order', async () => {
  const js = jetstream(nc);
  const subject = (type: string) => `${bus.subjectRoot}.events.kazatomprom.request.${type}`;
  const first = relayedFact('100:1');
  const second = relayedFact('101:1');
  const third = relayedFact('102:1');
  const mismatched = relayedFact('103:1');
  mismatched.headers.set(HEADER_STORE_POSITION, '999:1');

  await js.publish(subject('RequestSubmitted'), first.body, { msgID: first.eventId, headers: first.headers });
  // What a JetStream API reply looks like when it lands on a fact subject: no relay headers, not a fact.
  await js.publish(subject('RequestAccepted'), JSON.stringify({ type: 'io.nats.jetstream.api.v1.consumer_info_response', error: { code: 404 } }));
  await js.publish(subject('RequestSubmitted'), second.body, { msgID: second.eventId, headers: second.headers });
  await js.publish(subject('RequestSubmitted'), 'not json at all', { msgID: randomUUID(), headers: relayedFact('104:1').headers });
  await js.publish(subject('RequestSubmitted'), mismatched.body, { msgID: mismatched.eventId, headers: mismatched.headers });
  await js.publish(subject('RequestSubmitted'), third.body, { msgID: third.eventId, headers: third.headers });

  const folded: string[] = [];
  const parked: ForeignMessage[] = [];
  const errors: string[] = [];
  const stop = new AbortController();
  const running = followEventsStream(
    nc,
    {
      ...bus,
      durableName: 'follower-under-test',
      batchSize: 2,
      checkpoint: checkpointStore({ schema: 'follower', name: 'main' }),
      transaction: pgTransaction(pool),
      foldBatch: async (_client, facts) => {
        for (const { event } of facts) folded.push(event.metadata.eventId);
      },
      onParked: (message) => parked.push(message),
      log: { info: () => undefined, error: (message) => errors.push(message) },
    },
    stop.signal,
  );
  await eventually(async () => (folded.length === 3 ? true : undefined), 10_000, 'the three real facts folded');
  stop.abort();
  await running;

  expect(folded).toEqual([first.eventId, second.eventId, third.eventId]);
  expect(parked.map((message) => message.streamSequence)).toEqual([2, 4, 5]);
  expect(parked.map((message) => message.foreign)).toEqual([
    expect.stringContaining("missing the relay's headers"),
    expect.stringContaining('cannot be decoded'),
    'the headers do not match the body',
  ]);
  expect(errors.filter((message) => message.startsWith('parked'))).toHaveLength(3);
  const { rows } = await pool.query<{ stream_sequence: string }>("SELECT stream_sequence FROM follower.checkpoints WHERE name = 'main'");
  expect(Number(rows[0].stream_sequence)).toBe(6);
});
