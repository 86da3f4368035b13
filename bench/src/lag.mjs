// End-to-end lag: appends at a fixed rate (open loop: one new single-event stream every 1/RATE s, not
// waiting for the previous append) while the relay runs and has caught up; lag = when an ordered
// JetStream consumer receives the fact - when its append committed (the append call resolved).
// Baseline: the bus alone, JetStream publishes at the same rate to a scratch stream, received by an
// ordered consumer the same way (lag = receipt - publish call).
import { randomUUID } from 'node:crypto';
import { DeliverPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { anEvent, eventStoreLib, fromBuild, Latencies, settings, sleep } from './common.mjs';
import { failWith, startRelay } from './relay-process.mjs';

const RATE = Number(process.env.BENCH_LAG_RATE ?? 200);
const COUNT = Number(process.env.BENCH_LAG_COUNT ?? 2_000);
const SETTLE_MS = 30_000;

/** Receives from `streamName` starting at `fromSeq`, noting when each message id arrives. */
async function receiver(js, streamName, fromSeq) {
  const arrivals = new Map();
  const consumer = await js.consumers.get(streamName, { deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: fromSeq });
  const messages = await consumer.consume();
  const done = (async () => {
    for await (const message of messages) arrivals.set(message.headers?.get('Nats-Msg-Id'), performance.now());
  })();
  return { arrivals, stop: async () => (await messages.close(), await done) };
}

/** Calls `send(i)` at RATE per second for COUNT calls without waiting for one to finish before the next. */
async function openLoop(send) {
  const started = performance.now();
  const pending = [];
  for (let i = 0; i < COUNT; i++) {
    const due = started + (i * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    pending.push(send(i));
  }
  await Promise.all(pending);
  return (COUNT - 1) / ((performance.now() - started) / 1000);
}

async function waitForArrivals(arrivals) {
  const deadline = Date.now() + SETTLE_MS;
  while (arrivals.size < COUNT && Date.now() < deadline) await sleep(20);
}

function lagFigures(sentAt, arrivals) {
  const lags = new Latencies();
  for (const [id, sent] of sentAt) {
    const arrived = arrivals.get(id);
    if (arrived !== undefined) lags.add(arrived - sent);
  }
  return lags;
}

export const sides = {
  async store() {
    const { createPostgresEventStore } = await eventStoreLib();
    const store = createPostgresEventStore({ connectionString: settings.databaseUrl, poolSize: settings.concurrency });
    const nc = await connect({ servers: settings.natsUrl, name: 'od-bench-lag' });
    const js = jetstream(nc);
    const jsm = await jetstreamManager(nc);
    const relay = await startRelay();
    try {
      // The relay of the previous row left the stream complete: wait until this one answers and is idle.
      const deadline = Date.now() + 60_000;
      while (!(await relay.healthy())) {
        if (!relay.running || Date.now() > deadline) throw failWith(relay, 'relay did not become healthy');
        await sleep(50);
      }
      await sleep(500);
      const { state } = await jsm.streams.info(settings.streamName);
      const rx = await receiver(js, settings.streamName, state.last_seq + 1);
      const committedAt = new Map();
      const calledAt = new Map();
      const appendLatency = new Latencies();
      const rate = await openLoop(async (i) => {
        const event = anEvent(i);
        const called = performance.now();
        calledAt.set(event.metadata.eventId, called);
        await store.appendToStream(`request-${randomUUID()}`, [event], { expectedVersion: 'no_stream' });
        const committed = performance.now();
        committedAt.set(event.metadata.eventId, committed);
        appendLatency.add(committed - called);
      });
      await waitForArrivals(rx.arrivals);
      await relay.samplePeakRss();
      await rx.stop();
      const lags = lagFigures(committedAt, rx.arrivals);
      const fromCall = lagFigures(calledAt, rx.arrivals);
      const notes = [
        `target ${RATE}/s`,
        `append call→received p50 ${fromCall.percentile(50).toFixed(1)} / p99 ${fromCall.percentile(99).toFixed(1)} ms (append itself p50 ${appendLatency.percentile(50).toFixed(1)} ms)`,
      ];
      if (lags.count < COUNT) notes.push(`only ${lags.count} of ${COUNT} arrived within ${SETTLE_MS / 1000} s`);
      return { n: COUNT, unit: 'events', opsPerSec: rate, p50: lags.percentile(50), p99: lags.percentile(99), peakRssMb: await relay.samplePeakRss(), notes };
    } finally {
      await relay.stop();
      await store.close();
      await nc.close();
    }
  },

  async raw() {
    const { eventsStreamConfig, resolveEventsStreamConfigPath } = await fromBuild('libs/platform/src/nats/events-stream.js');
    const scratch = { streamName: `${settings.streamName}_SCRATCH_LAG`, subjectRoot: `${settings.subjectRoot}_scratch_lag` };
    const nc = await connect({ servers: settings.natsUrl, name: 'od-bench-lag-raw' });
    const js = jetstream(nc);
    const jsm = await jetstreamManager(nc);
    await jsm.streams.delete(scratch.streamName).catch(() => undefined);
    await jsm.streams.add(eventsStreamConfig(scratch, resolveEventsStreamConfigPath({}, settings.repoRoot)));
    try {
      const rx = await receiver(js, scratch.streamName, 1);
      const sentAt = new Map();
      const rate = await openLoop(async (i) => {
        const event = anEvent(i);
        const id = event.metadata.eventId;
        sentAt.set(id, performance.now());
        await js.publish(`${scratch.subjectRoot}.events.akimat-astana.request.RequestSubmitted`, JSON.stringify(event), { msgID: id });
      });
      await waitForArrivals(rx.arrivals);
      await rx.stop();
      const lags = lagFigures(sentAt, rx.arrivals);
      return { n: COUNT, unit: 'messages', opsPerSec: rate, p50: lags.percentile(50), p99: lags.percentile(99) };
    } finally {
      await jsm.streams.delete(scratch.streamName).catch(() => undefined);
      await nc.close();
    }
  },
};
