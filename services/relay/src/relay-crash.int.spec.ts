import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { comparePositions, createPostgresEventStore, migrateEventStore, parsePosition, type EventStore } from '@od/event-store';
import { connectNats } from '@od/platform';
import { createTestDatabase, eventually, testBusNames, testNatsUrl, testRunId, type TestDatabase } from '@od/testing';
import { Client } from 'pg';
import { aFact } from '../test/facts';
import { readStreamTail } from './publishing/stream-tail';
import { readJetStream, readWholeStore } from '../test/read-back';

/**
 * The relay as it runs in production, a separate process, killed with SIGKILL at random moments while
 * writers append: afterwards JetStream must hold every stored fact exactly once, in store order.
 */
jest.setTimeout(120_000);

const repoRoot = path.resolve(__dirname, '../../..');
// The freshly built dist/ is copied aside: other engineers' builds `rm -rf dist/` at any moment.
const buildDir = path.join(__dirname, '..', `.crash-build-${testRunId}`);
const mainJs = path.join(buildDir, 'services/relay/src/main.js');

const TARGET_EVENTS = 10_000;
/** Kills in all, and kills that land while the relay publishes. */
const MIN_KILLS = 8;
const MIN_KILLS_WHILE_PUBLISHING = 5;
const WRITERS = 8;

const bus = testBusNames('relaycrash');
const httpPort = 20_000 + Math.floor(Math.random() * 20_000);
let db: TestDatabase;
let store: EventStore;
let nc: NatsConnection;
let js: JetStreamClient;
let jsm: JetStreamManager;
let checkpointReader: Client;
let child: ChildProcess | undefined;
const childOutput: string[] = [];

beforeAll(async () => {
  for (let attempt = 1; ; attempt++) {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: repoRoot, stdio: 'pipe' });
    try {
      rmSync(buildDir, { recursive: true, force: true });
      cpSync(path.join(repoRoot, 'dist'), buildDir, { recursive: true });
      if (existsSync(mainJs) && existsSync(path.join(buildDir, 'package.json'))) break;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
    if (attempt >= 3) throw new Error('dist/ kept disappearing while it was copied');
  }
  db = await createTestDatabase('relaycrash');
  await migrateEventStore({ connectionString: db.url });
  store = createPostgresEventStore({ connectionString: db.url, poolSize: WRITERS + 2 });
  checkpointReader = new Client({ connectionString: db.url });
  await checkpointReader.connect();
  nc = await connectNats(testNatsUrl, 'relay-crash-spec');
  js = jetstream(nc);
  jsm = await jetstreamManager(nc);
});

afterAll(async () => {
  child?.kill('SIGKILL');
  await jsm?.streams.delete(bus.streamName).catch(() => undefined);
  await nc?.close();
  await store?.close();
  await checkpointReader?.end();
  await db?.drop();
  rmSync(buildDir, { recursive: true, force: true });
});

function startRelayProcess(): ChildProcess {
  const started = spawn(process.execPath, [mainJs], {
    cwd: repoRoot,
    env: {
      ...process.env,
      DATABASE_URL: db.url,
      NATS_URL: testNatsUrl,
      NATS_SUBJECT_ROOT: bus.subjectRoot,
      NATS_EVENTS_STREAM: bus.streamName,
      RELAY_HTTP_PORT: String(httpPort),
      RELAY_STANDBY_RETRY_MS: '100',
      LOG_LEVEL: process.env.RELAY_CHILD_LOG_LEVEL ?? 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    childOutput.push(...chunk.toString().split('\n').filter(Boolean));
    childOutput.splice(0, Math.max(0, childOutput.length - 200));
  };
  started.stdout!.on('data', keep);
  started.stderr!.on('data', keep);
  return started;
}

function exited(process: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (process.exitCode !== null || process.signalCode !== null) return Promise.resolve({ code: process.exitCode, signal: process.signalCode });
  return new Promise((resolve) => process.once('exit', (code, signal) => resolve({ code, signal })));
}

/** Where a killed relay left things: was the kill between a JetStream ack and the checkpoint? */
async function afterKill(): Promise<'no stream yet' | 'nothing published' | 'stream ahead of checkpoint' | 'checkpoint at stream tail'> {
  const tail = await readStreamTail(jsm, bus.streamName).catch(() => undefined);
  if (!tail) return 'no stream yet';
  if (!tail.last) return 'nothing published';
  const { rows } = await checkpointReader.query<{ position: string }>('SELECT position FROM relay.checkpoints LIMIT 1').catch(() => ({ rows: [] }));
  if (rows.length === 0) return 'stream ahead of checkpoint';
  return comparePositions(tail.last.position, parsePosition(rows[0].position)) > 0 ? 'stream ahead of checkpoint' : 'checkpoint at stream tail';
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function messagesInStream(): Promise<number> {
  try {
    return (await jsm.streams.info(bus.streamName)).state.messages;
  } catch {
    return 0; // the first relay process has not created the stream yet
  }
}

it('holds every fact exactly once, in store order, after the relay is killed -9 again and again under load', async () => {
  const startedAt = Date.now();
  let appended = 0;
  let kills = 0;
  let killsWhilePublishing = 0;
  const killOutcomes: Record<string, number> = {};
  let writing = true;
  const crashedWith: string[] = [];

  const writer = async (w: number) => {
    const streams = Array.from({ length: 25 }, (_, i) => `request-w${w}s${i}`);
    for (let i = 0; appended < TARGET_EVENTS || kills < MIN_KILLS || killsWhilePublishing < MIN_KILLS_WHILE_PUBLISHING; i++) {
      const size = 1 + (i % 4);
      const holderId = ['akimat-astana', 'akimat-almaty', 'ministry-health', undefined][(w + i) % 4];
      await store.appendToStream(
        streams[i % streams.length],
        Array.from({ length: size }, (_, k) => aFact({ holderId, n: i * 10 + k })),
      );
      appended += size;
      if (i % 4 === 0) await sleep(Math.random() * 8);
    }
  };
  const writers = Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w))).finally(() => (writing = false));

  child = startRelayProcess();
  for (let round = 1; writing; round++) {
    // Most kills land while the relay publishes (between a JetStream ack and its checkpoint is the
    // dangerous moment); every third at any moment after spawning (loading, migrating, taking the lock).
    if (round % 3 === 0) {
      await sleep(Math.random() * 2_500);
    } else {
      const before = await messagesInStream();
      const deadline = Date.now() + 15_000;
      while (writing && Date.now() < deadline && (await messagesInStream()) <= before) await sleep(25);
      await sleep(Math.random() * 600);
    }
    if (!writing) break;
    const victim = child;
    const wasRunning = victim.exitCode === null && victim.signalCode === null;
    if (!wasRunning) crashedWith.push(`exited by itself: ${victim.exitCode}`);
    victim.kill('SIGKILL');
    await exited(victim);
    if (wasRunning) {
      kills++;
      const outcome = await afterKill();
      killOutcomes[outcome] = (killOutcomes[outcome] ?? 0) + 1;
      if (outcome === 'stream ahead of checkpoint' || outcome === 'checkpoint at stream tail') killsWhilePublishing++;
    }
    child = startRelayProcess();
  }
  await writers;
  const writingDoneAt = Date.now();

  const stored = await readWholeStore(store);
  expect(stored).toHaveLength(appended);
  await eventually(async () => ((await messagesInStream()) >= appended ? true : undefined), 60_000, `${appended} facts on JetStream`);
  const caughtUpAt = Date.now();
  await sleep(1_000); // anything late (a duplicate) would show up now

  const final = child;
  final.kill('SIGTERM');
  expect(await exited(final)).toEqual({ code: 0, signal: null });

  const published = await readJetStream(js, jsm, bus.streamName);
  const figures = {
    appended,
    kills,
    killsWhilePublishing,
    relayProcessesStarted: kills + 1 + crashedWith.length,
    killOutcomes,
    messagesInStream: published.length,
    distinctMsgIds: new Set(published.map((message) => message.msgId)).size,
    writingSeconds: (writingDoneAt - startedAt) / 1000,
    catchUpSeconds: (caughtUpAt - writingDoneAt) / 1000,
    totalSeconds: (Date.now() - startedAt) / 1000,
  };
  console.log('relay crash test', JSON.stringify(figures));
  if (published.length !== appended || process.env.RELAY_CHILD_LOG_LEVEL) console.log(childOutput.slice(-200).join('\n'));

  expect(crashedWith).toEqual([]);
  expect(kills).toBeGreaterThanOrEqual(MIN_KILLS);
  expect(killsWhilePublishing).toBeGreaterThanOrEqual(MIN_KILLS_WHILE_PUBLISHING);
  expect(appended).toBeGreaterThanOrEqual(TARGET_EVENTS);
  expect(published).toHaveLength(appended);
  expect(figures.distinctMsgIds).toBe(appended);
  expect(published.map((message) => message.msgId)).toEqual(stored.map((event) => event.metadata.eventId));
  expect(published.map((message) => message.seq)).toEqual(published.map((_, i) => i + 1));
});
