import { randomUUID } from 'node:crypto';
import { grantAwpAccess, startFullPlatform, type FullPlatform, callApi } from '@od/testing';

jest.setTimeout(120_000);

/** Development staff of the Ministry of Finance (libs/identity): their IINs. */
const ADMIN_IIN = '780302300111';
const OFFICER_IIN = '760514300110';
const RESPONDER_IIN = '820711400220';
const HOLDER = 'kazatomprom';

let under: FullPlatform;

const call = (account: string, method: string, path: string, body?: unknown) => callApi(under.platform, account, method, path, body);

const post = (account: string, step: string, body: Record<string, unknown>) =>
  call(account, 'POST', `/api/awp-access/${step}`, { ...body, commandId: randomUUID() });
const target = (employeeIin: string, role: string) => ({ holderId: HOLDER, employeeIin, role });

beforeAll(async () => {
  under = await startFullPlatform('awpapplications', {}, ['identity-dev', 'relay', 'access', 'projections', 'gateway']);
  await grantAwpAccess(under.platform, 'staff-kap-admin', 'administrator');
  await grantAwpAccess(under.platform, 'staff-kap-responder', 'responder');
});

afterAll(async () => {
  await under?.stop();
});

describe('Who applies for AWP access (C7)', () => {
  it('C7: an administrator with active access may not apply for their own access (another role included), and nothing is appended', async () => {
    const before = await under.storedEventCount();
    for (const role of ['responder', 'information_officer']) {
      const answer = await post('staff-kap-admin', 'applications', target(ADMIN_IIN, role));
      expect({ status: answer.status, body: answer.body }).toEqual({
        status: 403,
        body: expect.objectContaining({ error: 'awp_self_application', rule: 'C7', field: 'employeeIin' }),
      });
    }
    expect(await under.storedEventCount()).toBe(before);
  });

  it('C7: a staff member whose roles do not speak for the agency (a responder) is refused', async () => {
    const answer = await post('staff-kap-responder', 'applications', target(OFFICER_IIN, 'information_officer'));
    expect(answer.status).toBe(403);
  });

  it('C7: the administrator applies for the officer; the operator may not record a training dated after today; the officer, once active, applies too', async () => {
    expect((await post('staff-kap-admin', 'applications', target(OFFICER_IIN, 'information_officer'))).status).toBe(201);
    expect((await post('operator-1', 'approvals', target(OFFICER_IIN, 'information_officer'))).status).toBe(201);
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const future = await post('operator-1', 'trainings', { ...target(OFFICER_IIN, 'information_officer'), course: 'AWP for officers', trainedOn: tomorrow });
    expect({ status: future.status, body: future.body }).toEqual({
      status: 400,
      body: expect.objectContaining({ error: 'awp_training_in_future', field: 'trainedOn', rule: 'C7' }),
    });
    const today = new Date().toISOString().slice(0, 10);
    expect(
      (await post('operator-1', 'trainings', { ...target(OFFICER_IIN, 'information_officer'), course: 'AWP for officers', trainedOn: today })).status,
    ).toBe(201);
    expect((await post('staff-kap-officer', 'applications', target(RESPONDER_IIN, 'first_head'))).status).toBe(201);
  });

  it('C7: an administrator whose access was just revoked can no longer apply; approved again, the old revocation reason is gone', async () => {
    const revoked = await post('operator-1', 'revocations', { ...target(ADMIN_IIN, 'administrator'), reason: 'left the ministry' });
    expect(revoked.status).toBe(201);
    const refused = await post('staff-kap-admin', 'applications', target(RESPONDER_IIN, 'administrator'));
    expect({ status: refused.status, error: refused.body.error }).toEqual({ status: 403, error: 'awp_access_inactive' });

    const listed = async (position: string) => {
      const answer = await call('operator-1', 'GET', `/api/awp-access?holderId=${HOLDER}&atLeastPosition=${position}&waitMs=5000`);
      return (answer.body.items as { employeeIin: string; role: string; status: string; reason: string | null }[]).find(
        (item) => item.employeeIin === ADMIN_IIN && item.role === 'administrator',
      );
    };
    expect(await listed(revoked.body.position as string)).toMatchObject({ status: 'revoked', reason: 'left the ministry' });

    // The officer (active) applies again for the administrator; the operator approves.
    expect((await post('staff-kap-officer', 'applications', target(ADMIN_IIN, 'administrator'))).status).toBe(201);
    const approved = await post('operator-1', 'approvals', target(ADMIN_IIN, 'administrator'));
    expect(approved.status).toBe(201);
    expect(await listed(approved.body.position as string)).toMatchObject({ status: 'approved', reason: null });
  });
});
