import { randomUUID } from 'node:crypto';
import { applyForAwpAccess, approveAwpAccess, awpAccessStream, type AwpAccessTarget } from '@od/contracts';
import { startServiceTier, verifiedAs, type ServiceTier } from '@od/testing';
import { awpAccessRoutes } from './awp-access-routes';

jest.setTimeout(30_000);

let tier: ServiceTier;
const now = new Date('2026-11-02T06:00:00Z');
const at = () => ({ store: tier.store, now, deps: undefined });

beforeAll(async () => {
  tier = await startServiceTier('access_routes');
  await tier.givenRegisteredHolders('kazatomprom', 'kazmunaygas');
});

afterAll(() => tier?.close());

const operator = { actor: { kind: 'operator', id: 'operator-1' } as const };
const citizen = { actor: { kind: 'citizen', id: '900101300017' } as const, iin: '900101300017' };
let employees = 0;
/** A new employee of the Ministry of Finance to apply for, each test its own stream. */
const anEmployee = (): AwpAccessTarget => ({
  holderId: 'kazatomprom',
  employeeIin: `7803023${String(10_000 + (employees += 1)).slice(-5)}`,
  role: 'responder',
});
const message = <Data>(data: Data) => {
  const commandId = randomUUID();
  return { commandId, correlationId: commandId, caller: { accessToken: 'verified' }, data };
};
const streamOf = (target: AwpAccessTarget) => awpAccessStream(target.holderId, target.employeeIin, target.role);

describe('AWP access routes on the real store (C7)', () => {
  it('given no application, when the operator applies and then approves, then both facts are appended on the employee-and-role stream under the holder', async () => {
    const employee = anEmployee();
    expect(await awpAccessRoutes.handle(applyForAwpAccess, verifiedAs(operator, message(employee)), at())).toMatchObject({ ok: true });
    expect(await awpAccessRoutes.handle(approveAwpAccess, verifiedAs(operator, message(employee)), at())).toMatchObject({ ok: true });
    expect(await tier.appendedTo(streamOf(employee))).toMatchObject([
      { type: 'AwpAccessApplied', data: employee, metadata: { holderId: employee.holderId } },
      { type: 'AwpAccessApproved', data: employee, metadata: { holderId: employee.holderId } },
    ]);
  });

  it('refuses an application for a holder the registry does not know before anything else (holder_unknown)', async () => {
    const employee = { ...anEmployee(), holderId: 'ministry-of-nowhere' };
    expect(await awpAccessRoutes.handle(applyForAwpAccess, verifiedAs(citizen, message(employee)), at())).toMatchObject({
      ok: false,
      rejection: { code: 'holder_unknown', field: 'holderId' },
    });
    expect(await tier.appendedTo(streamOf(employee))).toHaveLength(0);
  });

  it('refuses an application by a citizen: only the operator or the holder’s administrator or officer applies (C7)', async () => {
    const employee = anEmployee();
    expect(await awpAccessRoutes.handle(applyForAwpAccess, verifiedAs(citizen, message(employee)), at())).toMatchObject({
      ok: false,
      rejection: { code: 'awp_applicant_not_allowed', rule: 'C7' },
    });
    expect(await tier.appendedTo(streamOf(employee))).toHaveLength(0);
  });

  it('given no application, when the operator approves, then the stream is not found and nothing is appended', async () => {
    const employee = anEmployee();
    expect(await awpAccessRoutes.handle(approveAwpAccess, verifiedAs(operator, message(employee)), at())).toMatchObject({
      ok: false,
      rejection: { code: 'stream_not_found' },
    });
    expect(await tier.appendedTo(streamOf(employee))).toHaveLength(0);
  });
});
