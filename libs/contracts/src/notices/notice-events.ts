import type { DomainEvent } from '../envelope';
import type { UiLanguage } from '../identity/access-token-claims';

/** In-app notices to a user, one per fact that concerns them: `notice-<userId>`. */
export const NOTICE_CATEGORY = 'notice';

export function noticeStream(userId: string): string {
  return `${NOTICE_CATEGORY}-${userId}`;
}

export type NoticeKind = 'request_accepted' | 'request_redirected' | 'request_returned' | 'request_answered' | 'deadline_extended' | 'request_refused';

export type NoticeIssued = DomainEvent<
  'NoticeIssued',
  {
    readonly noticeId: string;
    readonly userId: string;
    readonly kind: NoticeKind;
    readonly requestId: string;
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
