import type { AgencyQueueItem, ClockView, HolderView } from '@od/contracts';
import type { GatewayAnswer } from '../../gateway/gateway-client';
import { almatyDate, almatyDay } from '../../i18n/dates';
import type { PortalLanguage } from '../../i18n/languages';
import type { Translate } from '../../i18n/translator';

/** The design system's tag colour for a request's status and a clock's. */
const STATUS_TAGS: Readonly<Record<string, string>> = {
  received: 'govuk-tag--blue',
  accepted: 'govuk-tag--turquoise',
  answered: 'govuk-tag--green',
  returned: 'govuk-tag--grey',
  refused: 'govuk-tag--orange',
  running: 'govuk-tag--blue',
  met: 'govuk-tag--green',
  met_late: 'govuk-tag--yellow',
  breached: 'govuk-tag--red',
  superseded: 'govuk-tag--grey',
};

export const tagClassOf = (status: string): string => STATUS_TAGS[status] ?? 'govuk-tag--grey';

/** The last day an act is on time, for an exclusive due instant: the Almaty day of the instant just before it. */
const lastDayOfDue = (dueAt: string): string => new Date(Date.parse(dueAt) - 1).toISOString();

export const ruleName = (rule: string, t: Translate): string => {
  const name = t(`agency.rule.${rule}`);
  return name === `agency.rule.${rule}` ? rule : name;
};

/**
 * A clock in words, as the issue asks: "R4 (answer): due by the end of Thursday 12 March 2026: 15 calendar days
 * from 25 February 2026, moved from Sunday 11 March 2026 (a day off); calendar 2026.1".
 */
export function clockInWords(clock: ClockView, language: PortalLanguage, t: Translate): string {
  const due = t('agency.clock.due', { rule: ruleName(clock.rule, t), lastDay: almatyDay(clock.lastDay, language, true) });
  const explanation = clock.explanation;
  if (!explanation) return `${due}.`;
  const start = almatyDate(explanation.start, language, explanation.rule === 'instant' ? 'dateTime' : 'date');
  const parts = [t(`agency.clock.count.${explanation.rule}`, { days: explanation.days, start })];
  if (explanation.movedFrom) parts.push(t('agency.clock.movedFrom', { date: almatyDay(explanation.movedFrom, language, true) }));
  const counted = parts.join(', ');
  const calendar = explanation.calendarVersions.length > 0 ? `; ${t('agency.clock.calendar', { versions: explanation.calendarVersions.join(', ') })}` : '';
  return `${due}: ${counted}${calendar}.`;
}

/** A clock as the request page lists it. */
export function clockRow(clock: ClockView, language: PortalLanguage, t: Translate) {
  return {
    rule: clock.rule,
    words: clockInWords(clock, language, t),
    status: t(`agency.clock.status.${clock.status}`),
    statusClass: tagClassOf(clock.status),
    overdue: clock.overdue,
    open: clock.open,
    mustAct: t('agency.clock.mustAct', { roles: clock.mustAct.roles.map((role) => t(`agency.role.${role}`)).join(', ') }),
  };
}

/** A row of the queue. */
export function queueRow(item: AgencyQueueItem, language: PortalLanguage, t: Translate) {
  return {
    href: `/agency/requests/${item.requestId}`,
    subject: item.subject,
    status: t(`agency.status.${item.status}`),
    statusClass: tagClassOf(item.status),
    received: almatyDate(item.receivedAt ?? item.submittedAt, language),
    nextDue: item.nextDueAt
      ? t('agency.queue.nextDue', { day: almatyDate(lastDayOfDue(item.nextDueAt), language), rule: ruleName(item.nextDueRule ?? '', t) })
      : null,
    overdue: item.overdue,
  };
}

/** A holder's name in the reader's language, or its id when the registry does not know it. */
export function holderNamer(holders: readonly HolderView[], language: PortalLanguage): (holderId: string) => string {
  const names = new Map(holders.map((holder) => [holder.holderId, holder.name[language]]));
  return (holderId) => names.get(holderId) ?? holderId;
}

interface LocalizedRejection {
  readonly error?: string;
  readonly message?: string;
  readonly messages?: Partial<Record<PortalLanguage, string>>;
  readonly fields?: readonly { readonly field: string; readonly rule?: string; readonly message?: string }[];
}

/**
 * A refusal as the page shows it: the gateway writes it in the account's language and gives all three beside
 * it, so the page takes the one the user reads the portal in; a field's rule id (the provision) is followed by
 * the refusal's code (`holder_has_no_blog`), which staff quote when they ask for help.
 */
export function inPageLanguage(answer: GatewayAnswer<unknown>, language: PortalLanguage): GatewayAnswer<unknown> {
  const body = (answer.body ?? {}) as LocalizedRejection;
  const localized = body.messages?.[language] ?? body.message;
  const code = body.error && body.error !== 'validation_failed' ? body.error : undefined;
  const fields = body.fields?.map((field) => ({
    ...field,
    message: field.message === body.message ? localized : field.message,
    rule: code && field.rule !== code ? [field.rule, code].filter(Boolean).join(', ') : field.rule,
  }));
  return { ...answer, body: { ...body, message: localized, ...(fields ? { fields } : {}) } };
}
