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
  | 'topic_application_refused';

export type NoticeIssued = DomainEvent<
  'NoticeIssued',
  {
    readonly noticeId: string;
    readonly userId: string;
    readonly kind: NoticeKind;
    /** The request the notice tells of; absent for a topic application's notice (C5). */
    readonly requestId?: string;
    /** C5: the topic application whose decision the notice tells of. */
    readonly applicationId?: string;
    readonly language: UiLanguage;
    readonly title: string;
    readonly body: string;
    /** The fact this notice tells of: one notice per fact. */
    readonly causedByEventId: string;
    readonly issuedAt: string;
  },
  1
>;

export type NoticeEvent = NoticeIssued;
