import { KZ_ZONE } from '@od/calendar';
import type { AwpAccessEvent, StaffRole } from '@od/contracts';
import { DateTime } from 'luxon';
import { accept, reject, type Decision } from '../shared/decision';
import type { AwpAccessState } from './awp-access';

interface Target {
  readonly holderId: string;
  readonly employeeIin: string;
  readonly role: StaffRole;
}

/**
 * Who applies (C7: "on the agency's application"): the operator recording an agency's paper application,
 * or a staff member of a holder with the AWP roles they may use right now (approved, trained, not revoked),
 * as the access service found them in the store.
 */
export type AwpApplicant =
  { readonly kind: 'operator' } | { readonly kind: 'staff'; readonly iin: string; readonly holderId: string; readonly activeRoles: readonly StaffRole[] };

/** The AWP roles that speak for the agency when it applies: its administrator and its access-to-information officer. */
export const AWP_APPLYING_ROLES: readonly StaffRole[] = ['administrator', 'information_officer'];

export type AwpAccessCommand =
  | { readonly type: 'ApplyForAwpAccess'; readonly data: Target; readonly applicant: AwpApplicant; readonly now: Date }
  | { readonly type: 'ApproveAwpAccess'; readonly data: Target; readonly now: Date }
  | { readonly type: 'DenyAwpAccess'; readonly data: Target & { readonly reason: string }; readonly now: Date }
  | { readonly type: 'RecordAwpTraining'; readonly data: Target & { readonly course: string; readonly trainedOn: string }; readonly now: Date }
  | { readonly type: 'RevokeAwpAccess'; readonly data: Target & { readonly reason: string }; readonly now: Date };

export type AwpAccessRejectionCode =
  | 'awp_access_wrong_state'
  | 'awp_training_already_recorded'
  | 'reason_required'
  | 'awp_applicant_not_allowed'
  | 'awp_self_application'
  | 'awp_training_in_future';

type AwpDecision = Decision<AwpAccessEvent, AwpAccessRejectionCode>;

function wrongState(state: AwpAccessState, action: string, expected: string): AwpDecision {
  return reject({ code: 'awp_access_wrong_state', rule: 'C7', message: `Cannot ${action} an AWP access that is ${state.status}; it must be ${expected}` });
}

/** C7: who may apply for whom: the operator, or the holder's own administrator or officer with active access, never for themselves. */
function applicantRefusal(applicant: AwpApplicant, target: Target): AwpDecision | null {
  if (applicant.kind === 'operator') return null;
  if (applicant.holderId !== target.holderId || !applicant.activeRoles.some((role) => AWP_APPLYING_ROLES.includes(role))) {
    return reject({
      code: 'awp_applicant_not_allowed',
      rule: 'C7',
      message: `Only the holder's administrator or access-to-information officer with active AWP access may apply for its employees' access`,
    });
  }
  if (applicant.iin === target.employeeIin) {
    return reject({
      code: 'awp_self_application',
      field: 'employeeIin',
      rule: 'C7',
      message: 'Nobody may apply for their own AWP access: another administrator or officer of the holder applies',
    });
  }
  return null;
}

/**
 * C7: a training is recorded once it has taken place: its date (a Kazakhstan calendar date, or an instant)
 * is not after the command's `now`.
 */
function trainingIsInFuture(trainedOn: string, now: Date): boolean {
  const kazakhstanToday = DateTime.fromJSDate(now).setZone(KZ_ZONE).toISODate() as string;
  if (/^\d{4}-\d{2}-\d{2}$/.test(trainedOn)) return trainedOn > kazakhstanToday;
  const instant = Date.parse(trainedOn);
  return Number.isNaN(instant) || instant > now.getTime();
}

/** C7: the agency applies, the operator approves or denies, records training, and access can be revoked. */
export function decideAwpAccess(command: AwpAccessCommand, state: AwpAccessState): AwpDecision {
  const at = command.now.toISOString();
  const { holderId, employeeIin, role } = command.data;
  const subject = { holderId, employeeIin, role };
  switch (command.type) {
    case 'ApplyForAwpAccess': {
      const refusal = applicantRefusal(command.applicant, command.data);
      if (refusal) return refusal;
      if (state.status === 'applied' || state.status === 'approved') return wrongState(state, 'apply for', 'none, denied or revoked');
      return accept({ type: 'AwpAccessApplied', schemaVersion: 1, data: { ...subject, appliedAt: at } });
    }
    case 'ApproveAwpAccess':
      if (state.status !== 'applied') return wrongState(state, 'approve', 'applied');
      return accept({ type: 'AwpAccessApproved', schemaVersion: 1, data: { ...subject, approvedAt: at } });
    case 'DenyAwpAccess':
      if (state.status !== 'applied') return wrongState(state, 'deny', 'applied');
      if (!command.data.reason.trim()) return reject({ code: 'reason_required', field: 'reason', rule: 'C7', message: 'A denial must give its reason' });
      return accept({ type: 'AwpAccessDenied', schemaVersion: 1, data: { ...subject, reason: command.data.reason.trim(), deniedAt: at } });
    case 'RecordAwpTraining':
      if (state.status !== 'applied' && state.status !== 'approved') return wrongState(state, 'record training for', 'applied or approved');
      if (state.trained)
        return reject({ code: 'awp_training_already_recorded', rule: 'C7', message: 'The training of this employee for this role is already recorded' });
      if (trainingIsInFuture(command.data.trainedOn, command.now)) {
        return reject({
          code: 'awp_training_in_future',
          field: 'trainedOn',
          rule: 'C7',
          message: `trainedOn must not be after today (${at}): a training is recorded once it has taken place`,
        });
      }
      return accept({
        type: 'AwpTrainingRecorded',
        schemaVersion: 1,
        data: { ...subject, course: command.data.course.trim(), trainedOn: command.data.trainedOn, recordedAt: at },
      });
    case 'RevokeAwpAccess':
      if (state.status !== 'approved' && state.status !== 'applied') return wrongState(state, 'revoke', 'applied or approved');
      if (!command.data.reason.trim()) return reject({ code: 'reason_required', field: 'reason', rule: 'C7', message: 'A revocation must give its reason' });
      return accept({ type: 'AwpAccessRevoked', schemaVersion: 1, data: { ...subject, reason: command.data.reason.trim(), revokedAt: at } });
    default: {
      const unknownCommand: never = command;
      return unknownCommand;
    }
  }
}
