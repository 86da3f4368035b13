import { callApi, eventually, grantAwpAccess, startFullPlatform, type FullPlatform } from '@od/testing';
import { PortalUser } from './portal-user';

jest.setTimeout(180_000);

/**
 * Agency staff in the AWP pages over plain HTTP: the queue, a request's page and its decisions, each a form that
 * posts to the portal and on to the gateway; the citizen's side through the API.
 */
let under: FullPlatform;
let answered: { requestId: string; subject: string };
let toRedirect: { requestId: string; subject: string };

const portalUrl = () => under.platform.portalUrl;

/** The hidden commandId of the form posting to `action` on the last page (made when the page was rendered). */
function commandIdOf(user: PortalUser, action: string): string {
  const form = new RegExp(`action="${action}"[\\s\\S]*?name="commandId" value="([^"]+)"`).exec(user.html);
  if (!form) throw new Error(`no form posting to ${action} on ${user.url}`);
  return form[1];
}

/** The error message the design system shows under a field. */
const fieldError = (html: string, id: string) => new RegExp(`<p id="${id}-error" class="govuk-error-message">([\\s\\S]*?)</p>`).exec(html)?.[1] ?? '';

async function submitted(subject: string) {
  const request = await under.submitRequest('citizen-aigerim', {
    holderId: 'kazatomprom',
    subject,
    text: 'Please publish the figures for 2026.',
    language: 'en',
  });
  return { requestId: request.requestId, subject };
}

beforeAll(async () => {
  under = await startFullPlatform('agencypages', { GATEWAY_RATE_LIMIT: '100000' }, [
    'identity-dev',
    'relay',
    'intake',
    'moderation',
    'response',
    'access',
    'deadlines',
    'projections',
    'gateway',
    'portal',
  ]);
  // The access service seeds the holders registry; its read model is folded from those facts a moment later.
  await eventually(
    async () => {
      const holders = await callApi(under.platform, undefined, 'GET', '/api/holders?hasBlog=true');
      return (holders.body.items?.length ?? 0) >= 2 ? true : undefined;
    },
    20_000,
    'the holders registry',
  );
  await grantAwpAccess(under.platform, 'staff-kap-admin', 'administrator');
  await grantAwpAccess(under.platform, 'staff-kap-responder', 'responder');
  await grantAwpAccess(under.platform, 'staff-kmg-admin', 'administrator');
  await grantAwpAccess(under.platform, 'staff-kap-head', 'first_head');
  answered = await submitted('Uranium exports in 2026');
  toRedirect = await submitted('School budgets in Turkistan');
});

afterAll(() => under?.stop());

describe('Agency staff work a request in the AWP pages', () => {
  let admin: PortalUser;

  beforeAll(async () => {
    admin = await PortalUser.signedIn(portalUrl(), 'staff-kap-admin');
  });

  it('a request submitted through the API is in staff-kap-admin’s queue, with its received date and its nearest deadline and rule', async () => {
    await eventually(
      async () => {
        await admin.get('/agency/requests?lang=en');
        return admin.html.includes(answered.subject) && admin.html.includes('(R3, return if it fails Article 11)') ? true : undefined;
      },
      20_000,
      'the request in the queue with its nearest deadline',
    );
    expect(admin.status).toBe(200);
    expect(admin.html).toContain(`href="/agency/requests/${answered.requestId}"`);
    // The nearest of its clocks: R3's one working day to return it comes before R2's three to accept it.
    expect(admin.html).toMatch(/by the end of \d{1,2} \w+ \d{4} \(R3, return if it fails Article 11\)/);
    expect(admin.html).toContain('<caption class="govuk-table__caption govuk-table__caption--m">Requests, the nearest deadline first</caption>');
    await admin.get('/agency/requests?status=answered');
    expect(admin.html).not.toContain(answered.subject);
  });

  it('the administrator accepts it through the page: 303 back to the request with a banner, its R4 clock explained in words', async () => {
    await admin.get(`/agency/requests/${answered.requestId}`);
    expect(admin.html).toContain('Accept the request');
    expect(admin.html).not.toContain('Extend the deadline'); // the first head's alone (R5)
    await admin.postForm(`/agency/requests/${answered.requestId}/accept`, { commandId: commandIdOf(admin, `/agency/requests/${answered.requestId}/accept`) });
    expect(admin.status).toBe(200);
    expect(admin.url).toContain(`/agency/requests/${answered.requestId}?done=accept`);
    expect(admin.html).toContain('govuk-notification-banner--success');
    expect(admin.html).toContain('The request is accepted.');
    expect(admin.html).toContain('Accepted');
    await eventually(
      async () => {
        await admin.get(`/agency/requests/${answered.requestId}`);
        return /R4, answer: due by the end of \w+, \d{1,2} \w+ \d{4}: 15 calendar days from/.test(admin.html) ? true : undefined;
      },
      20_000,
      'the R4 clock in words',
    );
  });

  it('the responder drafts and answers through the page; the citizen reads the answer through the API', async () => {
    const responder = await PortalUser.signedIn(portalUrl(), 'staff-kap-responder', `/agency/requests/${answered.requestId}?lang=en`);
    expect(responder.html).toContain('Draft an answer');
    expect(responder.html).not.toContain('Accept the request');
    const page = `/agency/requests/${answered.requestId}`;
    await responder.postForm(`${page}/draft`, { commandId: commandIdOf(responder, `${page}/draft`), text: 'Exports are in the annual report, p. 12.' });
    expect(responder.status).toBe(200);
    expect(responder.html).toContain('The draft answer is saved.');
    await responder.postForm(`${page}/answer`, {
      commandId: commandIdOf(responder, `${page}/answer`),
      text: 'Exports for 2026 are in the annual report, p. 12.',
    });
    expect(responder.status).toBe(200);
    expect(responder.html).toContain('The answer is sent to the author and published.');
    expect(responder.html).toContain('Exports for 2026 are in the annual report, p. 12.');
    expect(responder.html).not.toContain('Draft an answer');

    const read = await eventually(
      async () => {
        const mine = await callApi(under.platform, 'citizen-aigerim', 'GET', `/api/requests/${answered.requestId}`);
        return mine.body.status === 'answered' ? mine.body : undefined;
      },
      20_000,
      'the citizen to read the answer',
    );
    expect(read.answer.text).toBe('Exports for 2026 are in the annual report, p. 12.');
  });

  it('a redirect to a ministry is refused: holder_has_no_blog with its provision next to the holder field, the reason kept', async () => {
    await admin.get(`/agency/requests/${toRedirect.requestId}?lang=en`);
    const action = `/agency/requests/${toRedirect.requestId}/redirect`;
    expect(admin.html).toContain('<option value="kazmunaygas">'); // holders with a blog only
    expect(admin.html).not.toContain('<option value="ministry-of-finance">');
    await admin.postForm(action, { commandId: commandIdOf(admin, action), toHolderId: 'ministry-of-finance', reason: 'Budgets are the ministry’s' });
    expect(admin.status).toBe(422);
    const error = fieldError(admin.html, 'redirect-toHolderId');
    expect(error).toContain('holder_has_no_blog');
    expect(error).toContain('Order 145 as amended in 2023');
    expect(error).toContain('This information holder has no blog on the portal.'); // English, as the page, though the account reads Russian
    expect(admin.html).toContain('href="#redirect-toHolderId"');
    expect(admin.html).toContain('Budgets are the ministry’s</textarea>');
  });

  it('staff-kmg-admin does not see Kazatomprom’s request: the 404 page, and not in their queue', async () => {
    const kmg = await PortalUser.signedIn(portalUrl(), 'staff-kmg-admin', '/agency/requests?lang=en');
    expect(kmg.status).toBe(200);
    expect(kmg.html).not.toContain(toRedirect.subject);
    await kmg.get(`/agency/requests/${toRedirect.requestId}`);
    expect(kmg.status).toBe(404);
    expect(kmg.html).toContain('Page not found');
    expect(kmg.html).not.toContain(toRedirect.subject);
    await kmg.postForm(`/agency/requests/${toRedirect.requestId}/accept`, { commandId: '5d3c1f1e-7f0a-4a8e-9d5e-2a4b6c8d0e1f' });
    expect(kmg.status).toBe(404);
  });

  it('the queue in Kazakh and in Russian', async () => {
    await admin.get('/agency/requests?lang=kk');
    expect(admin.html).toContain('<html lang="kk"');
    expect(admin.html).toContain('Қаралатын өтініштер');
    expect(admin.html).toContain(toRedirect.subject);
    expect(admin.html).toContain('Түсті');
    await admin.get('/agency/requests?lang=ru');
    expect(admin.html).toContain('<html lang="ru"');
    expect(admin.html).toContain('Обращения к рассмотрению');
    expect(admin.html).toMatch(/2 обращения/);
    expect(admin.html).toContain('Дан ответ');
  });

  it('the first head alone extends the term: more than 15 days is refused at the days field (R5), then 10 days with another holder and a reason', async () => {
    await admin.get(`/agency/requests/${toRedirect.requestId}?lang=en`);
    await admin.postForm(`/agency/requests/${toRedirect.requestId}/accept`, {
      commandId: commandIdOf(admin, `/agency/requests/${toRedirect.requestId}/accept`),
    });
    expect(admin.html).not.toContain('Extend the deadline');
    const head = await PortalUser.signedIn(portalUrl(), 'staff-kap-head', `/agency/requests/${toRedirect.requestId}?lang=en`);
    const action = `/agency/requests/${toRedirect.requestId}/extend`;
    await head.postForm(action, { commandId: commandIdOf(head, action), days: '20', otherHolderIds: 'kazmunaygas', reason: 'KazMunayGas holds the figures' });
    expect(head.status).toBe(400);
    expect(fieldError(head.html, 'extend-days')).toContain('R5');
    expect(head.html).toContain('value="20"');
    await head.postForm(action, { commandId: commandIdOf(head, action), days: '10', otherHolderIds: ['kazmunaygas'], reason: 'KazMunayGas holds the figures' });
    expect(head.status).toBe(200);
    expect(head.html).toContain('The deadline is extended; the author is told.');
    // The page waits a bounded while for the read models; on a busy machine the extension may show a moment later.
    await eventually(
      async () => (head.html.includes('by 10 calendar days') ? true : (await head.get(`/agency/requests/${toRedirect.requestId}?lang=en`), undefined)),
      20_000,
      'the extension on the request page',
    );
  });
});
