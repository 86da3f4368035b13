import type { AwpAccessEvent } from '@od/contracts';
import { deciderSpec } from '@od/testing';
import { evolveAwpAccess, initialAwpAccessState, isAwpAccessActive } from './awp-access';
import { decideAwpAccess, type AwpAccessCommand } from './awp-access-decide';

const now = new Date('2026-11-25T06:00:00Z');
const at = now.toISOString();
const target = { holderId: 'ministry-of-finance', employeeIin: '780302300111', role: 'administrator' } as const;

const applied: AwpAccessEvent = { type: 'AwpAccessApplied', schemaVersion: 1, data: { ...target, appliedAt: at } };
const approved: AwpAccessEvent = { type: 'AwpAccessApproved', schemaVersion: 1, data: { ...target, approvedAt: at } };
const trained: AwpAccessEvent = {
  type: 'AwpTrainingRecorded',
  schemaVersion: 1,
  data: { ...target, course: 'AWP basics', trainedOn: '2026-11-24', recordedAt: at },
};
const revoked: AwpAccessEvent = { type: 'AwpAccessRevoked', schemaVersion: 1, data: { ...target, reason: 'left the ministry', revokedAt: at } };
const denied: AwpAccessEvent = { type: 'AwpAccessDenied', schemaVersion: 1, data: { ...target, reason: 'not an employee', deniedAt: at } };

/** The holder's administrator (another employee than the one applied for) with active AWP access. */
const holderAdministrator = { kind: 'staff', iin: '760514300110', holderId: 'ministry-of-finance', activeRoles: ['administrator'] } as const;
const apply: AwpAccessCommand = { type: 'ApplyForAwpAccess', data: target, applicant: holderAdministrator, now };
const applyAs = (applicant: Extract<AwpAccessCommand, { type: 'ApplyForAwpAccess' }>['applicant']): AwpAccessCommand =>
  ({ ...apply, applicant }) as AwpAccessCommand;
const trainOn = (trainedOn: string): AwpAccessCommand => ({ type: 'RecordAwpTraining', data: { ...target, course: 'AWP basics', trainedOn }, now });
const approve: AwpAccessCommand = { type: 'ApproveAwpAccess', data: target, now };
const train: AwpAccessCommand = { type: 'RecordAwpTraining', data: { ...target, course: 'AWP basics', trainedOn: '2026-11-24' }, now };
const revoke: AwpAccessCommand = { type: 'RevokeAwpAccess', data: { ...target, reason: 'left the ministry' }, now };
const deny: AwpAccessCommand = { type: 'DenyAwpAccess', data: { ...target, reason: 'not an employee' }, now };

const spec = deciderSpec({ decide: decideAwpAccess, evolve: evolveAwpAccess, initialState: initialAwpAccessState });
const stateAfter = (...events: AwpAccessEvent[]) => events.reduce(evolveAwpAccess, initialAwpAccessState);

describe('AWP access lifecycle (C7)', () => {
  it('C7: given nothing, when the agency applies, then the application is recorded', () => {
    spec
      .given()
      .when(apply)
      .then({ ok: true, events: [applied] });
  });

  it('C7: given an application, when the operator approves, then access is approved', () => {
    spec
      .given(applied)
      .when(approve)
      .then({ ok: true, events: [approved] });
  });

  it('C7: given an application, when the operator denies with a reason, then it is denied', () => {
    spec
      .given(applied)
      .when(deny)
      .then({ ok: true, events: [denied] });
  });

  it('C7: given an application, when the operator denies without a reason, then it is refused naming the field', () => {
    spec
      .given(applied)
      .when({ ...deny, data: { ...target, reason: '  ' } } as AwpAccessCommand)
      .thenRejects('reason_required', 'C7', { field: 'reason' });
  });

  it('C7: given no application, when the operator approves, then it is refused naming the state', () => {
    spec
      .given()
      .when(approve)
      .then({ ok: false, rejection: { code: 'awp_access_wrong_state', rule: 'C7', message: 'Cannot approve an AWP access that is none; it must be applied' } });
  });

  it('C7: given an approved access, when the training is recorded, then it is recorded once', () => {
    spec
      .given(applied, approved)
      .when(train)
      .then({ ok: true, events: [trained] });
    spec.given(applied, approved, trained).when(train).thenRejects('awp_training_already_recorded', 'C7');
  });

  it('C7: access is active only when approved and trained', () => {
    expect(isAwpAccessActive(stateAfter(applied))).toBe(false);
    expect(isAwpAccessActive(stateAfter(applied, approved))).toBe(false);
    expect(isAwpAccessActive(stateAfter(applied, trained))).toBe(false);
    expect(isAwpAccessActive(stateAfter(applied, trained, approved))).toBe(true);
    expect(isAwpAccessActive(stateAfter(applied, approved, trained, revoked))).toBe(false);
  });

  it('C7: given an active access, when it is revoked, then it is revoked and a new application needs new training', () => {
    spec
      .given(applied, approved, trained)
      .when(revoke)
      .then({ ok: true, events: [revoked] });
    expect(stateAfter(applied, approved, trained, revoked, applied, approved)).toEqual({ status: 'approved', trained: false, revocationReason: null });
  });

  it('C7: given a pending or active access, when the agency applies again, then it is refused', () => {
    spec
      .given(applied)
      .when(apply)
      .then({
        ok: false,
        rejection: {
          code: 'awp_access_wrong_state',
          rule: 'C7',
          message: 'Cannot apply for an AWP access that is applied; it must be none, denied or revoked',
        },
      });
  });

  it('C7: given a denied application, when the agency applies again, then a new application is recorded', () => {
    spec
      .given(applied, denied)
      .when(apply)
      .then({ ok: true, events: [applied] });
  });

  it('C7: given nothing, when the holder’s access-to-information officer or the operator applies, then the application is recorded', () => {
    spec
      .given()
      .when(applyAs({ ...holderAdministrator, activeRoles: ['information_officer'] }))
      .then({ ok: true, events: [applied] });
    spec
      .given()
      .when(applyAs({ kind: 'operator' }))
      .then({ ok: true, events: [applied] });
  });

  it('C7: given nothing, when a staff member applies for their own access, then it is refused naming the employee', () => {
    spec
      .given()
      .when(applyAs({ ...holderAdministrator, iin: target.employeeIin }))
      .thenRejects('awp_self_application', 'C7', { field: 'employeeIin' });
  });

  it('C7: given nothing, when a staff member without an active administrator or officer access applies (a responder, a first head, one just revoked), then it is refused', () => {
    spec
      .given()
      .when(applyAs({ ...holderAdministrator, activeRoles: ['responder', 'first_head'] }))
      .thenRejects('awp_applicant_not_allowed', 'C7');
    spec
      .given()
      .when(applyAs({ ...holderAdministrator, activeRoles: [] }))
      .thenRejects('awp_applicant_not_allowed', 'C7');
  });

  it('C7: given nothing, when the administrator of another holder applies, then it is refused', () => {
    spec
      .given()
      .when(applyAs({ ...holderAdministrator, holderId: 'ministry-of-healthcare' }))
      .thenRejects('awp_applicant_not_allowed', 'C7');
  });

  it('C7: given an approved access, when a training dated after now is recorded, then it is refused naming trainedOn; today and earlier are recorded', () => {
    // now is 2026-11-25T06:00Z, 11:00 in Almaty.
    spec.given(applied, approved).when(trainOn('2026-11-26')).thenRejects('awp_training_in_future', 'C7', { field: 'trainedOn' });
    spec.given(applied, approved).when(trainOn('2026-11-25T06:00:01Z')).thenRejects('awp_training_in_future', 'C7', { field: 'trainedOn' });
    spec
      .given(applied, approved)
      .when(trainOn('2026-11-25'))
      .then({ ok: true, events: [{ ...trained, data: { ...trained.data, trainedOn: '2026-11-25' } }] });
    spec
      .given(applied, approved)
      .when(trainOn('2026-11-25T05:59:59Z'))
      .then({ ok: true, events: [{ ...trained, data: { ...trained.data, trainedOn: '2026-11-25T05:59:59Z' } }] });
  });

  it('C7: the Kazakhstan date decides: at 20:30 UTC it is already the next day in Almaty', () => {
    const lateEvening = new Date('2026-11-25T20:30:00Z');
    spec
      .given(applied, approved)
      .when({ ...trainOn('2026-11-26'), now: lateEvening } as AwpAccessCommand)
      .then({
        ok: true,
        events: [{ ...trained, data: { ...trained.data, trainedOn: '2026-11-26', recordedAt: lateEvening.toISOString() } }],
      });
  });

  it('C7: given a revoked access, the revocation reason is kept through a new application and cleared when approved again', () => {
    expect(stateAfter(applied, approved, trained, revoked)).toEqual({ status: 'revoked', trained: false, revocationReason: 'left the ministry' });
    expect(stateAfter(applied, approved, trained, revoked, applied).revocationReason).toBe('left the ministry');
    expect(stateAfter(applied, approved, trained, revoked, applied, approved).revocationReason).toBeNull();
  });
});
