import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { REQUEST_LANGUAGES } from '@od/contracts';
import { REQUEST_LIMITS, SEEDED_HOLDERS } from '@od/domain';
import { grantAwpAccess, startFullPlatform, type FullPlatform } from '@od/testing';

// Bad input through the real HTTP API of the real platform: whatever a client sends, the answer is a 4xx
// that says what is wrong, never a 5xx, and nothing reaches the event store.
jest.setTimeout(300_000);

const NUM_RUNS = Number(process.env.BAD_INPUT_RUNS ?? 150);
/** `BAD_INPUT_SEED=<seed fast-check printed>` replays a failure. */
const RUN_OPTIONS = { numRuns: NUM_RUNS, ...(process.env.BAD_INPUT_SEED ? { seed: Number(process.env.BAD_INPUT_SEED) } : {}) };
const citizen = 'citizen-aigerim';
let under: FullPlatform;
let citizenToken: string;
/** Every status and error code seen, per property: the summary printed at the end shows what the runs reached. */
const seen: Record<string, Record<string, number>> = {};

interface Answer {
  readonly status: number;
  readonly body: Record<string, unknown> | undefined;
  readonly text: string;
}

async function send(label: string, path: string, init: { method: 'GET' | 'POST'; body?: string; acceptLanguage?: string }): Promise<Answer> {
  const response = await fetch(`${under.platform.gatewayUrl}${path}`, {
    method: init.method,
    headers: {
      authorization: `Bearer ${citizenToken}`,
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(init.acceptLanguage === undefined ? {} : { 'accept-language': init.acceptLanguage }),
    },
    body: init.body,
    signal: AbortSignal.timeout(20_000),
  });
  const text = await response.text();
  let body: Record<string, unknown> | undefined;
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    body = undefined;
  }
  const outcome = `${response.status} ${typeof body?.error === 'string' ? body.error : ''}`.trim();
  (seen[label] ??= {})[outcome] = (seen[label][outcome] ?? 0) + 1;
  return { status: response.status, body, text };
}

/** 4xx, never 5xx; a 400 says what is wrong and, when a field is at fault, names it and its rule. */
function expectClearRefusal(answer: Answer, input: unknown, options: { fieldsRequired: boolean }) {
  const context = `input ${JSON.stringify(input)?.slice(0, 300)} → ${answer.status} ${answer.text.slice(0, 300)}`;
  if (answer.status < 400 || answer.status >= 500) throw new Error(`expected a 4xx: ${context}`);
  if (answer.status !== 400) return;
  if (typeof answer.body?.error !== 'string' || typeof answer.body?.message !== 'string') throw new Error(`a 400 without error and message: ${context}`);
  if (answer.body.error === 'malformed_json' || answer.body.error === 'malformed_url') return;
  const fields = answer.body.fields as { field?: unknown; rule?: unknown }[] | undefined;
  if (!options.fieldsRequired && fields === undefined) return;
  if (!Array.isArray(fields) || fields.length === 0) throw new Error(`a 400 without fields[]: ${context}`);
  for (const problem of fields) {
    if (typeof problem.field !== 'string' || problem.field === '' || typeof problem.rule !== 'string' || problem.rule === '') {
      throw new Error(`a 400 whose fields[] does not name field and rule: ${context}`);
    }
  }
}

async function expectNothingAppended<T>(work: () => Promise<T>): Promise<T> {
  const before = await under.storedEventCount();
  const result = await work();
  const after = await under.storedEventCount();
  if (after !== before) throw new Error(`${after - before} event(s) appended`);
  return result;
}

// ---- arbitraries -------------------------------------------------------------------------------

const FIELDS = ['commandId', 'holderId', 'subject', 'text', 'language', 'signature'] as const;
type Field = (typeof FIELDS)[number];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HOLDER_ID = /^[a-z0-9-]{1,80}$/;
const knownHolders = new Set(SEEDED_HOLDERS.map((holder) => holder.id));

/** A real signature, made when the body is: over another request, or by another account over this one. */
class LateSignature {
  constructor(readonly kind: 'anotherRequest' | 'anotherSigner') {}
}

/** JSON text put into a body as it is. */
class RawJson {
  constructor(readonly text: string) {}
  toJSON() {
    return `<${this.text.length} characters of JSON>`;
  }
}

const anyJson = fc.jsonValue({ maxDepth: 3 });
const notAString = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.array(anyJson, { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 10 }), anyJson, { maxKeys: 4 }),
  // Deep nesting: a recursive transformer or validator would overflow its stack (sent as text: too deep for JSON.stringify here).
  fc.integer({ min: 20, max: 20_000 }).map((depth) => new RawJson('['.repeat(depth) + ']'.repeat(depth))),
);
const unicode = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 });
/** Longer than `max` characters, in ASCII, Cyrillic or emoji, and still under the 64 kB body limit. */
const longerThan = (max: number) =>
  fc.tuple(fc.constantFrom('x', 'я', '🙂', 'ә'), fc.integer({ min: max + 1, max: max + 4_000 })).map(([unit, length]) => unit.repeat(length));
const huge = longerThan(5_000);
const blank = fc.constantFrom('', ' ', '   ', '\t\n', '\u00a0', '\u3000');

/** A value for `field` that must be refused (by validation, 400, or by the domain: 400 blank, 422 unknown holder). */
const invalidValue: Record<Field, fc.Arbitrary<unknown>> = {
  commandId: fc.oneof(
    notAString,
    unicode.filter((value) => !UUID.test(value)),
    huge,
    fc.uuid().map((uuid) => `${uuid}0`),
    fc.uuid().map((uuid) => uuid.replace(/-/g, '')),
    fc.uuid().map((uuid) => `{${uuid}}`),
    fc.uuid().map((uuid) => uuid.slice(0, 35) + 'g'),
    fc.constant(''),
  ),
  holderId: fc.oneof(
    notAString,
    unicode.filter((value) => !HOLDER_ID.test(value)),
    huge,
    fc.constantFrom('', 'Ministry-Of-Finance', 'ministry_of_finance', 'kazatomprom ', '../kazatomprom', 'kazatomprom\u0000'),
    fc.stringMatching(HOLDER_ID).filter((value) => !knownHolders.has(value)),
  ),
  subject: fc.oneof(notAString, blank, longerThan(REQUEST_LIMITS.subjectMaxLength)),
  text: fc.oneof(notAString, blank, longerThan(REQUEST_LIMITS.textMaxLength)),
  language: fc.oneof(
    notAString,
    unicode.filter((value) => !(REQUEST_LANGUAGES as readonly string[]).includes(value)),
    fc.constantFrom('EN', 'kz', 'en-GB', ' en', 'de', ''),
  ),
  signature: fc.oneof(
    notAString,
    unicode.filter((value) => !/^[A-Za-z0-9+/]*={0,2}$/.test(value)),
    longerThan(60_000).map((value) => value.slice(0, 60_004)),
    // Base64, but not a CMS signature of this request (intake refuses: 422).
    fc.uint8Array({ minLength: 1, maxLength: 3_000 }).map((bytes) => Buffer.from(bytes).toString('base64')),
    fc.constantFrom('', '====', 'A', 'AAAA'),
    fc.constantFrom('anotherRequest', 'anotherSigner').map((kind) => new LateSignature(kind)),
  ),
};

const extraKey = fc.oneof(
  fc.string({ minLength: 1, maxLength: 20 }).filter((key) => !(FIELDS as readonly string[]).includes(key)),
  fc.constantFrom(...Object.getOwnPropertyNames(Object.prototype), 'prototype', 'iin', 'actor', 'author', 'requestId', 'commandId ', 'holderid', ''),
);

type Mutation = { kind: 'missing'; field: Field } | { kind: 'invalid'; field: Field; value: unknown } | { kind: 'extra'; key: string; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constantFrom(...FIELDS).map((field): Mutation => ({ kind: 'missing', field })),
  fc.constantFrom(...FIELDS).chain((field) => invalidValue[field].map((value): Mutation => ({ kind: 'invalid', field, value }))),
  fc.tuple(extraKey, anyJson).map(([key, value]): Mutation => ({ kind: 'extra', key, value })),
);

function aValidRequest() {
  return {
    commandId: randomUUID(),
    holderId: 'kazatomprom',
    subject: 'Budget of school No. 12',
    text: 'Please publish the 2026 budget.',
    language: 'en',
  };
}

/** A request the citizen signed (R1): valid as it is, so what is wrong with a mutated one is the mutation. */
async function aSignedRequest(): Promise<Record<string, unknown>> {
  return under.signers.sign(citizen, aValidRequest());
}

/** JSON text built with own keys only, so `__proto__` is sent as a key and not lost on the client. */
function objectJson(entries: readonly (readonly [string, unknown])[]): string {
  const json = (value: unknown) => (value instanceof RawJson ? value.text : (JSON.stringify(value) ?? 'null'));
  return `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${json(value)}`).join(',')}}`;
}

/** A signed request with one to four things wrong with it, as JSON text. */
async function mutatedRequestJson(mutations: readonly Mutation[]): Promise<string> {
  const entries = new Map<string, unknown>(Object.entries(await aSignedRequest()));
  for (const change of mutations) {
    if (change.kind === 'missing') entries.delete(change.field);
    else if (change.kind === 'invalid') entries.set(change.field, change.value);
    else entries.set(change.key, change.value);
  }
  for (const [key, value] of entries) {
    if (value instanceof LateSignature) {
      const current = Object.fromEntries(entries) as ReturnType<typeof aValidRequest>;
      const signable = ['commandId', 'holderId', 'subject', 'text', 'language'].every((field) => typeof entries.get(field) === 'string');
      const signed =
        value.kind === 'anotherSigner' && signable ? await under.signers.sign('citizen-dana', current) : await under.signers.sign(citizen, aValidRequest());
      entries.set(key, signed.signature);
    }
  }
  return objectJson([...entries]);
}

const notJson = fc.string({ minLength: 1, maxLength: 200 }).filter((text) => {
  try {
    JSON.parse(text);
    return false;
  } catch {
    return true;
  }
});

/** The raw body sent: a damaged request, JSON that is not an object, or text that is not JSON at all. */
type BadBody = { kind: 'mutated'; mutations: Mutation[] } | { kind: string; json: string };
const badBody: fc.Arbitrary<BadBody> = fc.oneof(
  { weight: 8, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 4 }).map((mutations): BadBody => ({ kind: 'mutated', mutations })) },
  {
    weight: 1,
    arbitrary: fc.oneof(fc.integer(), fc.string(), fc.boolean(), fc.constant(null)).map((value) => ({ kind: 'scalar', json: JSON.stringify(value) })),
  },
  {
    weight: 1,
    arbitrary: fc.array(fc.oneof(anyJson, fc.constant(aValidRequest())), { maxLength: 3 }).map((value) => ({ kind: 'array', json: JSON.stringify(value) })),
  },
  { weight: 1, arbitrary: notJson.map((json) => ({ kind: 'not-json', json })) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 120 }).map((cut) => ({ kind: 'truncated', json: JSON.stringify(aValidRequest()).slice(0, cut) })) },
  { weight: 1, arbitrary: fc.constantFrom('', '{}', '[]', '{"":""}').map((json) => ({ kind: 'empty', json })) },
);

const notUuidSegment = fc
  .oneof(
    unicode.filter((value) => !UUID.test(value)),
    fc.uuid().map((uuid) => `${uuid}0`),
    fc.uuid().map((uuid) => uuid.slice(1)),
    fc.uuid().map((uuid) => uuid.replace(/-/g, '')),
    fc.uuid().map((uuid) => uuid.slice(0, 35) + 'z'),
    fc.integer().map(String),
    fc.constantFrom('null', 'undefined', '0', '-1', '00000000-0000-0000-0000-00000000000', "1' OR '1'='1", '<script>', 'request-1'),
    fc.integer({ min: 100, max: 6_000 }).map((length) => 'a'.repeat(length)),
  )
  .map((value) => encodeURIComponent(value));
/** Sent as they are: percent-encodings that do not decode, control characters, traversal. */
const rawSegment = fc.constantFrom('%FF', '%E0%A4%A', '%', '%zz', '%00', '%C0%AF', '..%2F..%2Fetc%2Fpasswd', '%2e%2e');

const POSITION = /^\d{1,20}:\d{1,20}$/;
const badPosition = fc.oneof(
  fc.string({ maxLength: 40 }).filter((value) => !POSITION.test(value)),
  fc.constantFrom('-1:2', '1:-2', '1', ':', '1:2:3', 'a:b', '1.5:2', ' 1:2', '1:2 ', '１:２', `${'9'.repeat(21)}:1`, `1:${'9'.repeat(21)}`),
  unicode.filter((value) => !POSITION.test(value)),
);
const isValidWait = (value: string) => {
  const number = Number(value);
  return Number.isInteger(number) && number >= 0 && number <= 10_000;
};
const badWait = fc
  .oneof(
    fc.integer({ max: -1 }).map(String),
    fc.integer({ min: 10_001 }).map(String),
    fc.double({ noNaN: true }).map(String),
    fc.string({ maxLength: 20 }),
    fc.constantFrom('NaN', 'Infinity', '-0.5', '1e9', '10001', '0x2711', 'true', 'null'),
  )
  .filter((value) => !isValidWait(value));

/** Query pairs with at least one thing wrong; never a valid wait, so no call waits for the read model. */
const badQuery = fc
  .record(
    {
      atLeastPosition: fc.option(
        fc.oneof(
          badPosition.map((value) => [value]),
          fc.tuple(badPosition, badPosition),
        ),
        { nil: undefined },
      ),
      waitMs: fc.option(
        fc.oneof(
          badWait.map((value) => [value]),
          fc.tuple(fc.constantFrom('1', '100'), badWait),
        ),
        { nil: undefined },
      ),
      extra: fc.option(
        fc.tuple(
          fc.oneof(
            fc.string({ minLength: 1, maxLength: 20 }).filter((key) => key !== 'atLeastPosition' && key !== 'waitMs'),
            fc.constantFrom('iin', 'waitms', 'atLeastPosition[]', 'waitMs[0]', 'prototype', ...Object.getOwnPropertyNames(Object.prototype)),
          ),
          fc.string({ maxLength: 20 }),
        ),
        { nil: undefined },
      ),
    },
    { requiredKeys: [] },
  )
  .filter((query) => query.atLeastPosition !== undefined || query.waitMs !== undefined || query.extra !== undefined)
  .map((query) => {
    const params = new URLSearchParams();
    for (const value of query.atLeastPosition ?? []) params.append('atLeastPosition', value);
    for (const value of query.waitMs ?? []) params.append('waitMs', value);
    if (query.extra) params.append(query.extra[0], query.extra[1]);
    return params.toString();
  });

// ---- unsafe text in every command endpoint's free-text fields ---------------------------------------

/** Characters that must never reach a store or a reader, one kind at a time. */
const unsafeCharacter = fc.constantFrom(
  '\u0000', // NUL: PostgreSQL's text cannot hold it
  '\u0007',
  '\u001B',
  '\uD800', // lone high surrogate
  '\uDBFF',
  '\uDC00', // lone low surrogate
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E', // bidi embeddings and overrides
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069', // bidi isolates
);
const invisibleOnly = fc
  .array(fc.constantFrom('\u200B', '\u200C', '\u200D', '\uFEFF', '\u2060', '\u00AD', '\u3164', ' '), { minLength: 1, maxLength: 6 })
  .filter((units) => units.some((unit) => unit !== ' '))
  .map((units) => units.join(''));
/** How a valid text is spoilt: an unsafe character put in at some place, or the whole text replaced by invisible characters. */
const unsafeTextChange: fc.Arbitrary<(valid: string) => string> = fc.oneof(
  fc.tuple(unsafeCharacter, fc.nat()).map(([character, at]) => (valid: string) => {
    const place = valid.length === 0 ? 0 : at % (valid.length + 1);
    return valid.slice(0, place) + character + valid.slice(place);
  }),
  invisibleOnly.map((text) => () => text),
);

interface CommandEndpoint {
  readonly route: string;
  readonly path: string;
  readonly account: string;
  readonly body: () => Record<string, unknown>;
  /** The free-text fields, as the 400 names them (`moderator.surname`, `questions.0.text.ru`). */
  readonly fields: readonly string[];
}

const someId = randomUUID();
const kkRu = (text: string) => ({ kk: `${text} (kk)`, ru: `${text} (ru)`, en: `${text} (en)` });
const awpTarget = { holderId: 'kazatomprom', employeeIin: '780302300111', role: 'administrator' };
const COMMAND_ENDPOINTS: readonly CommandEndpoint[] = [
  { route: '/api/requests', path: '/api/requests', account: citizen, body: () => ({ ...aValidRequest(), signature: 'AAAA' }), fields: ['subject', 'text'] },
  {
    route: '/api/requests/:id/rating',
    path: `/api/requests/${someId}/rating`,
    account: citizen,
    body: () => ({ commandId: randomUUID(), rating: 'dislike', reason: 'No figures by region' }),
    fields: ['reason'],
  },
  {
    route: '/api/requests/:id/redirection',
    path: `/api/requests/${someId}/redirection`,
    account: 'staff-kap-admin',
    body: () => ({ commandId: randomUUID(), toHolderId: 'kazmunaygas', reason: 'Hospitals are theirs' }),
    fields: ['reason'],
  },
  {
    route: '/api/requests/:id/return',
    path: `/api/requests/${someId}/return`,
    account: 'staff-kap-admin',
    body: () => ({ commandId: randomUUID(), reasonCode: 'no_user_name', reasonText: 'No name given' }),
    fields: ['reasonText'],
  },
  {
    route: '/api/requests/:id/drafts',
    path: `/api/requests/${someId}/drafts`,
    account: 'staff-kap-responder',
    body: () => ({ commandId: randomUUID(), text: 'Draft answer' }),
    fields: ['text'],
  },
  {
    route: '/api/requests/:id/answer',
    path: `/api/requests/${someId}/answer`,
    account: 'staff-kap-responder',
    body: () => ({ commandId: randomUUID(), text: 'The answer' }),
    fields: ['text'],
  },
  {
    route: '/api/requests/:id/extension',
    path: `/api/requests/${someId}/extension`,
    account: 'staff-kap-head',
    body: () => ({ commandId: randomUUID(), days: 10, otherHolderIds: ['kazmunaygas'], reason: 'Two ministries' }),
    fields: ['reason'],
  },
  {
    route: '/api/requests/:id/refusal',
    path: `/api/requests/${someId}/refusal`,
    account: 'staff-kap-admin',
    body: () => ({ commandId: randomUUID(), groundCode: 'state_secrets', reasonText: 'A state secret' }),
    fields: ['reasonText'],
  },
  {
    route: '/api/awp-access/denials',
    path: '/api/awp-access/denials',
    account: 'operator-1',
    body: () => ({ commandId: randomUUID(), ...awpTarget, reason: 'Not employed there' }),
    fields: ['reason'],
  },
  {
    route: '/api/awp-access/trainings',
    path: '/api/awp-access/trainings',
    account: 'operator-1',
    body: () => ({ commandId: randomUUID(), ...awpTarget, course: 'AWP basics', trainedOn: '2026-01-20' }),
    fields: ['course'],
  },
  {
    route: '/api/conferences',
    path: '/api/conferences',
    account: 'staff-kap-admin',
    body: () => ({
      commandId: randomUUID(),
      startsAt: '2027-03-01T10:00:00+05:00',
      endsAt: '2027-03-02T18:00:00+05:00',
      title: kkRu('Budget'),
      summary: kkRu('Budget 2027'),
      description: kkRu('The 2027 budget, questions and answers'),
      moderator: {
        surname: 'Серикова',
        name: 'Айгерим',
        patronymic: 'Болатовна',
        iin: '780302300111',
        position: 'Head of press office',
        email: 'press@minfin.gov.kz',
        phone: '+77011234567',
      },
    }),
    fields: [
      'title.kk',
      'summary.ru',
      'description.en',
      'moderator.surname',
      'moderator.name',
      'moderator.patronymic',
      'moderator.position',
      'moderator.email',
    ],
  },
  {
    route: '/api/conferences/:id/return',
    path: `/api/conferences/${someId}/return`,
    account: 'operator-1',
    body: () => ({ commandId: randomUUID(), reason: 'Dates overlap' }),
    fields: ['reason'],
  },
  {
    route: '/api/conferences/:id/announcement',
    path: `/api/conferences/${someId}/announcement`,
    account: 'staff-kap-admin',
    body: () => ({ commandId: randomUUID(), url: 'https://minfin.gov.kz/news/1' }),
    fields: ['url'],
  },
  {
    route: '/api/conferences/:id/questions',
    path: `/api/conferences/${someId}/questions`,
    account: citizen,
    body: () => ({ commandId: randomUUID(), text: 'When is the budget published?' }),
    fields: ['text'],
  },
  {
    route: '/api/conferences/:id/questions/:q/answer',
    path: `/api/conferences/${someId}/questions/${randomUUID()}/answer`,
    account: 'staff-kap-responder',
    body: () => ({ commandId: randomUUID(), text: 'In March' }),
    fields: ['text'],
  },
  {
    route: '/api/holders/:holderId/topic-applications',
    path: '/api/holders/kazatomprom/topic-applications',
    account: citizen,
    body: () => ({ commandId: randomUUID(), topic: 'School budgets', text: 'Please hold a conference', language: 'en' }),
    fields: ['topic', 'text'],
  },
  {
    route: '/api/topic-applications/:id/refusal',
    path: `/api/topic-applications/${someId}/refusal`,
    account: 'staff-kap-admin',
    body: () => ({ commandId: randomUUID(), reason: 'Not our competence' }),
    fields: ['reason'],
  },
  {
    route: '/api/surveys',
    path: '/api/surveys',
    account: 'staff-kap-admin',
    body: () => ({
      commandId: randomUUID(),
      category: 'Budget',
      name: kkRu('Budget survey'),
      launchDate: '2027-03-01',
      closingDate: '2027-03-31',
      resultsVisibility: 'live',
      questions: [{ kind: 'single', text: kkRu('Which school first?'), options: [{ text: kkRu('No. 12') }, { text: kkRu('No. 7') }] }],
    }),
    fields: ['category', 'name.kk', 'questions.0.text.ru', 'questions.0.options.1.text.en'],
  },
  {
    route: '/api/surveys/:id/return',
    path: `/api/surveys/${someId}/return`,
    account: 'operator-1',
    body: () => ({ commandId: randomUUID(), reason: 'Questions unclear' }),
    fields: ['reason'],
  },
  {
    route: '/api/surveys/:id/announcements',
    path: `/api/surveys/${someId}/announcements`,
    account: 'staff-kap-admin',
    body: () => ({ commandId: randomUUID(), url: 'https://minfin.gov.kz/news/2' }),
    fields: ['url'],
  },
];
const TEXT_FIELDS = COMMAND_ENDPOINTS.flatMap((endpoint) => endpoint.fields.map((field) => [endpoint, field] as const));

const tokens = new Map<string, string>();
async function tokenOf(account: string): Promise<string> {
  if (!tokens.has(account)) tokens.set(account, await under.platform.tokenFor(account));
  return tokens.get(account)!;
}

/** Sends the endpoint's valid body with `field` spoilt by `change`: a 400 naming that field with rule isSafeText, nothing appended. */
async function expectUnsafeTextRefused(endpoint: CommandEndpoint, field: string, change: (valid: string) => string): Promise<void> {
  const body = endpoint.body();
  const path = field.split('.');
  const parent = path.slice(0, -1).reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, body);
  const key = path[path.length - 1];
  parent[key] = change(String(parent[key] ?? ''));
  const answer = await expectNothingAppended(async () => {
    const response = await fetch(`${under.platform.gatewayUrl}${endpoint.path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await tokenOf(endpoint.account)}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(20_000),
    });
    const text = await response.text();
    const parsed = JSON.parse(text) as Record<string, unknown>;
    const label = `POST ${endpoint.route} (text)`;
    const outcome = `${response.status} ${typeof parsed.error === 'string' ? parsed.error : ''}`.trim();
    (seen[label] ??= {})[outcome] = (seen[label][outcome] ?? 0) + 1;
    return { status: response.status, body: parsed, text };
  });
  const fields = (answer.body.fields ?? []) as { field: string; rule: string }[];
  if (answer.status !== 400 || !fields.some((problem) => problem.field === field && problem.rule === 'isSafeText')) {
    throw new Error(`${endpoint.route} ${field} = ${JSON.stringify(parent[key])} → ${answer.status} ${answer.text.slice(0, 300)}`);
  }
}

// ---- the platform ------------------------------------------------------------------------------

beforeAll(async () => {
  // The rate limit is raised so that hundreds of calls from one account are never 429. The access service
  // answers the AWP lookups of the staff endpoints; the services that decide are not needed, since nothing
  // bad may get past the gateway (had it, the answer would be a 503 and the property would fail).
  under = await startFullPlatform('gatewaybadinput', { GATEWAY_RATE_LIMIT: '1000000' }, [
    'identity-dev',
    'relay',
    'intake',
    'access',
    'projections',
    'gateway',
  ]);
  citizenToken = await under.platform.tokenFor(citizen);
  for (const [account, role] of [
    ['staff-kap-admin', 'administrator'],
    ['staff-kap-responder', 'responder'],
    ['staff-kap-head', 'first_head'],
  ] as const) {
    await grantAwpAccess(under.platform, account, role);
  }
});

afterAll(async () => {
  // eslint-disable-next-line no-console
  console.log(`statuses seen per property: ${JSON.stringify(seen)}`);
  await under?.stop();
});

afterEach(async () => {
  const health = await fetch(`${under.platform.gatewayUrl}/health`);
  expect(health.status).toBe(200);
});

describe('Bad input to the gateway', () => {
  it('the valid request the generators start from is accepted and appends one event (so a refusal is the mutation’s doing)', async () => {
    const before = await under.storedEventCount();
    const answer = await send('valid', '/api/requests', { method: 'POST', body: JSON.stringify(await aSignedRequest()) });
    expect(answer.status).toBe(201);
    expect(await under.storedEventCount()).toBe(before + 1);
  });

  it(`POST /api/requests: ${NUM_RUNS} bad bodies are each refused with a clear 4xx and append nothing`, async () => {
    await fc.assert(
      fc.asyncProperty(badBody, async (body) => {
        const json = 'json' in body ? body.json : await mutatedRequestJson(body.mutations);
        const answer = await expectNothingAppended(() => send('POST /api/requests', '/api/requests', { method: 'POST', body: json }));
        expectClearRefusal(answer, { kind: body.kind, json }, { fieldsRequired: true });
      }),
      RUN_OPTIONS,
    );
  });

  it(`GET /api/requests/:requestId: ${NUM_RUNS} bad ids are each refused with a 4xx and append nothing`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 5, arbitrary: notUuidSegment }, { weight: 1, arbitrary: rawSegment }), async (segment) => {
        const answer = await expectNothingAppended(() => send('GET /api/requests/:requestId (id)', `/api/requests/${segment}`, { method: 'GET' }));
        // A segment the router normalises away (e.g. '..') reaches another route, so fields[] is not required of every answer.
        expectClearRefusal(answer, segment, { fieldsRequired: false });
      }),
      RUN_OPTIONS,
    );
  });

  it(`GET /api/requests/:requestId?atLeastPosition&waitMs: ${NUM_RUNS} bad queries are each refused with a 400 naming the field`, async () => {
    await fc.assert(
      fc.asyncProperty(badQuery, async (query) => {
        const answer = await expectNothingAppended(() =>
          send('GET /api/requests/:requestId (query)', `/api/requests/${randomUUID()}?${query}`, { method: 'GET' }),
        );
        expectClearRefusal(answer, query, { fieldsRequired: true });
        if (answer.status !== 400) throw new Error(`expected 400 for ?${query}, got ${answer.status} ${answer.text.slice(0, 200)}`);
      }),
      RUN_OPTIONS,
    );
  });

  it('a bad :requestId is a 400 naming fields[] { field: "requestId", rule: "isUuid" }', async () => {
    const answer = await send('GET /api/requests/:requestId (id)', '/api/requests/not-a-uuid', { method: 'GET' });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error: 'validation_failed', fields: [{ field: 'requestId', rule: 'isUuid', message: 'Must be a UUID' }] });
  });

  // Intl writes 10 000 with a no-break space in kk and ru.
  const spaced = (text: unknown) => String(text).replace(/[\u00A0\u202F]/g, ' ');
  const subjectAndText = (answer: Answer) =>
    (answer.body?.fields as { field: string; rule: string; message: string }[]).map((problem) => [problem.field, problem.rule, spaced(problem.message)]);

  it.each([
    ['ru-RU,ru;q=0.9,en;q=0.8', 'В запросе есть неверно заполненные поля', 'Не может быть пустым', 'Не длиннее 10 000 символов'],
    ['kk-KZ', 'Сұраныстың кейбір өрістері қате толтырылған', 'Бос болмауы керек', '10 000 таңбадан аспауы керек'],
    ['en-GB,en;q=0.9', 'The request has invalid fields', 'Must not be empty', 'Must be at most 10,000 characters long'],
    // No language the platform speaks: English, as for a client that sends no Accept-Language.
    ['fr-FR', 'The request has invalid fields', 'Must not be empty', 'Must be at most 10,000 characters long'],
  ])(
    'Accept-Language: %s — a request with an empty subject and a text over its limit is a 400 whose messages are in that language, each field with its rule, the three languages alongside, and appends nothing',
    async (acceptLanguage, message, emptySubject, textTooLong) => {
      const body = { ...(await aSignedRequest()), subject: '', text: 'я'.repeat(REQUEST_LIMITS.textMaxLength + 1) };
      const answer = await expectNothingAppended(() =>
        send('POST /api/requests (Accept-Language)', '/api/requests', { method: 'POST', body: JSON.stringify(body), acceptLanguage }),
      );
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({ error: 'validation_failed', message });
      expect(subjectAndText(answer)).toEqual([
        ['subject', 'isNotEmpty', emptySubject],
        ['text', 'maxLength', textTooLong],
      ]);
      const [, text] = answer.body?.fields as { messages: Record<string, string> }[];
      expect(Object.keys(text.messages).sort()).toEqual(['en', 'kk', 'ru']);
      expect(spaced(text.messages.ru)).toBe('Не длиннее 10 000 символов');
    },
  );

  it('without Accept-Language a 400 is in English, as before; a refusal by a pipe (a bad :requestId, an unknown field) follows Accept-Language too', async () => {
    const english = await send('POST /api/requests (Accept-Language)', '/api/requests', {
      method: 'POST',
      body: JSON.stringify({ ...(await aSignedRequest()), subject: '' }),
    });
    expect(subjectAndText(english)).toEqual([['subject', 'isNotEmpty', 'Must not be empty']]);

    const badId = await send('GET /api/requests/:requestId (id)', '/api/requests/not-a-uuid', { method: 'GET', acceptLanguage: 'kk' });
    expect(badId.body).toMatchObject({ fields: [{ field: 'requestId', rule: 'isUuid', message: 'UUID идентификаторы болуы керек' }] });

    const unknownField = await send('POST /api/requests (Accept-Language)', '/api/requests', {
      method: 'POST',
      body: JSON.stringify({ ...(await aSignedRequest()), author: 'someone' }),
      acceptLanguage: 'ru',
    });
    expect(subjectAndText(unknownField)).toEqual([['author', 'whitelistValidation', 'Неизвестное поле: уберите его из запроса']]);
  });

  it('every free-text field of every command endpoint, with a NUL in it, is a 400 naming the field (isSafeText) and appends nothing', async () => {
    for (const [endpoint, field] of TEXT_FIELDS) await expectUnsafeTextRefused(endpoint, field, (valid) => `${valid}\u0000`);
  });

  it(`every command endpoint: ${NUM_RUNS} free-text fields with NUL, lone surrogates, control or bidi characters, or only invisible ones are each a 400 naming the field (isSafeText) and append nothing`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...TEXT_FIELDS), unsafeTextChange, async ([endpoint, field], change) =>
        expectUnsafeTextRefused(endpoint, field, change),
      ),
      RUN_OPTIONS,
    );
  });

  it('the gateway logged no server error while refusing all of it', () => {
    const errors = (under.platform.logs.gateway ?? [])
      .join('')
      .split('\n')
      .filter((line) => /"level":(50|60)/.test(line));
    expect(errors).toEqual([]);
  });
});
