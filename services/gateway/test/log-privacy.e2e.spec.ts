import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { startFullPlatform, type FullPlatform } from '@od/testing';

// Logs carry no IIN, BIN, phone number, name or access token: an integration flow at debug level, with
// successes and failures, then every line every service wrote is searched for them.
jest.setTimeout(120_000);

let under: FullPlatform;

interface Secret {
  readonly what: string;
  readonly value: string;
}

/** A Kazakh phone number however it is written: +7 / 8, then 10 digits with spaces, dashes or brackets. */
const PHONE = /(?<![\w])(?:\+7|8)[\s-]?\(?\d{3}\)?[\s-]?\d{3}[\s-]?\d{2}[\s-]?\d{2}(?!\d)/;
const PHONE_IN_TEXT = '+7 701 234 56 78';

/** Every line that holds a secret or a phone number, with what it holds. */
function findLeaks(lines: readonly string[], secrets: readonly Secret[]): string[] {
  return lines.flatMap((line) => [
    ...secrets.filter(({ value }) => line.includes(value)).map(({ what }) => `${what} in: ${line.slice(0, 400)}`),
    ...(PHONE.test(line) ? [`a phone number in: ${line.slice(0, 400)}`] : []),
  ]);
}

function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;
}

function linesOf(chunks: readonly string[]): string[] {
  return chunks
    .join('')
    .split('\n')
    .filter((line) => line.trim() !== '');
}

function allLines(): string[] {
  return Object.entries(under.platform.logs).flatMap(([service, chunks]) => linesOf(chunks).map((line) => `[${service}] ${line}`));
}

/** How many lines each service has written so far. */
function lineCounts(): Record<string, number> {
  return Object.fromEntries(Object.entries(under.platform.logs).map(([service, chunks]) => [service, linesOf(chunks).length]));
}

/** The lines each service wrote after `counts` was taken (services' lines are kept apart, so slice each). */
function linesSince(counts: Record<string, number>): string[] {
  return Object.entries(under.platform.logs).flatMap(([service, chunks]) =>
    linesOf(chunks)
      .slice(counts[service] ?? 0)
      .map((line) => `[${service}] ${line}`),
  );
}

async function call(path: string, token: string | undefined, init: { method?: string; body?: unknown } = {}) {
  const response = await fetch(`${under.platform.gatewayUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(init.body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
  });
  const text = await response.text();
  return { status: response.status, body: (text.startsWith('{') ? JSON.parse(text) : {}) as Record<string, unknown> };
}

function aRequest(overrides: Record<string, unknown> = {}) {
  return {
    commandId: randomUUID(),
    holderId: 'kazatomprom',
    subject: 'Budget of school No. 12',
    text: 'Please publish the 2026 budget.',
    language: 'en',
    ...overrides,
  };
}

beforeAll(async () => {
  // Debug level in every service: the most a misconfigured production could write.
  under = await startFullPlatform('gatewaylogprivacy', { LOG_LEVEL: 'debug', GATEWAY_RATE_LIMIT: '100000' }, [
    'identity-dev',
    'relay',
    'intake',
    'access',
    'projections',
    'gateway',
  ]);
});

afterAll(async () => {
  await under?.stop();
});

describe('Logs carry no personal data', () => {
  it('the leak finder finds an IIN, a token and a phone number (so a clean scan below means something)', () => {
    const secrets = [
      { what: 'IIN', value: '900101300017' },
      { what: 'token', value: 'eyJhbGciOi.abc.def' },
    ];
    expect(
      findLeaks(['{"msg":"citizen 900101300017"}', '{"h":"Bearer eyJhbGciOi.abc.def"}', `{"msg":"call ${PHONE_IN_TEXT}"}`, '{"msg":"ok"}'], secrets),
    ).toHaveLength(3);
  });

  it('after successes and failures by citizens and an organisation at debug level, no service logged an IIN, BIN, phone, name or token', async () => {
    // Every seeded account's token: the IINs and BINs to look for are the ones the tokens carry.
    const names = ['citizen-aigerim', 'citizen-dana', 'citizen-no-phone', 'org-astana-tech', 'staff-kap-admin', 'operator-1'];
    const tokens = Object.fromEntries(await Promise.all(names.map(async (name) => [name, await under.platform.tokenFor(name)] as const))) as Record<
      string,
      string
    >;
    const secrets: Secret[] = Object.entries(tokens).flatMap(([name, token]) => {
      const claims = claimsOf(token);
      const [, payload, signature] = token.split('.');
      return [
        { what: `${name}'s token`, value: token },
        { what: `${name}'s token payload`, value: payload },
        { what: `${name}'s token signature`, value: signature },
        ...(typeof claims.iin === 'string' ? [{ what: `${name}'s IIN`, value: claims.iin }] : []),
        ...(typeof claims.bin === 'string' ? [{ what: `${name}'s BIN`, value: claims.bin }] : []),
      ];
    });
    const iins = secrets.filter(({ what }) => what.endsWith('IIN') || what.endsWith('BIN'));
    expect(iins.length).toBeGreaterThanOrEqual(names.length);
    secrets.push({ what: 'a display name', value: 'Aigerim (citizen)' }, { what: 'a display name', value: 'Astana Tech LLP' });

    const submitted: string[] = [];
    for (const account of ['citizen-aigerim', 'citizen-dana', 'citizen-no-phone', 'org-astana-tech']) {
      const token = tokens[account];
      const iin = (claimsOf(token).iin ?? claimsOf(token).bin) as string;

      // Signed (R1) and accepted, and read back through the projection; without a verified phone, refused (403).
      const signed = await under.signers.sign(account, aRequest({ text: `Please call me back at ${PHONE_IN_TEXT} about the budget.` }));
      const ok = await call('/api/requests', token, { method: 'POST', body: signed });
      if (account === 'citizen-no-phone') {
        expect(ok.status).toBe(403);
        continue;
      }
      expect(ok.status).toBe(201);
      submitted.push(ok.body.requestId as string);
      const read = await call(`/api/requests/${ok.body.requestId}?atLeastPosition=${ok.body.position}&waitMs=5000`, token);
      expect(read.status).toBe(200);
      // Signed by someone else, and signed over other content: refused in intake.
      expect(
        (
          await call('/api/requests', token, {
            method: 'POST',
            body: await under.signers.sign('citizen-dana' === account ? 'citizen-aigerim' : 'citizen-dana', aRequest()),
          })
        ).status,
      ).toBe(422);
      expect(
        (await call('/api/requests', token, { method: 'POST', body: { ...signed, commandId: randomUUID(), text: 'Changed after signing.' } })).status,
      ).toBe(422);

      // Refused in the gateway: validation, an extra field holding personal data, malformed JSON, an IIN in the path and query.
      expect((await call('/api/requests', token, { method: 'POST', body: aRequest({ language: 'de', iin, phone: PHONE_IN_TEXT }) })).status).toBe(400);
      expect((await call('/api/requests', token, { method: 'POST', body: `{"iin":"${iin}","phone":"${PHONE_IN_TEXT}",` })).status).toBe(400);
      expect((await call(`/api/requests/${iin}`, token)).status).toBe(400);
      expect((await call(`/api/requests/${randomUUID()}?iin=${iin}`, token)).status).toBe(400);
      // Refused in intake: the IIN typed where the holder goes (a valid-looking holder id nobody has).
      const unknownHolder = await call('/api/requests', token, { method: 'POST', body: await under.signers.sign(account, aRequest({ holderId: iin })) });
      expect(unknownHolder.status).toBe(422);
      // Someone else's request reads as missing.
      const other = account === 'citizen-aigerim' ? tokens['citizen-dana'] : tokens['citizen-aigerim'];
      expect((await call(`/api/requests/${ok.body.requestId}`, other)).status).toBe(404);
      // A role that may not submit, a token that is refused, none at all.
      expect((await call('/api/requests', tokens['operator-1'], { method: 'POST', body: aRequest() })).status).toBe(403);
      expect((await call('/api/requests', `${token.slice(0, -4)}AAAA`, { method: 'POST', body: aRequest() })).status).toBe(401);
      expect((await call('/api/requests', undefined, { method: 'POST', body: aRequest() })).status).toBe(401);
    }
    // Let the relay and projections write what they write about the last events.
    await new Promise((resolve) => setTimeout(resolve, 1_000));

    const lines = allLines();
    // The scan sees the lines that matter: every service wrote, and the gateway logged each request it served.
    for (const service of ['identity-dev', 'relay', 'intake', 'projections', 'gateway'])
      expect(lines.some((line) => line.startsWith(`[${service}]`))).toBe(true);
    expect(lines.length).toBeGreaterThan(50);
    const gatewayLines = lines.filter((line) => line.startsWith('[gateway]'));
    for (const requestId of submitted) expect(gatewayLines.some((line) => line.includes(requestId))).toBe(true);
    // The line about the IIN in the path is there, with the IIN scrubbed out of its URL.
    expect(gatewayLines.some((line) => line.includes('"url":"/api/requests/[iin-or-bin]"'))).toBe(true);

    expect(findLeaks(lines, secrets)).toEqual([]);
  });

  it('errors whose messages name a stream with an IIN, and tokens in query strings, leave no IIN or token in any log', async () => {
    const operator = await under.platform.tokenFor('operator-1');
    const citizen = await under.platform.tokenFor('citizen-aigerim');
    const employeeIin = '850505400018';
    // The store refuses appends to AWP access streams the way a failing database would: with an error whose
    // message names the stream, `awpaccess-<holder>-<iin>-<role>`; the access service logs that failure.
    const database = new Client({ connectionString: under.database.url });
    await database.connect();
    try {
      await database.query(`CREATE FUNCTION event_store.refuse_awp_appends() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'refusing to append to stream %', NEW.stream_id USING DETAIL = 'stream ' || NEW.stream_id; END $$`);
      await database.query(
        `CREATE TRIGGER refuse_awp_appends BEFORE INSERT ON event_store.events FOR EACH ROW WHEN (NEW.stream_id LIKE 'awpaccess-%') EXECUTE FUNCTION event_store.refuse_awp_appends()`,
      );
      const before = lineCounts();
      const refused = await call('/api/awp-access/applications', operator, {
        method: 'POST',
        body: { commandId: randomUUID(), holderId: 'kazatomprom', employeeIin, role: 'responder' },
      });
      expect(refused.status).toBe(500);
      // Tokens in query strings: a caller (or a broken client) puts them there.
      expect((await call(`/api/me?access_token=${citizen}`, citizen)).status).toBe(200);
      expect((await call(`/api/me?token=${citizen}&x=1`, undefined)).status).toBe(401);
      await new Promise((resolve) => setTimeout(resolve, 500));

      const lines = linesSince(before);
      // The failure was logged (so the scan means something), and the requests with tokens were too.
      expect(
        lines.some((line) => line.startsWith('[access]') && line.includes('refusing to append to stream awpaccess-kazatomprom-[iin-or-bin]-responder')),
      ).toBe(true);
      expect(lines.some((line) => line.startsWith('[gateway]') && line.includes('/api/me?access_token=[redacted]'))).toBe(true);
      const [, payload, signature] = citizen.split('.');
      const secrets = [
        { what: 'the employee IIN', value: employeeIin },
        { what: 'a token', value: citizen },
        { what: 'a token payload', value: payload },
        { what: 'a token signature', value: signature },
      ];
      expect(findLeaks(allLines(), secrets)).toEqual([]);
    } finally {
      await database.query('DROP TRIGGER IF EXISTS refuse_awp_appends ON event_store.events');
      await database.end();
    }
  });
});
