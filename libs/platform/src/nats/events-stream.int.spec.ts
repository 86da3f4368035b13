import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { jetstream, jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { testBusNames, testNatsUrl } from '@od/testing';
import { connectNats } from './connect-nats';
import { ensureEventsStream, eventsStreamConfig, resolveEventsStreamConfigPath } from './events-stream';

const bus = testBusNames('eventsstream');
let nc: NatsConnection;
let jsm: JetStreamManager;

beforeAll(async () => {
  nc = await connectNats(testNatsUrl, 'events-stream-spec');
  jsm = await jetstreamManager(nc);
});

afterAll(async () => {
  await jsm?.streams.delete(bus.streamName).catch(() => undefined);
  await nc?.close();
});

describe('the events stream', () => {
  it('is created from infra/nats/events-stream.json with this run’s name and subjects', async () => {
    expect(await ensureEventsStream(jsm, bus)).toBe('created');
    const { config } = await jsm.streams.info(bus.streamName);
    expect(config).toMatchObject({
      subjects: [`${bus.subjectRoot}.events.>`],
      storage: 'file',
      retention: 'limits',
      discard: 'old',
      max_age: 0,
      num_replicas: 1,
      duplicate_window: 5 * 60 * 1e9,
    });
  });

  it('is left alone when it already matches, and put back when someone changed it, keeping its messages', async () => {
    expect(await ensureEventsStream(jsm, bus)).toBe('unchanged');
    await jetstream(nc).publish(`${bus.subjectRoot}.events._platform.test.Kept`, '{}', { msgID: 'kept-1' });
    const { config } = await jsm.streams.info(bus.streamName);
    await jsm.streams.update(bus.streamName, { ...config, duplicate_window: 10e9 });

    expect(await ensureEventsStream(jsm, bus)).toBe('updated');
    const info = await jsm.streams.info(bus.streamName);
    expect(info.config.duplicate_window).toBe(5 * 60 * 1e9);
    expect(info.state.messages).toBe(1);
  });
});

describe('finding the stream config file', () => {
  it('walks up from the working directory, so it is found from the repo root or any folder below it', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'od-nats-'));
    mkdirSync(path.join(root, 'infra', 'nats'), { recursive: true });
    writeFileSync(path.join(root, 'infra', 'nats', 'events-stream.json'), JSON.stringify({ storage: 'memory', subjects: ['x.>'] }));
    mkdirSync(path.join(root, 'dist', 'services'), { recursive: true });

    const found = resolveEventsStreamConfigPath({}, path.join(root, 'dist', 'services'));
    expect(found).toBe(path.join(root, 'infra', 'nats', 'events-stream.json'));
    expect(eventsStreamConfig({ streamName: 'S', subjectRoot: 'r' }, found)).toEqual({ storage: 'memory', subjects: ['r.events.>'], name: 'S' });
  });

  it('takes NATS_STREAM_CONFIG over the file in the tree, and says what to do when there is none', () => {
    expect(resolveEventsStreamConfigPath({ NATS_STREAM_CONFIG: '/etc/od/stream.json' }, '/')).toBe('/etc/od/stream.json');
    expect(() => resolveEventsStreamConfigPath({}, mkdtempSync(path.join(tmpdir(), 'od-none-')))).toThrow(/NATS_STREAM_CONFIG/);
  });
});
