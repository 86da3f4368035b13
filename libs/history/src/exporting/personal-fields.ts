/**
 * Every field of a fact that can say who someone is, by fact type, and what the analysts' export does with it
 * (`npm run history:export`). The one place to read or change it: the export applies exactly this table, and
 * a unit test walks sample facts of every type and finds nothing personal left.
 *
 * - `pseudonym`: replaced by a keyed hash (HMAC-SHA-256 with the export key): the same value gives the same
 *   pseudonym throughout one export key (so an analyst can count a person's requests, or join an author to
 *   their ballots), and another under another key.
 * - `scrub`: free text that may carry personal data the writer typed (their phone, an IIN, an e-mail): passed
 *   through the platform's one scrubber (`scrubPersonalData`, `@od/platform`), which masks them.
 *
 * A path is dot-separated from the fact's `data`; `*` stands for every key or item at that level.
 */
export type Treatment = 'pseudonym' | 'scrub';

export interface PersonalField {
  readonly path: string;
  readonly treatment: Treatment;
  readonly what: string;
}

const author = (path: string): PersonalField => ({ path, treatment: 'pseudonym', what: 'IIN of the citizen or BIN of the organisation' });
const scrub = (path: string, what: string): PersonalField => ({ path, treatment: 'scrub', what });
const employee: PersonalField = { path: 'employeeIin', treatment: 'pseudonym', what: "the staff member's IIN" };
const moderator = (part: string, what: string): PersonalField => ({
  path: `template.moderator.${part}`,
  treatment: 'pseudonym',
  what: `the moderator's ${what} (Annex 1, C8)`,
});
const conferenceTemplate: readonly PersonalField[] = [
  moderator('surname', 'surname'),
  moderator('name', 'name'),
  moderator('patronymic', 'patronymic'),
  moderator('iin', 'IIN'),
  moderator('email', 'e-mail'),
  moderator('phone', 'phone'),
  scrub('template.title.*', 'the conference title'),
  scrub('template.summary.*', 'the conference summary'),
  scrub('template.description.*', 'the conference description'),
];

/** Fact type → its personal fields. A type with `[]` was reviewed and carries none. Every fact type of `@od/contracts` is here. */
export const PERSONAL_FIELDS: Readonly<Record<string, readonly PersonalField[]>> = {
  // Requests (R1–R7)
  RequestSubmitted: [
    author('author.id'),
    scrub('subject', 'the request subject'),
    scrub('text', 'the request text'),
    { path: 'signature.cms', treatment: 'pseudonym', what: 'the CMS signature: its certificate names the signer and carries the IIN' },
    { path: 'signature.certificateFingerprintSha256', treatment: 'pseudonym', what: "the signer's certificate: one per person" },
    { path: 'signature.certificateSerialNumber', treatment: 'pseudonym', what: "the signer's certificate: one per person" },
  ],
  RequestReceived: [],
  RequestAccepted: [],
  RequestRedirected: [scrub('reason', 'why it was redirected')],
  RequestReturned: [scrub('reasonText', 'why it was returned')],
  AnswerDrafted: [scrub('text', 'the draft answer')],
  RequestAnswered: [scrub('text', 'the answer')],
  DeadlineExtended: [scrub('reason', 'why the term was extended')],
  ExtensionNoticeSent: [],
  RequestRefused: [scrub('reasonText', 'why it was refused')],
  AnswerRated: [scrub('reason', "the dislike's reason")],
  // The holder registry (B3, B4)
  HolderRegistered: [],
  HolderKindRecorded: [],
  HolderLanguagesRecorded: [],
  HolderFirstHeadAppointed: [{ path: 'iin', treatment: 'pseudonym', what: "the first head's IIN" }],
  HolderInformationOfficerAppointed: [{ path: 'iin', treatment: 'pseudonym', what: "the access-to-information officer's IIN" }],
  // AWP access (C7)
  AwpAccessApplied: [employee],
  AwpAccessApproved: [employee],
  AwpAccessDenied: [employee, scrub('reason', 'why access was denied')],
  AwpTrainingRecorded: [employee],
  AwpAccessRevoked: [employee, scrub('reason', 'why access was revoked')],
  // Conferences and topic applications (C1–C5, C8)
  ConferenceTemplateFilled: conferenceTemplate,
  ConferenceTemplateRevised: conferenceTemplate,
  ConferenceTemplateSubmitted: [],
  ConferenceApproved: [],
  ConferenceTemplateReturned: [scrub('reason', 'why the template was returned')],
  ConferenceAnnounced: [],
  ConferenceQuestionAsked: [author('author.id'), scrub('text', 'the question')],
  ConferenceQuestionAnswered: [scrub('text', 'the answer')],
  ConferenceClosed: [],
  TopicApplicationSubmitted: [author('applicant.id'), scrub('topic', 'the topic proposed'), scrub('text', 'the application')],
  TopicApplicationAccepted: [],
  TopicApplicationRefused: [scrub('reason', 'why it was refused')],
  // Surveys (C1, C3, C6, C8)
  SurveyDrafted: [],
  SurveySubmitted: [],
  SurveyApproved: [],
  SurveyReturned: [scrub('reason', 'why the template was returned')],
  SurveyAnnounced: [],
  SurveyClosed: [],
  BallotCast: [{ path: 'voterId', treatment: 'pseudonym', what: 'derived from the IIN/BIN without a key, so it could be recomputed from a guessed IIN' }],
  // Notices to users and staff
  NoticeIssued: [
    { path: 'userId', treatment: 'pseudonym', what: "the recipient's IIN or BIN" },
    scrub('title', 'the notice title'),
    scrub('body', 'the notice text'),
    scrub('texts.*.title', 'the notice title'),
    scrub('texts.*.body', 'the notice text'),
  ],
  // The annual report (B2): who asked is the fact's actor (metadata); the facts name roles and holders only
  AnnualReportRequested: [],
  AnnualReportPublished: [],
  AnnualReportFailed: [scrub('reason', 'why the report failed')],
  // Clocks (every rule with a deadline), the calendar, and the clock facts stored before the one engine
  ClockStarted: [],
  ClockWarningIssued: [],
  ClockBreached: [],
  ClockStopped: [],
  ClockRecomputed: [],
  CalendarYearPublished: [],
  DeadlineStarted: [],
  DeadlineWarningIssued: [],
  DeadlineBreached: [],
  DeadlineStopped: [],
  DeadlineRecomputed: [],
  ConferenceDeadlineStarted: [],
  ConferenceDeadlineWarningIssued: [],
  ConferenceDeadlineBreached: [],
  ConferenceDeadlineStopped: [],
  ConferenceDeadlineRecomputed: [],
  SurveyDeadlineStarted: [],
  SurveyDeadlineWarningIssued: [],
  SurveyDeadlineBreached: [],
  SurveyDeadlineStopped: [],
  SurveyDeadlineRecomputed: [],
};

/** The envelope's personal fields, on every fact. */
export const PERSONAL_METADATA: readonly PersonalField[] = [
  {
    path: 'actor.id',
    treatment: 'pseudonym',
    what: "who acted: a citizen's IIN, an organisation's BIN, a staff or operator account (not a `system` actor's service name)",
  },
  {
    path: 'commandFingerprint',
    treatment: 'pseudonym',
    what: "SHA-256 over the command and the actor's id without a key: a guessed IIN could be checked against it",
  },
];

/** Stream ids that carry a person: the part is replaced by the same pseudonym as the field it repeats. */
export const PERSONAL_STREAM_ID_PARTS: readonly { readonly category: string; readonly pattern: RegExp; readonly what: string }[] = [
  { category: 'awpaccess', pattern: /^(awpaccess-.+-)(\d{12})(-[a-z_]+)$/, what: "awpaccess-<holder>-<the staff member's IIN>-<role>" },
  { category: 'ballot', pattern: /^(ballot-[0-9a-f-]{36}-)([0-9a-f-]{36})()$/, what: 'ballot-<survey>-<voterId>' },
  { category: 'notice', pattern: /^(notice-)(.+)()$/, what: "notice-<the recipient's IIN or BIN>" },
];
