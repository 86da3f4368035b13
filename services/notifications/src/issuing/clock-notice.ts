import {
  upcastClockEvent,
  type ClockBreached,
  type ClockWarningIssued,
  type EventToAppend,
  type NoticeIssued,
  type NoticeText,
  type UiLanguage,
} from '@od/contracts';
import { lastDayText, uuidV5, whoMustAct } from '@od/domain';
import type { EventStore, RecordedEvent } from '@od/event-store';
import type { RequestAuthors } from '../authors/request-authors';
import type { StaffGrants, StaffMember } from '../staff/staff-grants';
import { ANNOUNCE, CLOCK_NOTICE_TEMPLATES, SUBJECT_LABELS, WHAT_IS_DUE } from './clock-notice-templates';
import { issueNotice, NOTICE_ID_NAMESPACE, noticeIssuedBy } from './issue-notice';
import { fillTemplate, holderName } from './render-notice';

/** The clock facts staff hear of: a warning (the last day has come) and a breach the act has not met. */
export type StaffClockFact = ClockWarningIssued | ClockBreached;

const UI_LANGUAGES: readonly UiLanguage[] = ['kk', 'ru', 'en'];

/** The language a staff notice's `title` and `body` are kept in; each reader reads it in their own (`texts`). */
const STORED_LANGUAGE: UiLanguage = 'kk';

/**
 * The clock fact, as the one family, if it is one staff are told of: every warning, and a breach still
 * unmet (`metLate: false`). A breach recorded with a late act (`metLate: true`) asks nothing more of anyone:
 * the act is done, the breach is for the report (B2).
 */
export function staffClockFactOf(event: RecordedEvent): RecordedEvent<StaffClockFact> | undefined {
  const fact = upcastClockEvent(event) as RecordedEvent<StaffClockFact> | undefined;
  if (fact?.type === 'ClockWarningIssued') return fact;
  if (fact?.type === 'ClockBreached' && !fact.data.metLate) return fact;
  return undefined;
}

/**
 * Who is told, of the holder's staff with active access: each one in a role that must act on the clock's
 * rule (`CLOCK_ACTORS`: R2/R3 the administrator, R4/R6 the responder and the first head, R5 the first head,
 * C3–C5 the administrator), once however many of those roles they hold; by IIN.
 */
export function recipientsOf(fact: StaffClockFact, activeStaffOfHolder: readonly StaffMember[]): string[] {
  const roles = whoMustAct(fact.data.rule, fact.data.subject.holderId).roles;
  return [...new Set(activeStaffOfHolder.filter((member) => roles.includes(member.role)).map((member) => member.employeeIin))].sort();
}

/** One notice per (clock fact, recipient): the id is derived from both, so a redelivery appends nothing. */
export function staffNoticeIdFor(causingEventId: string, employeeIin: string): string {
  return uuidV5(`${causingEventId}/staff/${employeeIin}`, NOTICE_ID_NAMESPACE);
}

function whatIsDue(fact: StaffClockFact, language: UiLanguage): string {
  const { rule, subject } = fact.data;
  if (rule === 'C3') return ANNOUNCE[subject.kind === 'survey' ? 'survey' : 'conference'][language];
  return WHAT_IS_DUE[rule]?.[language] ?? rule;
}

/** The notice's text in one language; pure. `requestSubject`: a request clock's subject line, when known. */
export function staffNoticeText(fact: StaffClockFact, language: UiLanguage, requestSubject?: string): NoticeText {
  const { rule, subject, dueAt } = fact.data;
  const kind = fact.type === 'ClockWarningIssued' ? 'clock_warning' : 'clock_breached';
  const values = {
    rule,
    what: whatIsDue(fact, language),
    subjectLabel: fillTemplate(SUBJECT_LABELS[subject.kind][language], { subject: requestSubject ?? subject.id }),
    holderName: holderName(subject.holderId, language),
    lastDayText: lastDayText(dueAt, language),
  };
  const template = CLOCK_NOTICE_TEMPLATES[kind][language];
  return { title: fillTemplate(template.title, values), body: fillTemplate(template.body, values) };
}

/**
 * The notices a warning or an unmet breach makes for the staff who must act on it: one per recipient, with
 * the text in every UI language, the instant of the fact and the term's due instant; pure.
 */
export function staffClockNotices(
  fact: RecordedEvent<StaffClockFact>,
  activeStaffOfHolder: readonly StaffMember[],
  now: Date,
  requestSubject?: string,
): EventToAppend<NoticeIssued>[] {
  const texts = Object.fromEntries(UI_LANGUAGES.map((language) => [language, staffNoticeText(fact, language, requestSubject)])) as Record<
    UiLanguage,
    NoticeText
  >;
  const { clockId, rule, subject, dueAt } = fact.data;
  return recipientsOf(fact, activeStaffOfHolder).map((employeeIin) =>
    noticeIssuedBy(
      fact,
      {
        userId: employeeIin,
        kind: fact.type === 'ClockWarningIssued' ? 'clock_warning' : 'clock_breached',
        ...(subject.kind === 'request' ? { requestId: subject.id } : {}),
        ...(subject.kind === 'topic-application' ? { applicationId: subject.id } : {}),
        clock: { clockId, rule, subject },
        language: STORED_LANGUAGE,
        ...texts[STORED_LANGUAGE],
        texts,
        factAt: fact.type === 'ClockWarningIssued' ? fact.data.warnedAt : fact.data.breachedAt,
        dueAt,
      },
      now,
      staffNoticeIdFor(fact.metadata.eventId, employeeIin),
    ),
  );
}

/** A clock fact of a holder: its staff who must act, as the grants stand at this point of the stream, each get one notice (a redelivery issues nothing new). */
export async function handleClockFact(
  store: EventStore,
  grants: StaffGrants,
  authors: RequestAuthors,
  event: RecordedEvent,
  now: Date,
): Promise<{ issued: number; alreadyIssued: number }> {
  const fact = staffClockFactOf(event);
  if (!fact) return { issued: 0, alreadyIssued: 0 };
  const { subject } = fact.data;
  const staff = await grants.activeAt(subject.holderId);
  const requestSubject = subject.kind === 'request' ? (await authors.of(subject.id))?.subject : undefined;
  let issued = 0;
  let alreadyIssued = 0;
  for (const notice of staffClockNotices(fact, staff, now, requestSubject)) {
    if ((await issueNotice(store, notice)).alreadyIssued) alreadyIssued += 1;
    else issued += 1;
  }
  return { issued, alreadyIssued };
}
