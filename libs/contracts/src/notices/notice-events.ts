import type { ClockRule, ClockSubject } from '../clocks/clock-events';
import type { DomainEvent } from '../envelope';
import type { UiLanguage } from '../identity/access-token-claims';

/** In-app notices to a user, one per fact that concerns them: `notice-<userId>`. */
export const NOTICE_CATEGORY = 'notice';

export function noticeStream(userId: string): string {
  return `${NOTICE_CATEGORY}-${userId}`;
}

export type NoticeKind =
  | 'request_accepted'
  | 'request_redirected'
  | 'request_returned'
  | 'request_answered'
  | 'deadline_extended'
  | 'request_refused'
  | 'topic_application_accepted'
  | 'topic_application_refused'
  /** Staff: a clock of their holder that they must act on warns (its last day has come) or breached. */
  | 'clock_warning'
  | 'clock_breached';

export interface NoticeText {
  readonly title: string;
  readonly body: string;
}

export type NoticeIssued = DomainEvent<
  'NoticeIssued',
  {
    readonly noticeId: string;
    /** The recipient: a citizen's IIN, an organisation's BIN, a staff member's IIN (as AWP grants know them). */
    readonly userId: string;
    readonly kind: NoticeKind;
    /** The request the notice tells of; absent for a topic application's notice (C5) and a conference's or survey's clock. */
    readonly requestId?: string;
    /** C5: the topic application whose decision the notice tells of. */
    readonly applicationId?: string;
    /** A staff notice: the clock that warned or breached, its rule and subject (request, conference, topic application, survey). */
    readonly clock?: { readonly clockId: string; readonly rule: ClockRule; readonly subject: ClockSubject };
    /** `title` and `body` are in this language. */
    readonly language: UiLanguage;
    readonly title: string;
    readonly body: string;
    /**
     * A staff notice in every UI language: the notifications service does not know an employee's language
     * (AWP grants do not carry it), so the reader's own locale picks the text when it is read.
     */
    readonly texts?: Readonly<Record<UiLanguage, NoticeText>>;
    /** The fact this notice tells of: one notice per fact (and recipient). */
    readonly causedByEventId: string;
    /** When the fact it tells of happened (its own instant: accepted at, warned at, …); absent in notices issued before it was kept. */
    readonly factAt?: string;
    /** Where a term runs: its exclusive due instant (the act is on time strictly before it). */
    readonly dueAt?: string;
    readonly issuedAt: string;
  },
  1
>;

export type NoticeEvent = NoticeIssued;
