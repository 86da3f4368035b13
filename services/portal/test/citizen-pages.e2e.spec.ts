import { randomUUID } from 'node:crypto';
import { callApi, eventually, grantAwpAccess, startFullPlatform, type FullPlatform } from '@od/testing';
import { PortalUser } from './portal-user';

jest.setTimeout(240_000);

/**
 * A citizen's pages against the real platform: requests submitted and handled through the API, read on the
 * portal — my requests, a request with its answer, deadlines and history, the rating form (R7), notices.
 */
let under: FullPlatform;
let answeredId: string;
let acceptedId: string;
let aigerim: PortalUser;

const call = (account: string, method: string, path: string, body?: unknown) => callApi(under.platform, account, method, path, body);

async function act(account: string, requestId: string, action: string, body: Record<string, unknown> = {}): Promise<string> {
  const answer = await call(account, 'POST', `/api/requests/${requestId}/${action}`, { commandId: randomUUID(), ...body });
  if (answer.status !== 201) throw new Error(`${action} by ${account}: ${answer.status} ${answer.text}`);
  return answer.body.position as string;
}

/** Waits until the request's history (the page's source) has its R4 clock, counted with its explanation, in this status. */
const withAnswerClock = (requestId: string, status: 'running' | 'met') =>
  eventually(
    async () => {
      const history = await call('citizen-aigerim', 'GET', `/api/requests/${requestId}/history`);
      const clocks = (history.body.clocks ?? []) as { rule: string; status: string; explanation: unknown }[];
      return clocks.some((clock) => clock.rule === 'R4' && clock.status === status && clock.explanation) ? history.body : undefined;
    },
    30_000,
    `the R4 clock of ${requestId} ${status}`,
  );

const commandIdOn = (html: string) => /name="commandId" value="([^"]+)"/.exec(html)?.[1] ?? '';

beforeAll(async () => {
  under = await startFullPlatform('citizenpages', { GATEWAY_RATE_LIMIT: '100000' }, [
    'identity-dev',
    'relay',
    'intake',
    'moderation',
    'response',
    'access',
    'deadlines',
    'notifications',
    'projections',
    'gateway',
    'portal',
  ]);
  await grantAwpAccess(under.platform, 'staff-kap-admin', 'administrator');
  await grantAwpAccess(under.platform, 'staff-kap-responder', 'responder');

  answeredId = (
    await under.submitRequest('citizen-aigerim', {
      holderId: 'kazatomprom',
      subject: 'Uranium exports 2025',
      text: 'Please publish the export volumes for 2025.',
      language: 'en',
    })
  ).requestId;
  await act('staff-kap-admin', answeredId, 'acceptance');
  const answered = await act('staff-kap-responder', answeredId, 'answer', { text: 'The volumes are in the annual report, page 42.' });
  acceptedId = (
    await under.submitRequest('citizen-aigerim', {
      holderId: 'kazatomprom',
      subject: 'Water use at Inkai',
      text: 'How much water did Inkai use in 2025?',
      language: 'en',
    })
  ).requestId;
  const accepted = await act('staff-kap-admin', acceptedId, 'acceptance');
  // The read models have both requests as they now stand, with their clocks.
  for (const position of [answered, accepted])
    expect((await call('citizen-aigerim', 'GET', `/api/me/requests?atLeastPosition=${position}&waitMs=8000`)).status).toBe(200);
  await withAnswerClock(answeredId, 'met');
  await withAnswerClock(acceptedId, 'running');

  aigerim = await PortalUser.signedIn(under.platform.portalUrl, 'citizen-aigerim');
  await aigerim.get('/?lang=en');
});

afterAll(() => under?.stop());

describe('A citizen’s requests on the portal', () => {
  it('/requests lists mine newest first with holder, status and date; the status filter keeps only the answered one', async () => {
    await aigerim.get('/requests');
    expect(aigerim.status).toBe(200);
    const html = aigerim.html;
    expect(html).toContain('<h1 class="govuk-heading-xl">My requests</h1>');
    expect(html.indexOf('Water use at Inkai')).toBeGreaterThan(-1);
    expect(html.indexOf('Water use at Inkai')).toBeLessThan(html.indexOf('Uranium exports 2025'));
    expect(html).toContain(`href="/requests/${answeredId}"`);
    expect(html).toContain('National Atomic Company Kazatomprom JSC');
    expect(html).toMatch(/govuk-tag--green">\s*Answered/);
    expect(html).toMatch(/govuk-tag--light-blue">\s*Accepted/);

    await aigerim.get('/requests?status=answered');
    expect(aigerim.html).toContain('Uranium exports 2025');
    expect(aigerim.html).not.toContain('Water use at Inkai');
  });

  it('/requests/:id shows the answer, the R4 deadline in words, the history in Almaty time and the rating form', async () => {
    await aigerim.get(`/requests/${answeredId}`);
    expect(aigerim.status).toBe(200);
    const html = aigerim.html;
    expect(html).toContain('The volumes are in the annual report, page 42.');
    expect(html).toContain('Answer (R4)');
    expect(html).toMatch(/Due by the end of \d{1,2} \w+ \d{4}: 15 calendar days from receipt on \d{1,2} \w+ \d{4}.*; calendar \d{4}\.\d+/);
    expect(html).toContain('Done on time');
    expect(html).toContain('<h2 class="govuk-heading-m">History</h2>');
    expect(html).toMatch(/\d{1,2} \w+ \d{4} at \d{2}:\d{2}<\/span> — Request sent to /);
    expect(html).toContain(`action="/requests/${answeredId}/rating"`);
    expect(commandIdOn(html)).toMatch(/^[0-9a-f-]{36}$/);
    expect(html).toContain('href="/requests/new"');
    // The new request's form is another page under /requests/: this page lets its route answer.
    await aigerim.get('/requests/new');
    expect(aigerim.status).toBe(200);
    expect(aigerim.html).toContain('action="/requests/new"');
  });

  it('an accepted request shows its running deadline in words, and no rating form', async () => {
    await aigerim.get(`/requests/${acceptedId}`);
    expect(aigerim.status).toBe(200);
    expect(aigerim.html).toMatch(/govuk-inset-text">\s*Due by the end of \d{1,2} \w+ \d{4}: 15 calendar days from receipt on/);
    expect(aigerim.html).not.toContain(`action="/requests/${acceptedId}/rating"`);
  });

  it('a Dislike without a reason is refused next to the field (400) in the page’s language (ru), with its rule id, and nothing is recorded', async () => {
    await aigerim.get('/?lang=ru');
    let refused: { status: number; html: string };
    try {
      await aigerim.get(`/requests/${answeredId}`);
      await aigerim.postForm(`/requests/${answeredId}/rating`, { commandId: commandIdOn(aigerim.html), rating: 'dislike', reason: '' });
      refused = { status: aigerim.status, html: aigerim.html };
    } finally {
      await aigerim.get('/?lang=en');
    }
    expect(refused.status).toBe(400);
    expect(refused.html).toContain('govuk-error-summary');
    // The gateway's 400 in Russian, since the portal asks in the page's language; the rule id beside it.
    expect(refused.html).toMatch(
      /<p id="reason-error" class="govuk-error-message">\s*<span class="govuk-visually-hidden">[^<]*<\/span>\s*Укажите причину, если ответ не понравился \(R7\) \(isNotEmpty\)/,
    );
    expect(refused.html).toContain('<a href="#reason">Укажите причину, если ответ не понравился (R7) (isNotEmpty)</a>');
    expect(refused.html).toMatch(/<input class="govuk-radios__input" id="rating-2" name="rating" type="radio" value="dislike" checked/);
    // Nothing recorded: the request is unrated and its history has no rating (the Like below is its only one).
    expect((await call('citizen-aigerim', 'GET', `/api/requests/${answeredId}`)).body.rating).toBeNull();
    expect(JSON.stringify((await call('citizen-aigerim', 'GET', `/api/requests/${answeredId}/history`)).body.history)).not.toContain('AnswerRated');
  });

  it('a Like is recorded and shown instead of the form', async () => {
    await aigerim.get(`/requests/${answeredId}`);
    await aigerim.postForm(`/requests/${answeredId}/rating`, { commandId: commandIdOn(aigerim.html), rating: 'like', reason: '' });
    expect(aigerim.status).toBe(200);
    expect(aigerim.url).toContain(`/requests/${answeredId}?after=`);
    expect(aigerim.html).toContain('You rated the answer: Like.');
    expect(aigerim.html).not.toContain(`action="/requests/${answeredId}/rating"`);
    expect((await call('citizen-aigerim', 'GET', `/api/requests/${answeredId}`)).body.rating).toMatchObject({ rating: 'like' });
    const history = (await call('citizen-aigerim', 'GET', `/api/requests/${answeredId}/history`)).body.history as { type: string }[];
    expect(history.filter((fact) => fact.type === 'AnswerRated')).toHaveLength(1);
  });

  it('/notices lists my notices with their dates and links to the request', async () => {
    await eventually(
      async () => ((await call('citizen-aigerim', 'GET', '/api/me/notices')).body.items?.length ? true : undefined),
      20_000,
      'a notice for the citizen',
    );
    await aigerim.get('/notices');
    expect(aigerim.status).toBe(200);
    expect(aigerim.html).toContain('<h1 class="govuk-heading-xl">Notices</h1>');
    expect(aigerim.html).toMatch(new RegExp(`href="/requests/(${answeredId}|${acceptedId})"`));
  });

  it('another citizen gets the 404 page for my request', async () => {
    const dana = await PortalUser.signedIn(under.platform.portalUrl, 'citizen-dana');
    await dana.get(`/requests/${answeredId}`);
    expect(dana.status).toBe(404);
    expect(dana.html).not.toContain('Uranium exports 2025');
  });

  it('the pages speak Kazakh and Russian too', async () => {
    await aigerim.get('/?lang=kk');
    await aigerim.get(`/requests/${answeredId}`);
    expect(aigerim.html).toContain('<html lang="kk"');
    expect(aigerim.html).toContain('Жауап беру (R4)');
    await aigerim.get('/?lang=ru');
    await aigerim.get('/requests');
    expect(aigerim.html).toContain('<html lang="ru"');
    expect(aigerim.html).toContain('Мои запросы');
    expect(aigerim.html).toMatch(/govuk-tag--green">\s*Дан ответ/);
    await aigerim.get('/notices');
    expect(aigerim.html).toContain('Уведомления');
  });
});
