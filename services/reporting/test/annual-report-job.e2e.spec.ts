import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { reportStream } from '@od/contracts';
import { createPostgresEventStore } from '@od/event-store';
import { EVENTS_API_PREFIX } from '@od/nats-permissions';
import { eventsJetStream } from '@od/platform';
import { buildOnce, callApi, eventually, grantAwpAccess, startFullPlatform, testBusNames, type ApiAnswer, type FullPlatform } from '@od/testing';
import { Client } from 'pg';

jest.setTimeout(240_000);

/**
 * The annual report as a job through the real platform (issue 13 §3): asked for over HTTP, recorded as
 * AnnualReportRequested, replayed by the reporting service, published with the SHA-256 of its JSON.
 */
let under: FullPlatform;
const LABEL = 'reportjob';
/** The Almaty year now: the requests made here happen in it. */
const year = new Date(Date.now() + 5 * 3_600_000).getUTCFullYear();
const thisYear = { from: `${year}-01-01`, to: `${year}-12-31` };
const REQUESTS_TO_KAZATOMPROM = 3;
const REQUESTS_TO_KAZMUNAYGAS = 1;

const call = (account: string | undefined, method: string, path: string, body?: unknown) => callApi(under.platform, account, method, path, body);

beforeAll(async () => {
  under = await startFullPlatform(LABEL, { GATEWAY_RATE_LIMIT: '100000' }, ['identity-dev', 'relay', 'intake', 'access', 'reporting', 'gateway']);
  await grantAwpAccess(under.platform, 'staff-kap-officer', 'information_officer');
  for (let index = 0; index < REQUESTS_TO_KAZATOMPROM; index++) {
    await under.submitRequest('citizen-aigerim', {
      holderId: 'kazatomprom',
      subject: `Бюджет ${index}`,
      text: `Бюджетті жариялаңыз, ${index}.`,
      language: 'kk',
    });
  }
  for (let index = 0; index < REQUESTS_TO_KAZMUNAYGAS; index++) {
    await under.submitRequest('citizen-aigerim', { holderId: 'kazmunaygas', subject: 'Тарифы', text: 'Опубликуйте тарифы.', language: 'ru' });
  }
});

afterAll(() => under?.stop());

async function published(account: string, reportId: string): Promise<ApiAnswer> {
  return eventually(
    async () => {
      const answer = await call(account, 'GET', `/api/ministry/reports/${reportId}`);
      expect(answer.status).toBe(200);
      expect(answer.body.state).not.toBe('failed');
      return answer.body.state === 'published' ? answer : undefined;
    },
    60_000,
    `report ${reportId} published`,
  );
}

interface HolderFigures {
  readonly holderId: string;
  readonly figures: { readonly requests: { readonly received: number } };
}

describe('The annual report job (B2)', () => {
  let reportId: string;
  const commandId = randomUUID();

  it('the ministry asks for this year’s report, it is published, and its JSON is the one the fact hashes and counts the requests made', async () => {
    const asked = await call('ministry-1', 'POST', '/api/ministry/reports', { commandId, ...thisYear });
    expect(asked.status).toBe(201);
    reportId = asked.body.reportId;
    expect(reportId).toBe(commandId);

    const done = await published('ministry-1', reportId);
    expect(done.body).toMatchObject({ reportId, period: thisYear, holderIds: [], requestedBy: { role: 'ministry' }, failureReason: null });
    expect(done.body.progress.factsRead).toBeGreaterThan(0);
    expect(done.body.progress.factsRead).toBe(done.body.progress.totalFacts);

    const json = await call('ministry-1', 'GET', `/api/ministry/reports/${reportId}/report.json`);
    expect(json.status).toBe(200);
    expect(json.headers.get('content-type')).toMatch(/^application\/json/);
    expect(createHash('sha256').update(json.text, 'utf8').digest('hex')).toBe(done.body.sha256);
    expect(json.body.inputs).toMatchObject({ period: { ...thisYear }, asOf: done.body.asOf, positionReached: done.body.positionReached });

    const holders = json.body.holders as HolderFigures[];
    const received = (holderId: string) => holders.find((holder) => holder.holderId === holderId)?.figures.requests.received;
    expect(received('kazatomprom')).toBe(REQUESTS_TO_KAZATOMPROM);
    expect(received('kazmunaygas')).toBe(REQUESTS_TO_KAZMUNAYGAS);
    expect(json.body.total.requests.received).toBe(REQUESTS_TO_KAZATOMPROM + REQUESTS_TO_KAZMUNAYGAS);

    const csv = await call('ministry-1', 'GET', `/api/ministry/reports/${reportId}/report.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.text.split('\n').find((line) => line.startsWith('kazatomprom,'))).toBeDefined();
    for (const language of ['kk', 'ru', 'en']) {
      const html = await call('ministry-1', 'GET', `/api/ministry/reports/${reportId}/report.${language}.html`);
      expect(html.status).toBe(200);
      expect(html.headers.get('content-type')).toMatch(/^text\/html/);
      expect(html.text).toContain(`lang="${language}"`);
      expect(html.text).toContain(done.body.sha256);
    }
  });

  it('anyone with the store rebuilds the same bytes: `npm run report` with the fact’s period and as-of writes the JSON the fact hashes', async () => {
    const state = (await call('ministry-1', 'GET', `/api/ministry/reports/${reportId}`)).body;
    const served = (await call('ministry-1', 'GET', `/api/ministry/reports/${reportId}/report.json`)).text;
    const out = mkdtempSync(path.join(tmpdir(), 'od-report-rebuild-'));
    try {
      const cli = path.join(buildOnce(), 'services', 'reporting', 'src', 'cli', 'report-main.js');
      await promisify(execFile)(process.execPath, [cli, '--from', thisYear.from, '--to', thisYear.to, '--as-of', state.asOf, '--out', out], {
        cwd: path.resolve(__dirname, '../../..'),
        env: { ...process.env, DATABASE_URL: under.database.url },
      });
      const json = readFileSync(path.join(out, 'report.json'), 'utf8');
      expect(createHash('sha256').update(json, 'utf8').digest('hex')).toBe(state.sha256);
      expect(json).toBe(served);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('the same commandId again answers the same report, and no second job', async () => {
    const again = await call('ministry-1', 'POST', '/api/ministry/reports', { commandId, ...thisYear });
    expect(again.status).toBe(201);
    expect(again.body.reportId).toBe(reportId);
    const reused = await call('ministry-1', 'POST', '/api/ministry/reports', { commandId, from: `${year}-02-01`, to: thisYear.to });
    expect(reused.status).toBe(409);
    expect(reused.body.error).toBe('command_id_reused');
  });

  it('B4: Kazatomprom’s officer gets Kazatomprom’s report, and 403 for Kazmunaygas’s or the ministry’s', async () => {
    const own = await call('staff-kap-officer', 'POST', '/api/ministry/reports', { commandId: randomUUID(), ...thisYear, holderIds: ['kazatomprom'] });
    expect(own.status).toBe(201);
    const done = await published('staff-kap-officer', own.body.reportId);
    expect(done.body).toMatchObject({ holderIds: ['kazatomprom'], requestedBy: { role: 'staff', holderId: 'kazatomprom', awpRole: 'information_officer' } });
    const json = await call('staff-kap-officer', 'GET', `/api/ministry/reports/${own.body.reportId}/report.json`);
    expect(json.status).toBe(200);
    expect((json.body.holders as HolderFigures[]).map((holder) => holder.holderId)).toEqual(['kazatomprom']);
    expect(json.body.total.requests.received).toBe(REQUESTS_TO_KAZATOMPROM);

    const other = await call('staff-kap-officer', 'POST', '/api/ministry/reports', { commandId: randomUUID(), ...thisYear, holderIds: ['kazmunaygas'] });
    expect(other.status).toBe(403);
    expect(other.body).toMatchObject({ error: 'report_holders_not_allowed', rule: 'B4', field: 'holderIds' });
    const ministrys = await call('staff-kap-officer', 'GET', `/api/ministry/reports/${reportId}`);
    expect(ministrys.status).toBe(403);
    const ministrysJson = await call('staff-kap-officer', 'GET', `/api/ministry/reports/${reportId}/report.json`);
    expect(ministrysJson.status).toBe(403);
  });

  it('a redelivery of every fact and a restart (consumer, checkpoint gone, the job left as if cut off) publish nothing twice', async () => {
    const before = await call('ministry-1', 'GET', `/api/ministry/reports/${reportId}/report.json`);
    const nc = await under.platform.connectNatsAs('service-reporting');
    const { jsm } = await eventsJetStream(nc, { apiPrefix: EVENTS_API_PREFIX, checkAPI: false });
    await jsm.consumers.delete(testBusNames(LABEL).streamName, 'reporting');
    await nc.drain();
    const db = new Client({ connectionString: under.database.url });
    await db.connect();
    const store = createPostgresEventStore({ connectionString: under.database.url, poolSize: 1 });
    try {
      const reached = Number((await db.query<{ stream_sequence: string }>('SELECT stream_sequence FROM reporting.checkpoints')).rows[0].stream_sequence);
      await db.query('DELETE FROM reporting.checkpoints');
      await db.query(`UPDATE reporting.report_jobs SET status = 'running'`);
      await under.platform.restart('reporting');
      await eventually(
        async () => {
          const { rows } = await db.query<{ stream_sequence: string }>('SELECT stream_sequence FROM reporting.checkpoints');
          const jobs = await db.query<{ status: string }>(`SELECT status FROM reporting.report_jobs WHERE status <> 'published'`);
          return rows[0] && Number(rows[0].stream_sequence) >= reached && jobs.rows.length === 0 ? true : undefined;
        },
        60_000,
        'the reporting checkpoint after the redelivery, and every job seen done',
      );
      const facts = await store.readStream(reportStream(reportId));
      expect(facts.map((fact) => fact.type)).toEqual(['AnnualReportRequested', 'AnnualReportPublished']);
      const after = await call('ministry-1', 'GET', `/api/ministry/reports/${reportId}/report.json`);
      expect(after.text).toBe(before.text);
    } finally {
      await store.close();
      await db.end();
    }
  });

  it('a citizen is refused', async () => {
    const asked = await call('citizen-aigerim', 'POST', '/api/ministry/reports', { commandId: randomUUID(), ...thisYear });
    expect(asked.status).toBe(403);
    expect((await call('citizen-aigerim', 'GET', `/api/ministry/reports/${reportId}`)).status).toBe(403);
  });

  it.each([
    ['an end before the start', { from: `${year}-12-31`, to: `${year}-01-01` }, 'to'],
    ['a start that is no date', { from: 'yesterday', to: thisYear.to }, 'from'],
    ['a date that does not exist', { from: `${year}-02-30`, to: thisYear.to }, 'from'],
    ['an as-of in the future', { ...thisYear, asOf: new Date(Date.now() + 86_400_000).toISOString() }, 'asOf'],
  ])('%s is a 400 naming the field, and nothing is written', async (_, period, field) => {
    const commandId = randomUUID();
    const answer = await call('ministry-1', 'POST', '/api/ministry/reports', { commandId, ...period });
    expect(answer.status).toBe(400);
    expect((answer.body.fields as { field: string }[]).map((problem) => problem.field)).toContain(field);
    expect((await call('ministry-1', 'GET', `/api/ministry/reports/${commandId}`)).status).toBe(404);
  });
});
