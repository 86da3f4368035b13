import type { RequestEvent, UiLanguage } from '@od/contracts';
import { findSeededHolder } from '@od/domain';
import { NOTICE_TEMPLATES, type CitizenNoticeKind, type NoticeTemplate } from './notice-templates';

/** The facts that concern a request's author, and the kind of notice each makes. */
export const NOTICE_KIND_OF: Partial<Record<RequestEvent['type'], CitizenNoticeKind>> = {
  RequestAccepted: 'request_accepted',
  RequestRedirected: 'request_redirected',
  RequestReturned: 'request_returned',
  RequestAnswered: 'request_answered',
  DeadlineExtended: 'deadline_extended',
  RequestRefused: 'request_refused',
};

export function holderName(holderId: string, language: UiLanguage): string {
  return findSeededHolder(holderId)?.name[language] ?? holderId;
}

/** Fills `{name}` placeholders; an unknown placeholder is left as it is, so a template typo shows. */
export function fillTemplate(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The placeholder values a fact provides, in the notice's language; pure. */
export function placeholderValues(event: RequestEvent, subject: string, language: UiLanguage): Record<string, string> {
  const values: Record<string, string> = { subject, holderName: holderName(event.data.holderId, language) };
  switch (event.type) {
    case 'RequestRedirected':
      return { ...values, toHolderName: holderName(event.data.toHolderId, language), reason: event.data.reason };
    case 'RequestReturned':
      return { ...values, reason: event.data.reasonText };
    case 'RequestRefused':
      return { ...values, reason: event.data.reasonText };
    case 'DeadlineExtended':
      return { ...values, days: String(event.data.days), reason: event.data.reason };
    default:
      return values;
  }
}

/** The notice's title and body for a fact, or undefined when the fact tells the author nothing; pure. */
export function renderNotice(event: RequestEvent, subject: string, language: UiLanguage): { kind: CitizenNoticeKind; text: NoticeTemplate } | undefined {
  const kind = NOTICE_KIND_OF[event.type];
  if (!kind) return undefined;
  const template = NOTICE_TEMPLATES[kind][language];
  const values = placeholderValues(event, subject, language);
  return { kind, text: { title: fillTemplate(template.title, values), body: fillTemplate(template.body, values) } };
}
