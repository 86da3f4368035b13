import { reportStream, requestAnnualReport, type ReportEvent, type ReportRequester, type Verified } from '@od/contracts';
import { decideReportJob, evolveReportJob, initialReportJobState, normaliseClientCommandId, type ReportJobCommand, type ReportJobState } from '@od/domain';
import { routesFor } from '@od/platform';

/** The report's id is its request's command id: asking again with the same id answers the same report. */
export function reportIdOf(message: { readonly commandId: string }): string {
  return normaliseClientCommandId(message.commandId);
}

/** Who asks, as the service verified the caller (actor from the token, AWP roles from its own store). */
function requesterOf(message: Verified<unknown>): ReportRequester | null {
  if (message.actor.kind === 'ministry') return { role: 'ministry' };
  if (message.actor.kind !== 'staff' || !message.staff.holderId) return null;
  const officer = message.staff.staffRoles.includes('information_officer');
  return { role: 'staff', holderId: message.staff.holderId, ...(officer ? { awpRole: 'information_officer' as const } : {}) };
}

/** B2: the ministry, or a holder's access-to-information officer for their own holder (B4), asks for the annual report. */
export const reportRoutes = routesFor<ReportJobState, ReportEvent, ReportJobCommand>({
  initialState: initialReportJobState,
  evolve: evolveReportJob,
  decide: decideReportJob,
  // A report concerns the platform, not one holder's agency: no agency is sent the job's facts.
  holderId: () => undefined,
}).on(requestAnnualReport, {
  stream: (message) => reportStream(reportIdOf(message)),
  expected: 'new',
  command: (message, { now }) => {
    const requestedBy = requesterOf(message);
    if (!requestedBy) {
      return {
        ok: false,
        rejection: {
          code: 'report_requester_not_allowed',
          rule: 'B4',
          message: 'Only the ministry or a holder’s access-to-information officer may ask for the report',
        },
      };
    }
    const { period, asOf, holderIds = [] } = message.data;
    return { type: 'RequestAnnualReport', reportId: reportIdOf(message), period, ...(asOf === undefined ? {} : { asOf }), holderIds, requestedBy, now };
  },
  reply: (message, { position }) => ({ reportId: reportIdOf(message), position }),
});
