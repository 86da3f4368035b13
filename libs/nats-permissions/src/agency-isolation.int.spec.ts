import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connect, nkeyAuthenticator, PermissionViolationError, type NatsConnection } from '@nats-io/transport-node';
import { AckPolicy, DeliverPolicy, JetStreamApiCodes, JetStreamApiError, jetstream, jetstreamManager, type JsMsg } from '@nats-io/jetstream';
import { eventSubject } from '@od/contracts';
import { ensureEventsStream } from '@od/platform';
import { eventually, testBusNames } from '@od/testing';
import { startNatsServer, type NatsServerUnderTest } from '@od/testing';
import { generateNatsAuth, type GeneratedNatsAuth } from './generate-nats-auth';
import { agencyConsumerNames, EVENTS_API_PREFIX, type NatsUser } from './permissions';

/**
 * Agencies' systems on a real nats-server (the v2.9.10 of the machine, or NATS_SERVER_BIN) configured by
 * the generated auth.conf: agency A gets A's facts, live and durably, and nothing of B's; it publishes no
 * fact; the services can do their work and no more.
 */

const repositoryRoot = path.resolve(__dirname, '../../..');
const bus = testBusNames('natsperm');
const { subjectRoot: root, streamName: stream } = bus;
const A = 'kazatomprom';
const B = 'samruk-kazyna';
const [consumerA, replayConsumerA] = agencyConsumerNames(A);
const [consumerB] = agencyConsumerNames(B);

/** Outside the stream's account, its API is imported under a prefix (`accounts.ts`). */
const API = EVENTS_API_PREFIX;
const viaImports = { apiPrefix: API, checkAPI: false };

let server: NatsServerUnderTest;
let auth: GeneratedNatsAuth;
/** Seeds and auth.conf of this run: secrets, so a temporary folder removed afterwards. */
let workDir: string;
const connections: NatsConnection[] = [];

function user(name: string): NatsUser {
  const found = auth.users.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no user ${name}`);
  return found;
}

/** Connects with the user's seed from the seeds folder, and its own inbox prefix. */
async function connectAs(name: string, options: { inboxPrefix?: string } = {}): Promise<NatsConnection & { permissionErrors: PermissionViolationError[] }> {
  const seed = readFileSync(path.join(auth.seedsDir, `${name}.nk`), 'utf8').trim();
  const nc = await connect({
    servers: server.url,
    name,
    authenticator: nkeyAuthenticator(new TextEncoder().encode(seed)),
    inboxPrefix: options.inboxPrefix ?? user(name).inboxPrefix,
    timeout: 5_000,
  });
  connections.push(nc);
  const permissionErrors: PermissionViolationError[] = [];
  void (async () => {
    for await (const status of nc.status()) {
      if (status.type === 'error' && status.error instanceof PermissionViolationError) permissionErrors.push(status.error);
    }
  })();
  return Object.assign(nc, { permissionErrors });
}

async function settle(nc: NatsConnection): Promise<void> {
  await nc.flush();
  await new Promise((resolve) => setTimeout(resolve, 50));
}

function fact(holderId: string, type: string, n: number): { subject: string; body: string } {
  return { subject: eventSubject(root, holderId, 'request', type), body: JSON.stringify({ holderId, type, n }) };
}

async function drain(messages: AsyncIterable<JsMsg>, expected: number, timeoutMs = 5_000): Promise<JsMsg[]> {
  const received: JsMsg[] = [];
  const timer = setTimeout(() => (messages as unknown as { stop?: () => void }).stop?.(), timeoutMs);
  for await (const message of messages) {
    received.push(message);
    message.ack();
    if (received.length === expected) break;
  }
  clearTimeout(timer);
  return received;
}

/** The request's error when the server refused it for permissions (nats.js wraps it in a RequestError). */
async function refused(request: Promise<unknown>): Promise<PermissionViolationError> {
  const outcome = await request.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  if (!('error' in outcome)) throw new Error(`expected a permissions violation, got ${JSON.stringify(outcome.value)}`);
  const error = outcome.error as Error & { cause?: unknown };
  const violation = error instanceof PermissionViolationError ? error : error.cause;
  if (!(violation instanceof PermissionViolationError))
    throw new Error(`expected a permissions violation, got ${String(error)} (cause ${String(error.cause)})`);
  return violation;
}

let relay: Awaited<ReturnType<typeof connectAs>>;
/** What agency A's core subscription, opened before anything was published, received. */
const liveA: string[] = [];
const published = { firstA: 3, firstB: 2, secondA: 2 };
let secondBatchStart: Date;

beforeAll(async () => {
  workDir = mkdtempSync(path.join(os.tmpdir(), 'od-nats-auth-'));
  auth = generateNatsAuth({
    cwd: workDir,
    bus,
    holderIds: [A, B],
    services: ['relay', 'intake', 'gateway', 'projections'],
    seedsDir: 'seeds',
    out: 'auth.conf',
  });
  server = await startNatsServer({ 'auth.conf': readFileSync(auth.out, 'utf8') });

  const live = await connectAs(`agency-${A}`);
  void (async () => {
    for await (const message of live.subscribe(`${root}.events.${A}.>`)) liveA.push(`${message.subject}#${message.json<{ n: number }>().n}`);
  })();
  await live.flush();

  relay = await connectAs('service-relay');
  await ensureEventsStream(await jetstreamManager(relay), { ...bus, configPath: path.join(repositoryRoot, 'infra', 'nats', 'events-stream.json') });
  const js = jetstream(relay);
  const first = [
    ...Array.from({ length: published.firstA }, (_, n) => fact(A, 'RequestSubmitted', n)),
    ...Array.from({ length: published.firstB }, (_, n) => fact(B, 'RequestSubmitted', n)),
  ];
  for (const { subject, body } of first) await js.publish(subject, body);
  await js.publish(eventSubject(root, undefined, 'calendar', 'CalendarPublished'), '{}');
  await new Promise((resolve) => setTimeout(resolve, 1_100));
  secondBatchStart = new Date();
  await new Promise((resolve) => setTimeout(resolve, 100));
  for (let n = 0; n < published.secondA; n++) {
    const { subject, body } = fact(A, 'RequestAccepted', n);
    await js.publish(subject, body);
  }
}, 30_000);

afterAll(async () => {
  await Promise.all(connections.map((nc) => nc.close().catch(() => undefined)));
  await server?.stop();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('agency A on NATS', () => {
  it("(a) is refused a core subscription to B's facts, and to every fact", async () => {
    const agency = await connectAs(`agency-${A}`);
    const toB = agency.subscribe(`${root}.events.${B}.>`);
    const toAll = agency.subscribe(`${root}.events.>`);
    const closedB = await Promise.race([toB.closed, new Promise((resolve) => setTimeout(() => resolve('still open'), 2_000))]);
    const closedAll = await Promise.race([toAll.closed, new Promise((resolve) => setTimeout(() => resolve('still open'), 2_000))]);
    expect(closedB).toBeInstanceOf(PermissionViolationError);
    expect(closedB).toMatchObject({ operation: 'subscription', subject: `${root}.events.${B}.>` });
    expect(closedAll).toMatchObject({ operation: 'subscription', subject: `${root}.events.>` });
  });

  it('receives exactly its own facts live on a core subscription', async () => {
    const expected = published.firstA + published.secondA;
    await eventually(async () => (liveA.length >= expected ? true : undefined), 5_000, 'live facts');
    expect(liveA).toEqual([
      ...Array.from({ length: published.firstA }, (_, n) => `${root}.events.${A}.request.RequestSubmitted#${n}`),
      ...Array.from({ length: published.secondA }, (_, n) => `${root}.events.${A}.request.RequestAccepted#${n}`),
    ]);
  });

  it('(b) publishes nothing on the event subjects, its own included', async () => {
    const agency = await connectAs(`agency-${A}`);
    const jsm = await jetstreamManager(relay);
    const before = (await jsm.streams.info(stream)).state.messages;
    agency.publish(`${root}.events.${A}.x.y`, 'forged');
    agency.publish(`${root}.events.${B}.x.y`, 'forged');
    await settle(agency);
    expect(agency.permissionErrors.map((error) => [error.operation, error.subject])).toEqual([
      ['publish', `${root}.events.${A}.x.y`],
      ['publish', `${root}.events.${B}.x.y`],
    ]);
    expect((await jsm.streams.info(stream)).state.messages).toBe(before);
  });

  it("(c) cannot create a consumer over B's facts or over all facts, by any API subject", async () => {
    const agency = await connectAs(`agency-${A}`);
    const jsm = await jetstreamManager(agency, viaImports);
    const base = { ack_policy: AckPolicy.Explicit, deliver_policy: DeliverPolicy.All };
    expect((await refused(jsm.consumers.add(stream, { ...base, durable_name: consumerA, filter_subject: `${root}.events.${B}.>` }))).operation).toBe('publish');
    expect((await refused(jsm.consumers.add(stream, { ...base, durable_name: consumerA, filter_subject: `${root}.events.>` }))).operation).toBe('publish');
    expect((await refused(jsm.consumers.add(stream, { ...base, durable_name: consumerA }))).operation).toBe('publish');
    // B's consumer name, even with A's own filter.
    expect((await refused(jsm.consumers.add(stream, { ...base, durable_name: consumerB, filter_subject: `${root}.events.${A}.>` }))).operation).toBe('publish');
    // Some other name.
    expect((await refused(jsm.consumers.add(stream, { ...base, durable_name: `agency-${A}-other`, filter_subject: `${root}.events.${A}.>` }))).operation).toBe(
      'publish',
    );

    // The subject says A's filter, the body asks for B's: the server compares them.
    const mismatch = await agency.request(
      `${API}.CONSUMER.CREATE.${stream}.${consumerA}.${root}.events.${A}.>`,
      JSON.stringify({ stream_name: stream, config: { ...base, durable_name: consumerA, name: consumerA, filter_subject: `${root}.events.${B}.>` } }),
      { timeout: 2_000 },
    );
    expect(mismatch.json<{ error?: { err_code: number; description: string } }>().error?.description).toMatch(/did not match filtered subject/);

    // The older create subjects carry the filter only in the body: refused outright.
    for (const subject of [
      `${API}.CONSUMER.DURABLE.CREATE.${stream}.${consumerA}`,
      `${API}.CONSUMER.CREATE.${stream}`,
      `${API}.CONSUMER.CREATE.${stream}.${consumerA}`,
    ]) {
      const body = JSON.stringify({ stream_name: stream, config: { ...base, durable_name: consumerA, filter_subject: `${root}.events.${B}.>` } });
      expect((await refused(agency.request(subject, body, { timeout: 2_000 }))).subject).toBe(subject);
    }
    // None of it made a consumer.
    const lookup = await jsm.consumers.info(stream, consumerA).catch((error: unknown) => error);
    expect(lookup).toBeInstanceOf(JetStreamApiError);
    expect((lookup as JetStreamApiError).code).toBe(JetStreamApiCodes.ConsumerNotFound);
  });

  it("cannot read the stream directly, look at it, or use another's consumer", async () => {
    const agency = await connectAs(`agency-${A}`);
    const ask = (subject: string, body = '') => agency.request(subject, body, { timeout: 2_000 });
    for (const subject of [
      `${API}.STREAM.MSG.GET.${stream}`,
      `${API}.DIRECT.GET.${stream}`,
      `${API}.DIRECT.GET.${stream}.${root}.events.${B}.request.RequestSubmitted`,
      `${API}.STREAM.INFO.${stream}`,
      `${API}.STREAM.LIST`,
      `${API}.CONSUMER.LIST.${stream}`,
      `${API}.CONSUMER.NAMES.${stream}`,
      `${API}.CONSUMER.INFO.${stream}.read-models`,
      `${API}.CONSUMER.MSG.NEXT.${stream}.${consumerB}`,
      `${API}.CONSUMER.DELETE.${stream}.${consumerB}`,
      `${API}.STREAM.PURGE.${stream}`,
      `${API}.STREAM.DELETE.${stream}`,
      `$JS.API.STREAM.INFO.${stream}`,
      `$JS.API.CONSUMER.INFO.${stream}.${consumerA}`,
    ]) {
      expect((await refused(ask(subject, subject.includes('MSG.GET') ? JSON.stringify({ seq: 1 }) : ''))).subject).toBe(subject);
    }
    // Nor another user's inbox: it could read JetStream replies meant for B or for a service.
    const inboxB = agency.subscribe(`_INBOX_agency-${B}.>`);
    const inboxDefault = agency.subscribe('_INBOX.>');
    expect(await inboxB.closed).toBeInstanceOf(PermissionViolationError);
    expect(await inboxDefault.closed).toBeInstanceOf(PermissionViolationError);
  });

  it("(d) a durable consumer filtered to its own facts receives exactly A's facts, and resumes after a restart", async () => {
    const agency = await connectAs(`agency-${A}`);
    const jsm = await jetstreamManager(agency, viaImports);
    await jsm.consumers.add(stream, {
      durable_name: consumerA,
      filter_subject: `${root}.events.${A}.>`,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
    });
    const consumer = await jetstream(agency, viaImports).consumers.get(stream, consumerA);
    const firstTwo = await drain(await consumer.fetch({ max_messages: 2, expires: 2_000 }), 2);
    await agency.close();

    // The agency's system restarts and carries on where its acks left it.
    const again = await connectAs(`agency-${A}`);
    const remaining = published.firstA + published.secondA - firstTwo.length;
    const rest = await drain(await (await jetstream(again, viaImports).consumers.get(stream, consumerA)).consume({ max_messages: 100 }), remaining);
    const subjects = [...firstTwo, ...rest].map((message) => message.subject);
    expect(subjects).toHaveLength(published.firstA + published.secondA);
    expect(subjects.every((subject) => subject.startsWith(`${root}.events.${A}.`))).toBe(true);
    expect([...firstTwo, ...rest].map((message) => message.json<{ n: number; type: string }>())).toEqual([
      ...Array.from({ length: published.firstA }, (_, n) => ({ holderId: A, type: 'RequestSubmitted', n })),
      ...Array.from({ length: published.secondA }, (_, n) => ({ holderId: A, type: 'RequestAccepted', n })),
    ]);
    expect(again.permissionErrors).toEqual([]);
  });

  it('(e) replays its own facts from a point in time (deliver_policy by_start_time)', async () => {
    const agency = await connectAs(`agency-${A}`);
    const jsm = await jetstreamManager(agency, viaImports);
    await jsm.consumers.add(stream, {
      durable_name: replayConsumerA,
      filter_subject: `${root}.events.${A}.>`,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.StartTime,
      opt_start_time: secondBatchStart.toISOString(),
    });
    const consumer = await jetstream(agency, viaImports).consumers.get(stream, replayConsumerA);
    const replayed = await drain(await consumer.fetch({ max_messages: 100, expires: 1_500 }), 100, 3_000);
    expect(replayed.map((message) => message.json<{ type: string; n: number }>())).toEqual(
      Array.from({ length: published.secondA }, (_, n) => ({ holderId: A, type: 'RequestAccepted', n })),
    );
    // Replay again from the start: delete and recreate, which the agency may do with its own names.
    await jsm.consumers.delete(stream, replayConsumerA);
    expect(agency.permissionErrors).toEqual([]);
  });

  it("cannot ack, pull or delete through B's consumer", async () => {
    const agencyB = await connectAs(`agency-${B}`);
    const jsmB = await jetstreamManager(agencyB, viaImports);
    await jsmB.consumers.add(stream, { durable_name: consumerB, filter_subject: `${root}.events.${B}.>`, ack_policy: AckPolicy.Explicit });
    const agency = await connectAs(`agency-${A}`);
    agency.publish(`$JS.ACK.${stream}.${consumerB}.1.4.1.0.0`, '+ACK');
    await settle(agency);
    expect(agency.permissionErrors.map((error) => error.subject)).toEqual([`$JS.ACK.${stream}.${consumerB}.1.4.1.0.0`]);
    expect((await refused(jetstream(agency, viaImports).consumers.get(stream, consumerB))).subject).toBe(`${API}.CONSUMER.INFO.${stream}.${consumerB}`);
    expect((await jsmB.consumers.info(stream, consumerB)).num_pending).toBe(published.firstB);
  });
});

describe('services on NATS', () => {
  it('the gateway asks intake and gets its answer; it can neither publish nor read facts', async () => {
    const intake = await connectAs('service-intake');
    const commands = intake.subscribe(`${root}.commands.intake.submit-request`, { queue: 'intake' });
    void (async () => {
      for await (const message of commands) message.respond(JSON.stringify({ accepted: message.string() }));
    })();
    await settle(intake);
    const gateway = await connectAs('service-gateway');
    const reply = await gateway.request(`${root}.commands.intake.submit-request`, 'hello', { timeout: 2_000 });
    expect(reply.json()).toEqual({ accepted: 'hello' });

    gateway.publish(`${root}.events.${A}.request.RequestSubmitted`, 'forged');
    const facts = gateway.subscribe(`${root}.events.>`);
    await settle(gateway);
    expect(gateway.permissionErrors.map((error) => [error.operation, error.subject])).toEqual([
      ['publish', `${root}.events.${A}.request.RequestSubmitted`],
      ['subscription', `${root}.events.>`],
    ]);
    expect(await facts.closed).toBeInstanceOf(PermissionViolationError);
    expect((await refused(jetstreamManager(gateway))).subject).toBe('$JS.API.INFO');
  });

  it('intake publishes nothing but replies, and cannot answer for another service', async () => {
    const intake = await connectAs('service-intake');
    intake.publish(`${root}.events.${A}.request.RequestSubmitted`, 'forged');
    intake.publish(`${root}.commands.moderation.accept-request`, 'forged');
    intake.subscribe(`${root}.queries.projections.request-by-id`);
    await settle(intake);
    expect(intake.permissionErrors.map((error) => [error.operation, error.subject])).toEqual([
      ['publish', `${root}.events.${A}.request.RequestSubmitted`],
      ['publish', `${root}.commands.moderation.accept-request`],
      ['subscription', `${root}.queries.projections.request-by-id`],
    ]);
  });

  it('projections follow every fact through read-models and may not publish facts', async () => {
    const projections = await connectAs('service-projections');
    const jsm = await jetstreamManager(projections, viaImports);
    await jsm.consumers.add(stream, {
      durable_name: 'read-models',
      filter_subject: `${root}.events.>`,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
    });
    const consumer = await jetstream(projections, viaImports).consumers.get(stream, 'read-models');
    const all = published.firstA + published.firstB + 1 + published.secondA;
    expect(await drain(await consumer.fetch({ max_messages: all, expires: 2_000 }), all)).toHaveLength(all);
    projections.publish(`${root}.events._platform.x.y`, 'forged');
    await settle(projections);
    expect(projections.permissionErrors.map((error) => error.subject)).toEqual([`${root}.events._platform.x.y`]);
  });

  it("the relay reads the stream's last message (its resume point)", async () => {
    const jsm = await jetstreamManager(relay);
    // As `readStreamTail` does: STREAM.INFO, then STREAM.MSG.GET of the last message.
    const { config } = await jsm.streams.info(stream);
    const last = await jsm.streams.getMessage(stream, { last_by_subj: config.subjects[0] });
    expect(last?.subject).toBe(`${root}.events.${A}.request.RequestAccepted`);
  });
});

describe('reply subjects into the events stream', () => {
  it('a JetStream API request from an agency or a service with a reply subject under <root>.events stores nothing and reaches no one', async () => {
    const jsm = await jetstreamManager(relay);
    const before = (await jsm.streams.info(stream)).state.messages;
    const liveB: string[] = [];
    const agencyB = await connectAs(`agency-${B}`);
    void (async () => {
      for await (const message of agencyB.subscribe(`${root}.events.${B}.>`)) liveB.push(message.subject);
    })();
    await settle(agencyB);

    const agency = await connectAs(`agency-${A}`);
    agency.publish(`${API}.CONSUMER.INFO.${stream}.${consumerA}`, '', { reply: `${root}.events.${A}.request.RequestAccepted` });
    agency.publish(`${API}.CONSUMER.MSG.NEXT.${stream}.${consumerA}`, JSON.stringify({ batch: 1, no_wait: true }), {
      reply: `${root}.events.${B}.request.RequestAccepted`,
    });
    const projections = await connectAs('service-projections');
    projections.publish(`${API}.CONSUMER.INFO.${stream}.read-models`, '', { reply: `${root}.events._platform.calendar.CalendarPublished` });
    projections.publish(`${API}.CONSUMER.MSG.NEXT.${stream}.read-models`, JSON.stringify({ batch: 1, no_wait: true }), {
      reply: `${root}.events.${B}.request.RequestAccepted`,
    });
    const gateway = await connectAs('service-gateway');
    gateway.publish(`${root}.queries.projections.request-by-id`, '{}', { reply: `${root}.events.${A}.request.RequestAccepted` });
    await Promise.all([agency, projections, gateway].map(settle));
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect((await jsm.streams.info(stream)).state.messages).toBe(before);
    expect(liveB).toEqual([]);
  });
});
