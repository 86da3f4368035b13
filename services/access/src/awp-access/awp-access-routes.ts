import {
  applyForAwpAccess,
  approveAwpAccess,
  awpAccessStream,
  denyAwpAccess,
  recordAwpTraining,
  revokeAwpAccess,
  type AwpAccessEvent,
  type AwpAccessTarget,
  type Verified,
} from '@od/contracts';
import { decideAwpAccess, evolveAwpAccess, initialAwpAccessState, type AwpAccessCommand, type AwpAccessState, type AwpApplicant } from '@od/domain';
import { holderIsRegistered, routesFor, withAction } from '@od/platform';

/** One stream per holder, employee and role. */
const streamOf = ({ data }: { readonly data: AwpAccessTarget }) => awpAccessStream(data.holderId, data.employeeIin, data.role);
const targetOf = ({ data }: { readonly data: AwpAccessTarget }): AwpAccessTarget => ({
  holderId: data.holderId,
  employeeIin: data.employeeIin,
  role: data.role,
});

/**
 * C7: who applies, with the AWP roles a staff applicant may use right now as this service's store has them
 * (null: nobody who may apply). Only an application is decided on its applicant; who may approve, deny,
 * record training or revoke is the gateway's access policy.
 */
function applicantOf(message: Verified<unknown>): AwpApplicant | null {
  if (message.actor.kind === 'operator') return { kind: 'operator' };
  const { iin } = message.account;
  const { holderId } = message.staff;
  if (message.actor.kind !== 'staff' || !iin || !holderId) return null;
  // The verified caller's staff roles are already the ones active in this service's store.
  return { kind: 'staff', iin, holderId, activeRoles: message.staff.staffRoles };
}

/** C7: the agency applies for an employee's AWP access, the operator approves or denies and records training; access may be revoked. */
export const awpAccessRoutes = routesFor<AwpAccessState, AwpAccessEvent, AwpAccessCommand>({
  initialState: initialAwpAccessState,
  evolve: evolveAwpAccess,
  decide: decideAwpAccess,
  holderId: (_event, command) => command.data.holderId,
})
  .on(applyForAwpAccess, {
    stream: streamOf,
    // A denied or revoked employee may be applied for again on the same stream.
    expected: 'any',
    command: async (message, { now, store }) => {
      if (!(await holderIsRegistered(store, message.data.holderId))) {
        return { ok: false, rejection: { code: 'holder_unknown', field: 'holderId', message: `No information holder has the id "${message.data.holderId}"` } };
      }
      const applicant = applicantOf(message);
      if (!applicant) {
        return {
          ok: false,
          rejection: {
            code: 'awp_applicant_not_allowed',
            rule: 'C7',
            message: 'Only the operator or the holder’s administrator or access-to-information officer may apply for AWP access',
          },
        };
      }
      return { type: 'ApplyForAwpAccess', data: targetOf(message), applicant, now };
    },
    fingerprintBody: withAction('apply'),
  })
  .on(approveAwpAccess, {
    stream: streamOf,
    expected: 'existing',
    command: (message, { now }) => ({ type: 'ApproveAwpAccess', data: targetOf(message), now }),
    fingerprintBody: withAction('approve'),
  })
  .on(denyAwpAccess, {
    stream: streamOf,
    expected: 'existing',
    command: (message, { now }) => ({ type: 'DenyAwpAccess', data: { ...targetOf(message), reason: message.data.reason }, now }),
    fingerprintBody: withAction('deny'),
  })
  .on(recordAwpTraining, {
    stream: streamOf,
    expected: 'existing',
    command: (message, { now }) => ({
      type: 'RecordAwpTraining',
      data: { ...targetOf(message), course: message.data.course, trainedOn: message.data.trainedOn },
      now,
    }),
    fingerprintBody: withAction('record_training'),
  })
  .on(revokeAwpAccess, {
    stream: streamOf,
    expected: 'existing',
    command: (message, { now }) => ({ type: 'RevokeAwpAccess', data: { ...targetOf(message), reason: message.data.reason }, now }),
    fingerprintBody: withAction('revoke'),
  });
