import type { HolderView, RequestHistoryReply } from '@od/contracts';
import type { FormErrors } from '../../http/form-errors';
import { almatyDate } from '../../i18n/dates';
import type { PortalLanguage } from '../../i18n/languages';
import type { Translate } from '../../i18n/translator';
import { clockRow, holderNamer, tagClassOf } from './agency-views';
import { fieldId, type Decision, type DecisionName, type FormValue, type PostedForm } from './decisions';

/** An Article 11 ground as GET /api/reference/grounds publishes it. */
interface PublishedGround {
  readonly code: string;
  readonly rule: string;
  readonly basis: string;
  readonly text: Readonly<Record<PortalLanguage, string>>;
}

export interface GroundsReply {
  readonly returnGrounds: readonly PublishedGround[];
  readonly refusalGrounds: readonly PublishedGround[];
}

/** What happened just before the page: a decision taken (banner), or refused (its form again, with the errors). */
export interface PageState {
  readonly done?: DecisionName;
  readonly at?: string;
  readonly failed?: DecisionName;
  readonly errors?: FormErrors;
  readonly values?: PostedForm;
}

interface PageInputs {
  readonly language: PortalLanguage;
  readonly t: Translate;
  readonly holders: readonly HolderView[];
  readonly grounds: GroundsReply;
  readonly newCommandId: () => string;
  readonly state: PageState;
}

const text = (value: FormValue): string => (typeof value === 'string' ? value : (value?.[0] ?? ''));
const list = (value: FormValue): readonly string[] => (value === undefined ? [] : typeof value === 'string' ? [value] : value);

/** The request page's view: the request, its clocks in words, its history, and one form per decision allowed now. */
export function requestPage(reply: Extract<RequestHistoryReply, { found: true }>, decisions: readonly Decision[], inputs: PageInputs) {
  const { language, t, state } = inputs;
  const request = reply.request;
  const holderName = holderNamer(inputs.holders, language);
  const errors = state.errors ?? { summary: [], byField: {} };
  // A refusal that names no field belongs to the decision's form as a whole, where that form is still offered.
  const failedShown = decisions.some((decision) => decision.name === state.failed);
  const summary = errors.summary.map((item) => (item.href === '#main-content' && failedShown ? { ...item, href: `#decision-${state.failed}` } : item));
  const formError = state.failed ? summary.filter((item) => item.href === `#decision-${state.failed}`).map((item) => item.text) : [];
  const values = (decision: DecisionName): PostedForm => (state.failed === decision ? (state.values ?? {}) : {});
  const groundItems = (grounds: readonly PublishedGround[], chosen: string) =>
    grounds.map((ground) => ({
      value: ground.code,
      text: ground.text[language],
      hint: { text: `${ground.rule} · ${ground.basis}` },
      checked: ground.code === chosen,
    }));

  const forms = decisions.map((decision) => {
    const given = values(decision.name);
    const id = (field: string) => fieldId(decision.name, field);
    const error = (field: string) => errors.byField[id(field)];
    const fields: Record<string, unknown> = {};
    for (const field of decision.fields) fields[field] = { id: id(field), value: text(given[field]), error: error(field) };
    if (decision.name === 'redirect') {
      const chosen = text(given.toHolderId);
      fields.holderItems = [
        { value: '', text: t('agency.decision.redirect.choose') },
        ...inputs.holders
          .filter((holder) => holder.blog.hasBlog && holder.holderId !== request.holderId)
          .map((holder) => ({ value: holder.holderId, text: holder.name[language], selected: holder.holderId === chosen })),
      ];
    }
    if (decision.name === 'extend') {
      const chosen = list(given.otherHolderIds);
      fields.holderItems = inputs.holders
        .filter((holder) => holder.holderId !== request.holderId)
        .map((holder) => ({ value: holder.holderId, text: holder.name[language], checked: chosen.includes(holder.holderId) }));
    }
    if (decision.name === 'return') fields.groundItems = groundItems(inputs.grounds.returnGrounds, text(given.reasonCode));
    if (decision.name === 'refuse') fields.groundItems = groundItems(inputs.grounds.refusalGrounds, text(given.groundCode));
    return {
      name: decision.name,
      action: `/agency/requests/${request.requestId}/${decision.name}`,
      commandId: inputs.newCommandId(),
      failed: state.failed === decision.name,
      formError: state.failed === decision.name ? formError : [],
      fields,
    };
  });

  return {
    pageTitle: request.subject,
    banner: state.done ? t(`agency.done.${state.done}`) : null,
    errorSummary: summary,
    request: {
      id: request.requestId,
      subject: request.subject,
      text: request.text,
      language: request.language,
      status: t(`agency.status.${request.status}`),
      statusClass: tagClassOf(request.status),
      rows: [
        [t('agency.request.holder'), holderName(request.holderId)],
        [t('agency.request.author'), t(`agency.author.${request.author.kind}`)],
        [t('agency.request.language'), request.language.toUpperCase()],
        [t('agency.request.submitted'), almatyDate(request.submittedAt, language, 'dateTime')],
        [t('agency.request.received'), request.receivedAt ? almatyDate(request.receivedAt, language, 'dateTime') : null],
        [t('agency.request.accepted'), request.acceptedAt ? almatyDate(request.acceptedAt, language, 'dateTime') : null],
        [t('agency.request.extended'), request.extendedDays ? t('agency.request.extendedDays', { days: request.extendedDays }) : null],
      ]
        .filter(([, value]) => value !== null)
        .map(([key, value]) => ({ key: { text: key }, value: { text: value } })),
      answer: request.answer ? { text: request.answer.text, at: almatyDate(request.answer.answeredAt, language, 'dateTime') } : null,
      reason: request.reason,
      redirects: request.redirects.map((step) => ({
        from: holderName(step.fromHolderId),
        to: holderName(step.toHolderId),
        at: almatyDate(step.redirectedAt, language, 'dateTime'),
        reason: step.reason,
      })),
    },
    clocks: reply.clocks.map((clock) => clockRow(clock, language, t)),
    history: reply.history.map((item) => ({ at: almatyDate(item.occurredAt, language, 'dateTime'), text: item.summary[language] })),
    forms,
  };
}
