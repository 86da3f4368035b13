// A national survey opens: N ballots (BENCH_BALLOTS, default 1,000,000) from distinct verified users on one
// survey with 5 questions, cast through the surveys service's command path — the built service as a child
// process, NATS request/reply from BENCH_BALLOT_CONCURRENCY requesters — with the built relay and
// projections following. A sample of 3 ballots goes through HTTP (the development identity provider has 3
// verified voters). Its own database and subject root, so the projections see only this row's facts.
// Baseline ('raw'): the same BallotCast facts appended straight to the store (appendToStream, no_stream),
// at the same concurrency: the store's own limit for this shape of write.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { connect } from '@nats-io/transport-node';
import { importJWK, SignJWT } from 'jose';
import pg from 'pg';
import { eventStoreLib, fromBuild, Latencies, peakRssMbOf, runPool, settings, sleep } from './common.mjs';
import { freePort } from './relay-process.mjs';

const N = Number(process.env.BENCH_BALLOTS ?? 1_000_000);
const CONCURRENCY = Number(process.env.BENCH_BALLOT_CONCURRENCY ?? 64);
const RAW_N = Math.min(N, Number(process.env.BENCH_BALLOTS_RAW ?? 20_000));
const adminUrl = process.env.BENCH_POSTGRES_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const HOLDER = 'ministry-of-finance';

const database = `${new URL(settings.databaseUrl).pathname.slice(1)}_ballots`;
const databaseUrl = Object.assign(new URL(adminUrl), { pathname: `/${database}` }).href;
const subjectRoot = `${settings.subjectRoot}_ballots`;
const streamName = `${settings.streamName}_BALLOTS`;

async function admin(sql) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const text = (ru) => ({ kk: `${ru} (kk)`, ru });
/** 5 questions of 3 options: q1, q3, q5 single, q2, q4 multiple. */
const template = (launchDate, closingDate) => ({
  category: 'National survey',
  name: text('Национальный опрос'),
  launchDate,
  closingDate,
  resultsVisibility: 'live',
  questions: [1, 2, 3, 4, 5].map((q) => ({
    kind: q % 2 ? 'single' : 'multiple',
    text: text(`Вопрос ${q}`),
    options: [1, 2, 3].map((o) => ({ text: text(`Ответ ${o}`) })),
  })),
});
const answersFor = (i) =>
  [1, 2, 3, 4, 5].map((q) => ({ questionId: `q${q}`, optionIds: q % 2 ? [`q${q}-o${1 + ((i + q) % 3)}`] : [`q${q}-o1`, `q${q}-o${2 + ((i + q) % 2)}`] }));

/** The survey's facts, decided by the real decider at instants that make it open now, appended to the store. */
async function openSurvey(store) {
  const domain = await fromBuild('libs/domain/src/index.js');
  const draftedAt = new Date(Date.now() - 20 * 86_400_000);
  const launchDate = domain.earliestLaunch(draftedAt).date;
  const closingDate = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
  const surveyId = randomUUID();
  const staff = { kind: 'staff', id: 'bench-admin', holderId: HOLDER, staffRoles: ['administrator'] };
  const operator = { kind: 'operator', id: 'bench-operator', staffRoles: [] };
  const steps = [
    [{ type: 'DraftSurvey', data: { surveyId, template: template(launchDate, closingDate) }, context: { now: draftedAt, actor: staff } }, staff],
    [{ type: 'SubmitSurvey', data: {}, context: { now: draftedAt, actor: staff } }, staff],
    [{ type: 'ApproveSurvey', context: { now: new Date(draftedAt.getTime() + 86_400_000), actor: operator } }, operator],
  ];
  let state = domain.initialSurveyState;
  for (const [index, [command, actor]] of steps.entries()) {
    const decision = domain.decideSurvey(command, state);
    if (!decision.ok) throw new Error(`survey set-up refused: ${decision.rejection.message}`);
    const id = randomUUID();
    const events = decision.events.map((event) => ({
      ...event,
      metadata: { eventId: id, commandId: id, correlationId: id, causationId: id, actor, holderId: HOLDER, occurredAt: command.context.now.toISOString() },
    }));
    await store.appendToStream(`survey-${surveyId}`, events, { expectedVersion: index === 0 ? 'no_stream' : index });
    state = decision.events.reduce(domain.evolveSurvey, state);
  }
  return surveyId;
}

function child(service, port, env = {}) {
  const proc = spawn(process.execPath, [path.join(settings.buildDir, `services/${service}/src/main.js`)], {
    cwd: settings.repoRoot,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NATS_URL: settings.natsUrl,
      NATS_SUBJECT_ROOT: subjectRoot,
      NATS_EVENTS_STREAM: streamName,
      LOG_LEVEL: process.env.BENCH_SERVICE_LOG_LEVEL ?? 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = [];
  const keep = (chunk) => output.push(...chunk.toString().split('\n').filter(Boolean).slice(-20));
  proc.stdout.on('data', keep);
  proc.stderr.on('data', keep);
  let peak = 0;
  return {
    service,
    port,
    output,
    async healthy(timeoutMs = 60_000) {
      for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(200)) {
        if (proc.exitCode !== null) throw new Error(`${service} exited: ${output.slice(-10).join('\n')}`);
        try {
          if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return;
        } catch {
          // not listening yet
        }
      }
      throw new Error(`${service} not healthy: ${output.slice(-10).join('\n')}`);
    },
    async peakRss() {
      peak = Math.max(peak, (await peakRssMbOf(proc.pid)) ?? 0);
      return peak;
    },
    async stop() {
      await this.peakRss();
      if (proc.exitCode === null) proc.kill('SIGTERM');
      await Promise.race([new Promise((resolve) => proc.once('exit', resolve)), sleep(15_000)]);
      if (proc.exitCode === null) proc.kill('SIGKILL');
    },
  };
}

/** A distinct valid IIN for voter `i` (birth dates from 1960, serials per day, the check digit computed). */
async function voterIins() {
  const { kazakhstanCheckDigit } = await fromBuild('libs/identity/src/check-digit.js');
  return (i) => {
    const day = new Date(Date.UTC(1960, 0, 1) + Math.floor(i / 4000) * 86_400_000);
    const date = `${String(day.getUTCFullYear() % 100).padStart(2, '0')}${String(day.getUTCMonth() + 1).padStart(2, '0')}${String(day.getUTCDate()).padStart(2, '0')}`;
    for (const century of ['3', '4']) {
      for (const k of [1, 2]) {
        const first = `${date}${century}${String((i % 4000) * 2 + k).padStart(4, '0')}`;
        const check = kazakhstanCheckDigit(first);
        if (check !== undefined) return `${first}${check}`;
      }
    }
    throw new Error(`no valid IIN for voter ${i}`);
  };
}

/**
 * Access tokens for the bench's voters, signed with the development identity provider's key as it would
 * sign them: the surveys service verifies each command's token again (as in production), so every ballot
 * carries one. Minting them is the bench client's cost, not the platform's.
 */
async function voterTokens(platform) {
  const stored = JSON.parse(await readFile(platform.identityKeyFile, 'utf8'));
  const key = await importJWK(stored.privateJwk, 'RS256');
  const iinFor = await voterIins();
  return (i) =>
    new SignJWT({ od_role: 'citizen', iin: iinFor(i), phone_verified: true, locale: 'ru' })
      .setProtectedHeader({ alg: 'RS256', kid: stored.privateJwk.kid })
      .setSubject(`bench-voter-${i}`)
      .setIssuer(platform.issuer)
      .setAudience('open-dialogue')
      .setIssuedAt()
      .setExpirationTime('30m')
      .sign(key);
}

async function startPlatform() {
  const ports = { relay: await freePort(), projections: await freePort(), surveys: await freePort(), identity: await freePort(), gateway: await freePort() };
  const issuer = `http://127.0.0.1:${ports.identity}`;
  const auth = { AUTH_ISSUER: issuer, AUTH_AUDIENCE: 'open-dialogue', IDENTITY_DEV_KEY_FILE: path.join(settings.buildDir, 'bench-identity-dev-key.json') };
  const children = [
    child('relay', ports.relay, { RELAY_HTTP_PORT: String(ports.relay) }),
    child('projections', ports.projections, { PROJECTIONS_HTTP_PORT: String(ports.projections) }),
    child('identity-dev', ports.identity, { IDENTITY_DEV_HTTP_PORT: String(ports.identity), ...auth }),
    child('surveys', ports.surveys, { SURVEYS_HTTP_PORT: String(ports.surveys), ...auth }),
    child('gateway', ports.gateway, { GATEWAY_HTTP_PORT: String(ports.gateway), GATEWAY_RATE_LIMIT: '100000', ...auth }),
  ];
  for (const c of children) await c.healthy();
  return {
    children,
    byName: Object.fromEntries(children.map((c) => [c.service, c])),
    gatewayUrl: `http://127.0.0.1:${ports.gateway}`,
    issuer,
    identityKeyFile: auth.IDENTITY_DEV_KEY_FILE,
  };
}

async function projected(client, surveyId) {
  const { rows } = await client.query('SELECT ballots FROM read_models.survey_views WHERE survey_id = $1', [surveyId]);
  return rows.length ? Number(rows[0].ballots) : -1;
}

export const sides = {
  async store() {
    await admin(`CREATE DATABASE ${database}`);
    const { createPostgresEventStore, migrateEventStore } = await eventStoreLib();
    await migrateEventStore({ connectionString: databaseUrl });
    const store = createPostgresEventStore({ connectionString: databaseUrl, poolSize: 4 });
    let platform;
    const db = new pg.Client({ connectionString: databaseUrl });
    try {
      const surveyId = await openSurvey(store);
      platform = await startPlatform();
      await db.connect();
      const nc = await connect({ servers: settings.natsUrl, name: 'od-bench-ballots' });
      const subject = `${subjectRoot}.commands.surveys.cast-ballot`;
      const codec = new TextEncoder();
      const decode = new TextDecoder();
      // Nest's NATS transport: { pattern, data, id } in, { response | err, isDisposed } out.
      const tokenFor = await voterTokens(platform);
      const cast = async (i) => {
        const commandId = randomUUID();
        const message = { commandId, correlationId: commandId, caller: { accessToken: await tokenFor(i) }, data: { surveyId, answers: answersFor(i) } };
        const reply = await nc.request(subject, codec.encode(JSON.stringify({ pattern: subject, data: message, id: commandId })), { timeout: 60_000 });
        const body = JSON.parse(decode.decode(reply.data));
        if (!body.response?.ok) throw new Error(`ballot ${i} refused: ${JSON.stringify(body)}`);
      };
      while ((await projected(db, surveyId)) < 0) await sleep(100);
      progressLine(`survey open; ${N.toLocaleString('en-US')} ballots, ${CONCURRENCY} requesters`);

      const latencies = new Latencies();
      const doneAt = new Float64Array(N);
      const started = performance.now();
      let lastReport = started;
      const sampler = setInterval(() => void Promise.all(platform.children.map((c) => c.peakRss())), 2_000);
      const seconds = await runPool(N, CONCURRENCY, async (i) => {
        await latencies.time(() => cast(i));
        doneAt[i] = performance.now();
        if (doneAt[i] - lastReport > 30_000) {
          lastReport = doneAt[i];
          progressLine(`${latencies.count.toLocaleString('en-US')} ballots, ${Math.round(latencies.count / ((lastReport - started) / 1000))}/s`);
        }
      });
      const commandsEnd = performance.now();
      let lagMs;
      for (;;) {
        const count = await projected(db, surveyId);
        if (count >= N) {
          lagMs = performance.now() - commandsEnd;
          break;
        }
        if (performance.now() - commandsEnd > 30 * 60_000) throw new Error(`projection at ${count} of ${N} after 30 min`);
        await sleep(50);
      }
      clearInterval(sampler);

      // HTTP sample: the 3 verified development voters through the gateway.
      const http = new Latencies();
      const httpStatuses = [];
      for (const account of ['citizen-aigerim', 'citizen-dana', 'org-astana-tech']) {
        const token = (
          await (
            await fetch(`${platform.issuer}/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ account }) })
          ).json()
        ).access_token;
        const response = await http.time(() =>
          fetch(`${platform.gatewayUrl}/api/surveys/${surveyId}/ballots`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({ commandId: randomUUID(), answers: answersFor(0) }),
          }),
        );
        httpStatuses.push(response.status);
      }
      const total = N + httpStatuses.filter((s) => s === 201).length;
      while ((await projected(db, surveyId)) < total) await sleep(50);

      // Tallies equal the ballots cast: each single-choice question's options add up to the ballots, each
      // multiple-choice question's option 1 was chosen by every ballot; the store holds one BallotCast each.
      const tallies = (await db.query('SELECT question_id, option_id, count FROM read_models.survey_option_tallies WHERE survey_id = $1', [surveyId])).rows;
      const stored = Number((await db.query(`SELECT count(*) FROM event_store.events WHERE type = 'BallotCast'`)).rows[0].count);
      const sum = (q) => tallies.filter((t) => t.question_id === q).reduce((a, t) => a + Number(t.count), 0);
      const singleOk = ['q1', 'q3', 'q5'].every((q) => sum(q) === total);
      const multipleOk = ['q2', 'q4'].every((q) => Number(tallies.find((t) => t.option_id === `${q}-o1`).count) === total && sum(q) === 2 * total);
      const talliesOk = singleOk && multipleOk && stored === total && (await projected(db, surveyId)) === total;

      const sorted = Float64Array.from(doneAt).sort();
      const tenth = Math.max(1, Math.floor(N / 10));
      const firstRate = tenth / ((sorted[tenth - 1] - started) / 1000);
      const lastRate = tenth / ((sorted[N - 1] - sorted[N - tenth - 1]) / 1000);
      const rss = Object.fromEntries(await Promise.all(platform.children.map(async (c) => [c.service, Math.round(await c.peakRss())])));
      await nc.close();
      return {
        n: N,
        seconds,
        opsPerSec: N / seconds,
        p50: latencies.percentile(50),
        p99: latencies.percentile(99),
        peakRssMb: rss.surveys,
        firstTenthPerSec: firstRate,
        lastTenthPerSec: lastRate,
        projectionLagMs: lagMs,
        talliesOk,
        rss,
        notes: [
          `first 10 % ${Math.round(firstRate)}/s, last 10 % ${Math.round(lastRate)}/s, ratio ${(lastRate / firstRate).toFixed(2)} (goal ≥ 0.8)`,
          `projection lag at the end ${(lagMs / 1000).toFixed(1)} s`,
          `tallies ${talliesOk ? 'equal' : 'DO NOT equal'} the ballots cast (${total.toLocaleString('en-US')}; store ${stored.toLocaleString('en-US')})`,
          `HTTP sample (3 verified dev voters through the gateway): ${httpStatuses.join(', ')}, p50 ${http.percentile(50)?.toFixed(1)} ms`,
          `peak RSS MB: surveys ${rss.surveys}, projections ${rss.projections}, relay ${rss.relay}, gateway ${rss.gateway}`,
          `projected time for 1,000,000 at this rate: ${(1_000_000 / (N / seconds) / 60).toFixed(0)} min`,
        ],
      };
    } finally {
      for (const c of platform?.children ?? []) await c.stop();
      await db.end().catch(() => undefined);
      await store.close();
      await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => undefined);
    }
  },

  async raw() {
    const { createPostgresEventStore } = await eventStoreLib();
    const store = createPostgresEventStore({ connectionString: settings.databaseUrl, poolSize: 16 });
    const surveyId = randomUUID();
    const latencies = new Latencies();
    const seconds = await runPool(RAW_N, CONCURRENCY, (i) =>
      latencies.time(() => {
        const id = randomUUID();
        const event = {
          type: 'BallotCast',
          schemaVersion: 1,
          data: { surveyId, holderId: HOLDER, voterId: id, answers: answersFor(i), castAt: new Date().toISOString() },
          metadata: {
            eventId: id,
            commandId: id,
            correlationId: id,
            causationId: id,
            actor: { kind: 'citizen', id: `raw-${i}` },
            holderId: HOLDER,
            occurredAt: new Date().toISOString(),
          },
        };
        return store.appendToStream(`ballot-${surveyId}-${id}`, [event], { expectedVersion: 'no_stream' });
      }),
    );
    await store.close();
    return { n: RAW_N, seconds, opsPerSec: RAW_N / seconds, p50: latencies.percentile(50), p99: latencies.percentile(99) };
  },
};

function progressLine(line) {
  process.stderr.write(`bench: ballots: ${line}\n`);
}
