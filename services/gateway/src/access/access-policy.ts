import type { AccountRole, StaffRole } from '@od/contracts';

export const ANY_STAFF_ROLE: readonly StaffRole[] = ['administrator', 'responder', 'first_head', 'information_officer'];

/**
 * `roles`: the account roles allowed. `awp`: for staff, the AWP roles of which at least one must be
 * active right now (approved and trained, C7); a staff row without `awp` needs no active access
 * (an agency applying for its employees' access).
 */
export interface EndpointRule {
  readonly roles: readonly AccountRole[];
  readonly awp?: readonly StaffRole[];
  /** The rule of DESIGN.md that limits the endpoint to these AWP roles, cited when refusing. */
  readonly rule?: string;
}

/**
 * Who may call what: every endpoint of the gateway. `public` needs no token. The guard refuses any
 * route missing here, and a test calls every row as every role. Whether a staff member acts on their
 * own holder is checked by the endpoint, which knows the holder of what is asked for.
 */
export const ENDPOINT_ACCESS = {
  'GET /health': 'public',
  'GET /api/me': { roles: ['citizen', 'organisation', 'staff', 'operator', 'ministry', 'analyst'] },
  'POST /api/requests': { roles: ['citizen', 'organisation'] },
  'GET /api/requests/:requestId': { roles: ['citizen', 'organisation', 'staff'], awp: ANY_STAFF_ROLE },
  'GET /api/agency/requests': { roles: ['staff'], awp: ANY_STAFF_ROLE },
  // The deciders (libs/domain) check the same roles again, with the holder of the request.
  'POST /api/requests/:requestId/acceptance': { roles: ['staff'], awp: ['administrator'], rule: 'R2' },
  'POST /api/requests/:requestId/redirection': { roles: ['staff'], awp: ['administrator'], rule: 'R2' },
  'POST /api/requests/:requestId/return': { roles: ['staff'], awp: ['administrator'], rule: 'R3' },
  'POST /api/requests/:requestId/drafts': { roles: ['staff'], awp: ['responder', 'administrator'], rule: 'R4' },
  'POST /api/requests/:requestId/answer': { roles: ['staff'], awp: ['responder', 'administrator', 'first_head'], rule: 'R4' },
  'POST /api/requests/:requestId/extension': { roles: ['staff'], awp: ['first_head'], rule: 'R5' },
  'POST /api/requests/:requestId/refusal': { roles: ['staff'], awp: ['administrator', 'first_head'], rule: 'R6' },
  'POST /api/requests/:requestId/rating': { roles: ['citizen', 'organisation'] },
  // C7: the agency applies through its administrator or access-to-information officer with active access (the operator records paper applications).
  'POST /api/awp-access/applications': { roles: ['staff', 'operator'], awp: ['administrator', 'information_officer'], rule: 'C7' },
  'POST /api/awp-access/approvals': { roles: ['operator'] },
  'POST /api/awp-access/denials': { roles: ['operator'] },
  'POST /api/awp-access/trainings': { roles: ['operator'] },
  'POST /api/awp-access/revocations': { roles: ['operator', 'staff'], awp: ['administrator', 'first_head'] },
  'GET /api/awp-access': { roles: ['operator', 'ministry', 'staff'], awp: ANY_STAFF_ROLE },
  // Read models: the author's own, the holder's own (any active AWP role), oversight for all (B2, B4).
  'GET /api/me/requests': { roles: ['citizen', 'organisation'] },
  // Staff read the notices of the clocks they must act on (with active AWP access, as for the queue).
  'GET /api/me/notices': { roles: ['citizen', 'organisation', 'staff'], awp: ANY_STAFF_ROLE },
  'GET /api/requests/:requestId/history': { roles: ['citizen', 'organisation', 'staff'], awp: ANY_STAFF_ROLE },
  'GET /api/agency/clocks': { roles: ['staff'], awp: ['information_officer', 'administrator', 'first_head'] },
  'GET /api/ministry/clocks': { roles: ['ministry'] },
  'GET /api/holders/:holderId/blog': 'public',
  'GET /api/reference/grounds': 'public',
  'GET /api/reference/legal-basis': 'public',
  'GET /api/holders': 'public',
  'GET /api/holders/:holderId': 'public',
  'GET /api/calendar/:year': 'public',
  'GET /api/calendar/:year/versions': 'public',
  // A holder's figures are counts, nothing in them belongs to anyone: public, as the annual report is (B2).
  'GET /api/holders/:holderId/statistics': 'public',
  // Internet conferences (C1–C5, C8): the agency's administrator prepares, the operator publishes, users ask, staff answer.
  'POST /api/conferences': { roles: ['staff'], awp: ['administrator'], rule: 'C8' },
  'POST /api/conferences/:conferenceId/revision': { roles: ['staff'], awp: ['administrator'], rule: 'C8' },
  'POST /api/conferences/:conferenceId/submission': { roles: ['staff'], awp: ['administrator'], rule: 'C1' },
  'POST /api/conferences/:conferenceId/approval': { roles: ['operator'] },
  'POST /api/conferences/:conferenceId/return': { roles: ['operator'] },
  'POST /api/conferences/:conferenceId/announcement': { roles: ['staff'], awp: ['administrator'], rule: 'C3' },
  'POST /api/conferences/:conferenceId/questions': { roles: ['citizen', 'organisation'] },
  'POST /api/conferences/:conferenceId/questions/:questionId/answer': { roles: ['staff'], awp: ['administrator', 'responder', 'first_head'], rule: 'C4' },
  'POST /api/conferences/:conferenceId/closing': { roles: ['staff'], awp: ['administrator'], rule: 'C4' },
  'POST /api/holders/:holderId/topic-applications': { roles: ['citizen', 'organisation'] },
  'POST /api/topic-applications/:applicationId/acceptance': { roles: ['staff'], awp: ['administrator'], rule: 'C5' },
  'POST /api/topic-applications/:applicationId/refusal': { roles: ['staff'], awp: ['administrator'], rule: 'C5' },
  'GET /api/agency/topic-applications': { roles: ['staff'], awp: ['administrator'], rule: 'C5' },
  'GET /api/me/topic-applications': { roles: ['citizen', 'organisation'] },
  'GET /api/conferences': 'public',
  'GET /api/conferences/:conferenceId': 'public',
  'GET /api/me/questions': { roles: ['citizen', 'organisation'] },
  'GET /api/agency/conferences': { roles: ['staff'], awp: ANY_STAFF_ROLE },
  'GET /api/operator/conference-templates': { roles: ['operator'] },
  // Surveys (C1, C3, C6, C8): the agency's administrator prepares, the operator publishes, users vote.
  'POST /api/surveys': { roles: ['staff'], awp: ['administrator'], rule: 'C1' },
  'POST /api/surveys/:surveyId/submission': { roles: ['staff'], awp: ['administrator'], rule: 'C1' },
  'POST /api/surveys/:surveyId/approval': { roles: ['operator'] },
  'POST /api/surveys/:surveyId/return': { roles: ['operator'] },
  'POST /api/surveys/:surveyId/announcements': { roles: ['staff'], awp: ['administrator'], rule: 'C3' },
  'POST /api/surveys/:surveyId/closing': { roles: ['staff'], awp: ['administrator'], rule: 'C6' },
  'POST /api/surveys/:surveyId/ballots': { roles: ['citizen', 'organisation'] },
  'GET /api/surveys': 'public',
  'GET /api/surveys/:surveyId': 'public',
  'GET /api/surveys/:surveyId/results': 'public',
  'GET /api/agency/surveys': { roles: ['staff'], awp: ANY_STAFF_ROLE },
  'GET /api/operator/survey-templates': { roles: ['operator'] },
  // B2, B4: the ministry reports on any holders; a holder's access-to-information officer on their own holder
  // only (the endpoint checks the holder, the reporting service again).
  'POST /api/ministry/reports': { roles: ['ministry', 'staff'], awp: ['information_officer'], rule: 'B4' },
  'GET /api/ministry/reports/:reportId': { roles: ['ministry', 'staff'], awp: ['information_officer'], rule: 'B4' },
  'GET /api/ministry/reports/:reportId/:file': { roles: ['ministry', 'staff'], awp: ['information_officer'], rule: 'B4' },
} as const satisfies Record<string, 'public' | EndpointRule>;

export type Endpoint = keyof typeof ENDPOINT_ACCESS;

export function endpointRule(endpoint: string): 'public' | EndpointRule | undefined {
  return (ENDPOINT_ACCESS as Record<string, 'public' | EndpointRule>)[endpoint];
}
