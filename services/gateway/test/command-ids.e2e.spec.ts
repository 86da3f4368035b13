import { randomUUID } from 'node:crypto';
import { DEV_ACCOUNTS } from '@od/identity';
import { grantAwpAccess, startFullPlatform, type FullPlatform, callApi } from '@od/testing';

jest.setTimeout(180_000);

/**
 * A command id means one command (issue 9): a retry of the same command answers what it answered first;
 * anything else with the same id (another body, action, user or stream) is 409 `command_id_reused`, appends
 * nothing and says nothing of the first command. Command ids are compared case-insensitively.
 */
let under: FullPlatform;

const call = (account: string, method: string, path: string, body?: unknown) => callApi(under.platform, account, method, path, body);

const aRequest = (commandId: string, subject = 'Tax refunds') => ({
  commandId,
  holderId: 'kazatomprom',
  subject,
  text: 'How many VAT refunds were paid in 2026?',
  language: 'en',
});
const submit = async (account: string, body: ReturnType<typeof aRequest>) => call(account, 'POST', '/api/requests', await under.signers.sign(account, body));
const act = (account: string, requestId: string, action: string, body: Record<string, unknown>) =>
  call(account, 'POST', `/api/requests/${requestId}/${action}`, body);

async function submitted(): Promise<string> {
  const answer = await submit('citizen-aigerim', aRequest(randomUUID()));
  expect(answer.status).toBe(201);
  return answer.body.requestId as string;
}

const reused = { status: 409, body: { error: 'command_id_reused', field: 'commandId' } };

beforeAll(async () => {
  under = await startFullPlatform('commandids', { GATEWAY_RATE_LIMIT: '100000' }, [
    'identity-dev',
    'relay',
    'intake',
    'moderation',
    'access',
    'projections',
    'gateway',
  ]);
  await grantAwpAccess(under.platform, 'staff-kap-admin', 'administrator');
});

afterAll(() => under?.stop());

describe('A command id means one command', () => {
  it('the same id with another body is 409 command_id_reused and nothing is appended; the same body again answers the same', async () => {
    const commandId = randomUUID();
    const first = await submit('citizen-aigerim', aRequest(commandId));
    expect(first.status).toBe(201);
    const before = await under.storedEventCount();

    expect(await submit('citizen-aigerim', aRequest(commandId, 'Another subject'))).toMatchObject(reused);
    expect(await under.storedEventCount()).toBe(before);
    expect(await submit('citizen-aigerim', aRequest(commandId))).toMatchObject({ status: 201, body: first.body });
  });

  it("the same id from another user is 409 and reveals nothing of the first user's request", async () => {
    const commandId = randomUUID();
    const first = await submit('citizen-aigerim', aRequest(commandId));
    expect(first.status).toBe(201);
    const before = await under.storedEventCount();

    const other = await submit('citizen-dana', aRequest(commandId));
    expect(other).toMatchObject(reused);
    const told = JSON.stringify(other.body);
    expect(told).not.toContain(first.body.requestId as string);
    expect(told).not.toContain(DEV_ACCOUNTS['citizen-aigerim'].iin as string);
    expect(told).not.toContain('request-');
    expect(await under.storedEventCount()).toBe(before);
  });

  it("the same id with another action on the same request is 409, not the first action's answer", async () => {
    const requestId = await submitted();
    const commandId = randomUUID();
    expect((await act('staff-kap-admin', requestId, 'acceptance', { commandId })).status).toBe(201);
    const before = await under.storedEventCount();
    expect(await act('staff-kap-admin', requestId, 'return', { commandId, reasonCode: 'no_user_name', reasonText: 'No name given' })).toMatchObject(reused);
    expect(await under.storedEventCount()).toBe(before);
  });

  it('the same id on another request is 409 command_id_reused, not 503', async () => {
    const [one, two] = [await submitted(), await submitted()];
    const commandId = randomUUID();
    expect((await act('staff-kap-admin', one, 'acceptance', { commandId })).status).toBe(201);
    const before = await under.storedEventCount();
    expect(await act('staff-kap-admin', two, 'acceptance', { commandId })).toMatchObject(reused);
    expect(await under.storedEventCount()).toBe(before);
  });

  it('the same id for another AWP access (another stream) is 409, not 503', async () => {
    const commandId = randomUUID();
    const target = { holderId: 'kazatomprom', employeeIin: DEV_ACCOUNTS['staff-kap-responder'].iin, role: 'responder' };
    expect((await call('operator-1', 'POST', '/api/awp-access/applications', { commandId, ...target })).status).toBe(201);
    expect(await call('operator-1', 'POST', '/api/awp-access/applications', { commandId, ...target, role: 'first_head' })).toMatchObject(reused);
  });

  it('an upper-case command id is the same id: its retry answers what the lower-case one did, and appends nothing', async () => {
    const requestId = await submitted();
    const commandId = randomUUID();
    const first = await act('staff-kap-admin', requestId, 'acceptance', { commandId });
    expect(first.status).toBe(201);
    const before = await under.storedEventCount();
    expect(await act('staff-kap-admin', requestId, 'acceptance', { commandId: commandId.toUpperCase() })).toMatchObject({ status: 201, body: first.body });
    expect(
      await act('staff-kap-admin', requestId, 'return', { commandId: commandId.toUpperCase(), reasonCode: 'no_user_name', reasonText: 'No name' }),
    ).toMatchObject(reused);

    // A submission signed with the upper-case spelling is the same request as the lower-case one.
    const submissionId = randomUUID();
    const lower = await submit('citizen-aigerim', aRequest(submissionId));
    expect(lower.status).toBe(201);
    const afterLower = await under.storedEventCount();
    expect(await submit('citizen-aigerim', aRequest(submissionId.toUpperCase()))).toMatchObject({ status: 201, body: lower.body });
    expect(await under.storedEventCount()).toBe(afterLower);
    expect(afterLower).toBe(before + 1);
  });
});
