import type { NoticeItem, UiLanguage } from '@od/contracts';
import { lastDayOf, lastDayText } from '@od/domain';
import type { NoticeViewEntity } from './notice-view.entity';

/** The citizen's notices after which the answer term (R4) runs. */
export const ANSWER_TERM_NOTICES: ReadonlySet<string> = new Set(['request_accepted', 'deadline_extended']);

/**
 * A notice as its reader gets it; pure. A staff notice (kept in every language) is read in the reader's
 * language; any other in its own (the request's or the application's). The last day, where a term runs, is
 * derived from the due instant, in words in the notice's language.
 */
export function noticeItemOf(notice: NoticeViewEntity, readerLanguage: UiLanguage = 'kk', answerDueAt?: Date): NoticeItem {
  const language = notice.texts ? readerLanguage : notice.language;
  const text = notice.texts?.[readerLanguage] ?? { title: notice.title, body: notice.body };
  // An acceptance or an extension starts or moves the answer term (R4, R5): its due instant as the clocks have it now.
  const dueAt = (notice.dueAt ?? (ANSWER_TERM_NOTICES.has(notice.kind) ? answerDueAt : undefined))?.toISOString() ?? null;
  return {
    noticeId: notice.noticeId,
    kind: notice.kind,
    requestId: notice.requestId,
    applicationId: notice.applicationId,
    clock: notice.clock,
    language,
    title: text.title,
    body: text.body,
    issuedAt: notice.issuedAt.toISOString(),
    factAt: notice.factAt?.toISOString() ?? null,
    dueAt,
    lastDay: dueAt ? lastDayOf(dueAt) : null,
    lastDayText: dueAt ? lastDayText(dueAt, language as UiLanguage) : null,
  };
}
