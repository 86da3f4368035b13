import { randomUUID } from 'node:crypto';
import { addWorkingDays, kzCalendar } from '@od/calendar';
import { DEV_ACCOUNTS } from '@od/identity';
import { callApi, createTestDatabase, eventually, grantAwpAccess, startPlatform, testBusNames, type PlatformUnderTest, type TestDatabase } from '@od/testing';
import { PortalUser } from './portal-user';

jest.setTimeout(180_000);

const bus = testBusNames('portaloperator');
let database: TestDatabase;
let platform: PlatformUnderTest;

beforeAll(async () => {
  database = await createTestDatabase('portaloperator');
  platform = await startPlatform({
    databaseUrl: database.url,
    ...bus,
    services: ['identity-dev', 'relay', 'access', 'conferences', 'projections', 'gateway', 'portal'],
  });
});

afterAll(async () => {
  await platform?.stop();
  await database?.drop();
});

/** The value of a hidden field of the form that posts to `action`, as the page rendered it. */
function hiddenField(html: string, action: string, name: string): string {
  const form = html.slice(html.indexOf(`action="${action}"`));
  const value = new RegExp(`name="${name}" value="([^"]*)"`).exec(form.slice(0, form.indexOf('</form>')))?.[1];
  if (value === undefined) throw new Error(`no ${name} in the form to ${action}`);
  return value;
}

const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('The operator’s pages: AWP access decided through the portal (C7)', () => {
  const admin = DEV_ACCOUNTS['staff-kmg-admin'];
  const access = { holderId: 'kazmunaygas', employeeIin: admin.iin as string, role: 'administrator' };

  it('an application made through the API is approved and the training recorded through the pages; the staff member can then act through the API', async () => {
    expect((await callApi(platform, 'staff-kmg-admin', 'GET', '/api/agency/requests')).body).toMatchObject({ error: 'awp_access_inactive', rule: 'C7' });
    const applied = await callApi(platform, 'operator-1', 'POST', '/api/awp-access/applications', { ...access, commandId: randomUUID() });
    expect(applied.status).toBe(201);

    const operator = await PortalUser.signedIn(platform.portalUrl, 'operator-1', '/operator?lang=en');
    expect(operator.status).toBe(200);
    expect(operator.html).toContain('href="/operator/awp-access"');
    const waiting = /Applications waiting for a decision .*kazmunaygas 950215401010 Administrator Waiting for a decision/;
    await eventually(
      async () => ((await operator.get('/operator/awp-access')).html.includes('950215401010') ? true : undefined),
      10_000,
      'the application listed',
    );
    expect(textOf(operator.html)).toMatch(waiting);
    const manage = /href="(\/operator\/awp-access\/manage\?[^"]+)"/.exec(operator.html)?.[1].replace(/&amp;/g, '&') as string;
    await operator.get(manage);
    expect(operator.html).toContain('Approve the application');

    // A denial needs a reason: the API's 400 comes back next to the field, the application untouched.
    await operator.postForm('/operator/awp-access/denials', {
      ...access,
      commandId: hiddenField(operator.html, '/operator/awp-access/denials', 'commandId'),
      reason: '',
    });
    expect(operator.status).toBe(400);
    expect(operator.html).toContain('govuk-error-summary');
    expect(operator.html).toMatch(/id="deny-reason-error"[^>]*>[\s\S]*reason/);
    expect(operator.html).toContain('Waiting for a decision');

    await operator.postForm('/operator/awp-access/approvals', {
      ...access,
      commandId: hiddenField(operator.html, '/operator/awp-access/approvals', 'commandId'),
    });
    expect(operator.status).toBe(200);
    expect(operator.html).toContain('The application is approved.');
    expect(textOf(operator.html)).toMatch(/Status Approved .*Trained No/);
    expect(await callApi(platform, 'staff-kmg-admin', 'GET', '/api/agency/requests')).toMatchObject({ status: 403 });

    // A date that is no date: the API names trainedOn, and the page shows it under that field with what was typed.
    const trainingCommand = hiddenField(operator.html, '/operator/awp-access/trainings', 'commandId');
    await operator.postForm('/operator/awp-access/trainings', { ...access, commandId: trainingCommand, course: 'AWP basics', trainedOn: '20.11.2026' });
    expect(operator.status).toBe(400);
    expect(operator.html).toMatch(/id="trainedOn-error"[^>]*>[\s\S]*Must be a date YYYY-MM-DD \(isIso8601\)/);
    expect(operator.html).toContain('value="AWP basics"');

    await operator.postForm('/operator/awp-access/trainings', { ...access, commandId: trainingCommand, course: 'AWP basics', trainedOn: '2026-11-20' });
    expect(operator.status).toBe(200);
    expect(operator.html).toContain('The training is recorded.');
    expect(textOf(operator.html)).toMatch(/May use the workplace now Yes/);

    const queue = await callApi(platform, 'staff-kmg-admin', 'GET', '/api/agency/requests');
    expect(queue.status).toBe(200);
    expect(queue.body).toMatchObject({ items: [] });
  });

  it('conference templates (Annex 1) waiting are approved, or returned with a reason, through the page; a return without one shows the API’s error at the field', async () => {
    await grantAwpAccess(platform, 'staff-kap-admin', 'administrator');
    const startsAt = addWorkingDays(new Date(), 4, kzCalendar).dueAt;
    const template = (title: string) => ({
      startsAt,
      endsAt: addWorkingDays(startsAt, 2, kzCalendar).dueAt,
      title: { kk: `${title} (kk)`, ru: `${title} (ru)`, en: title },
      summary: { kk: 'Қысқаша', ru: 'Кратко', en: 'In short' },
      description: { kk: 'Сипаттама', ru: 'Описание', en: 'Description' },
      moderator: { surname: 'Серікова', name: 'Айгүл', iin: '780302300111', position: 'Бас сарапшы', email: 'a.serikova@minfin.gov.kz', phone: '+77011234567' },
    });
    const submit = async (title: string) => {
      const filled = await callApi(platform, 'staff-kap-admin', 'POST', '/api/conferences', { commandId: randomUUID(), ...template(title) });
      expect(filled.status).toBe(201);
      const sent = await callApi(platform, 'staff-kap-admin', 'POST', `/api/conferences/${filled.body.conferenceId}/submission`, { commandId: randomUUID() });
      expect(sent.status).toBe(201);
      return filled.body.conferenceId as string;
    };
    const toApprove = await submit('Uranium mining and the environment');
    const toReturn = await submit('Tariffs for the next year');

    const operator = await PortalUser.signedIn(platform.portalUrl, 'operator-1', '/operator/templates?lang=en');
    await eventually(
      async () => ((await operator.get('/operator/templates')).html.includes('Tariffs for the next year') ? true : undefined),
      10_000,
      'both templates listed',
    );
    expect(operator.html).toContain('Uranium mining and the environment');
    expect(operator.html).toContain('No template is waiting.'); // no survey

    const returnForm = `/operator/templates/conference/${toReturn}/return`;
    await operator.postForm(returnForm, { commandId: hiddenField(operator.html, returnForm, 'commandId'), reason: '' });
    expect(operator.status).toBe(400);
    expect(operator.html).toMatch(new RegExp(`id="reason-conference-${toReturn}-error"[^>]*>[\\s\\S]*reason`));
    await operator.postForm(returnForm, { commandId: hiddenField(operator.html, returnForm, 'commandId'), reason: 'Give the moderator e-mail at the agency' });
    expect(operator.status).toBe(200);
    expect(operator.html).toContain('The template is returned to the agency.');
    expect(operator.html).not.toContain('Tariffs for the next year');

    const approveForm = `/operator/templates/conference/${toApprove}/approval`;
    await operator.postForm(approveForm, { commandId: hiddenField(operator.html, approveForm, 'commandId') });
    expect(operator.html).toContain('The template is approved.');
    expect(operator.html).not.toContain('Uranium mining and the environment');

    const statusOf = async (conferenceId: string) =>
      ((await callApi(platform, 'staff-kap-admin', 'GET', '/api/agency/conferences')).body.items as { conferenceId: string; status: string }[]).find(
        (item) => item.conferenceId === conferenceId,
      )?.status;
    await eventually(
      async () => ((await statusOf(toApprove)) === 'published' && (await statusOf(toReturn)) === 'returned' ? true : undefined),
      10_000,
      'published and returned',
    );
  });

  it('the operator’s pages are in the reader’s language, and only the operator’s', async () => {
    const operator = await PortalUser.signedIn(platform.portalUrl, 'operator-1', '/operator/templates?lang=ru');
    expect(operator.status).toBe(200);
    expect(operator.html).toContain('<html lang="ru"');
    expect(operator.html).toContain('Интернет-конференции (приложение 1)');
    const citizen = await PortalUser.signedIn(platform.portalUrl, 'citizen-aigerim', '/operator/awp-access');
    expect(citizen.status).toBe(403);
  });
});
