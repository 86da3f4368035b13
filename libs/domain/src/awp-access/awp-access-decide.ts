import type { AwpAccessEvent, StaffRole } from '@od/contracts';
import { accept, reject, type Decision } from '../shared/decision';
import type { AwpAccessState } from './awp-access';

interface Target {
  readonly holderId: string;
  readonly employeeIin: string;
  readonly role: StaffRole;
}

export type AwpAccessCommand =
  | { readonly type: 'ApplyForAwpAccess'; readonly data: Target; readonly now: Date }
  | { readonly type: 'ApproveAwpAccess'; readonly data: Target; readonly now: Date }
  | { readonly type: 'DenyAwpAccess'; readonly data: Target & { readonly reason: string }; readonly now: Date }
  | { readonly type: 'RecordAwpTraining'; readonly data: Target & { readonly course: string; readonly trainedOn: string }; readonly now: Date }
  | { readonly type: 'RevokeAwpAccess'; readonly data: Target & { readonly reason: string }; readonly now: Date };

export type AwpAccessRejectionCode = 'awp_access_wrong_state' | 'awp_training_already_recorded' | 'reason_required';

type AwpDecision = Decision<AwpAccessEvent, AwpAccessRejectionCode>;

function wrongState(state: AwpAccessState, action: string, expected: string): AwpDecision {
  return reject({ code: 'awp_access_wrong_state', rule: 'C7', message: `Cannot ${action} an AWP access that is ${state.status}; it must be ${expected}` });
}

/** C7: the agency applies, the operator approves or denies, records training, and access can be revoked. */
export function decideAwpAccess(command: AwpAccessCommand, state: AwpAccessState): AwpDecision {
  const at = command.now.toISOString();
  const { holderId, employeeIin, role } = command.data;
  const subject = { holderId, employeeIin, role };
  switch (command.type) {
    case 'ApplyForAwpAccess':
      if (state.status === 'applied' || state.status === 'approved') return wrongState(state, 'apply for', 'none, denied or revoked');
      return accept({ type: 'AwpAccessApplied', schemaVersion: 1, data: { ...subject, appliedAt: at } });
    case 'ApproveAwpAccess':
      if (state.status !== 'applied') return wrongState(state, 'approve', 'applied');
      return accept({ type: 'AwpAccessApproved', schemaVersion: 1, data: { ...subject, approvedAt: at } });
    case 'DenyAwpAccess':
      if (state.status !== 'applied') return wrongState(state, 'deny', 'applied');
      if (!command.data.reason.trim()) return reject({ code: 'reason_required', field: 'reason', rule: 'C7', message: 'A denial must give its reason' });
      return accept({ type: 'AwpAccessDenied', schemaVersion: 1, data: { ...subject, reason: command.data.reason.trim(), deniedAt: at } });
    case 'RecordAwpTraining':
      if (state.status !== 'applied' && state.status !== 'approved') return wrongState(state, 'record training for', 'applied or approved');
      if (state.trained) return reject({ code: 'awp_training_already_recorded', rule: 'C7', message: 'The training of this employee for this role is already recorded' });
      return accept({ type: 'AwpTrainingRecorded', schemaVersion: 1, data: { ...subject, course: command.data.course.trim(), trainedOn: command.data.trainedOn, recordedAt: at } });
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
