// Relay throughput: the store already holds every event the earlier rows wrote (>= 20,000); the relay
// starts from an empty JetStream stream and publishes them all. Rate = messages / (timestamp of the last
// stored message - timestamp of the first), as JetStream recorded them, so the relay's start-up (Nest,
// migrations, leadership lock) is left out and reported apart.
// Baseline: the same subjects and bodies published straight to a scratch stream of the same
// configuration, 256 publishes awaiting their PubAck at once (the relay's default RELAY_MAX_IN_FLIGHT).
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { eventStoreLib, storedEventCount, fromBuild, Latencies, settings, sleep } from './common.mjs';
import { failWith, startRelay } from './relay-process.mjs';

const MAX_IN_FLIGHT = 256;
const TIMEOUT_MS = 180_000;

/** Seconds between the first and the last message JetStream stored, and how many it holds. */
export async function streamSpan(jsm, streamName) {
  const { state } = await jsm.streams.info(streamName);
  return { messages: state.messages, seconds: (Date.parse(state.last_ts) - Date.parse(state.first_ts)) / 1000 };
}

async function messagesIn(jsm, streamName) {
  try {
    return (await jsm.streams.info(streamName)).state.messages;
  } catch {
    return 0; // the relay has not created the stream yet
  }
}

export const sides = {
  async store() {
    const stored = await storedEventCount();
    const nc = await connect({ servers: settings.natsUrl, name: 'od-bench-relay' });
    const jsm = await jetstreamManager(nc);
    const startedAt = Date.now();
    const relay = await startRelay();
    let firstAt;
    let cpuAtFirst;
    let cpuAtEnd;
    let endAt;
    let stopped;
    try {
      for (let polls = 0; ; polls++) {
        const messages = await messagesIn(jsm, settings.streamName);
        if (messages > 0 && firstAt === undefined) [firstAt, cpuAtFirst] = [Date.now(), await relay.cpuSeconds()];
        if (messages >= stored) {
          [endAt, cpuAtEnd] = [Date.now(), await relay.cpuSeconds()];
          break;
        }
        if (!relay.running) throw failWith(relay, `relay exited after publishing ${messages} of ${stored}`);
        if (Date.now() - startedAt > TIMEOUT_MS) throw failWith(relay, `relay published ${messages} of ${stored} in ${TIMEOUT_MS / 1000} s`);
        if (polls % 10 === 0) await relay.samplePeakRss();
        await sleep(20);
      }
    } finally {
      stopped = await relay.stop();
      await nc.close().catch(() => undefined);
    }
    const nc2 = await connect({ servers: settings.natsUrl, name: 'od-bench-relay' });
    const span = await streamSpan(await jetstreamManager(nc2), settings.streamName);
    await nc2.close();
    const notes = [
      `relay process CPU while publishing ${Math.round((100 * (cpuAtEnd - cpuAtFirst)) / ((endAt - firstAt) / 1000))}% of one core`,
      `start-up to first message ${((firstAt - startedAt) / 1000).toFixed(1)} s (not counted)`,
    ];
    if (stopped.code !== 0) notes.push(`relay exit on SIGTERM: ${JSON.stringify(stopped)}`);
    if (span.messages !== stored) notes.push(`stream holds ${span.messages} messages for ${stored} stored events`);
    return {
      n: span.messages,
      unit: 'messages',
      seconds: span.seconds,
      opsPerSec: (span.messages - 1) / span.seconds,
      peakRssMb: await relay.samplePeakRss(),
      notes,
    };
  },

  async raw() {
    return publishRaw({ withRelayOptions: false });
  },

  /** The relay's publish options (headers, Nats-Msg-Id, lastMsgID expectation) without the relay. */
  async rawWithIds() {
    return publishRaw({ withRelayOptions: true });
  },
};

async function publishRaw({ withRelayOptions }) {
  const { createPostgresEventStore } = await eventStoreLib();
  const { factMessage } = await fromBuild('services/relay/src/publishing/fact-message.js');
  const { eventsStreamConfig, resolveEventsStreamConfigPath } = await fromBuild('libs/platform/src/nats/events-stream.js');
  const scratch = {
    streamName: `${settings.streamName}_SCRATCH_${withRelayOptions ? 'IDS' : 'RAW'}`,
    subjectRoot: `${settings.subjectRoot}_scratch_${withRelayOptions ? 'ids' : 'raw'}`,
  };

  // Setup, not timed: the same messages the relay builds, from the same events.
  const store = createPostgresEventStore({ connectionString: settings.databaseUrl, poolSize: 1 });
  const messages = [];
  for (let fromPosition; ;) {
    const page = await store.readAll({ fromPosition, maxCount: 1_000 });
    for (const event of page) messages.push(factMessage(scratch.subjectRoot, event));
    if (page.length < 1_000) break;
    fromPosition = page[page.length - 1].position;
  }
  await store.close();

  const nc = await connect({ servers: settings.natsUrl, name: 'od-bench-raw-publisher' });
  const jsm = await jetstreamManager(nc);
  const js = jetstream(nc);
  await jsm.streams.delete(scratch.streamName).catch(() => undefined);
  await jsm.streams.add(eventsStreamConfig(scratch, resolveEventsStreamConfigPath({}, settings.repoRoot)));
  try {
    const latencies = new Latencies();
    const inFlight = new Set();
    let previous;
    const cpuBefore = process.cpuUsage();
    const wallBefore = performance.now();
    for (const message of messages) {
      while (inFlight.size >= MAX_IN_FLIGHT) await Promise.race(inFlight);
      const options = withRelayOptions
        ? {
            msgID: message.msgId,
            headers: message.headers,
            expect: previous === undefined ? { streamName: scratch.streamName } : { streamName: scratch.streamName, lastMsgID: previous },
          }
        : {};
      previous = message.msgId;
      const publish = latencies.time(() => js.publish(message.subject, message.body, options));
      const tracked = publish.finally(() => inFlight.delete(tracked));
      inFlight.add(tracked);
    }
    await Promise.all(inFlight);
    const cpu = process.cpuUsage(cpuBefore);
    const cpuPercent = (100 * (cpu.user + cpu.system)) / 1000 / (performance.now() - wallBefore);
    const span = await streamSpan(jsm, scratch.streamName);
    if (span.messages !== messages.length) throw new Error(`scratch stream holds ${span.messages} of ${messages.length}`);
    return {
      n: span.messages,
      unit: 'messages',
      seconds: span.seconds,
      opsPerSec: (span.messages - 1) / span.seconds,
      p50: latencies.percentile(50),
      p99: latencies.percentile(99),
      cpuPercent,
    };
  } finally {
    await jsm.streams.delete(scratch.streamName).catch(() => undefined);
    await nc.close();
  }
}
