import type { OperatorSurveyTemplatesReply, WaitingTemplatesReply } from '@od/contracts';
import type { Request } from 'express';
import type { FormErrors } from '../../http/form-errors';
import type { PortalLanguage } from '../../i18n/languages';
import { fieldErrorsOf, newCommandId } from './operator-gateway';

type Texts = { readonly kk: string; readonly ru: string; readonly en?: string };

/** A text of the template in the reader's language; English is optional in Annex 1/2, so Russian stands in. */
const inLanguage = (text: Texts, language: PortalLanguage) => text[language] ?? text.ru;

/** The form the operator sent, on a template of the list, with the API's errors (re-rendered next to its fields). */
export interface SentForm {
  readonly kind: 'conference' | 'survey';
  readonly id: string;
  readonly errors: FormErrors;
  readonly reason: string;
}

/** Each template's reason field has its own id: the page holds one return form per template. */
export const reasonFieldId = (kind: SentForm['kind'], id: string) => `reason-${kind}-${id}`;

function formOf(request: Request, kind: SentForm['kind'], id: string, sent: SentForm | undefined) {
  const mine = sent?.kind === kind && sent.id === id ? sent : undefined;
  return {
    reasonId: reasonFieldId(kind, id),
    approveCommandId: newCommandId(),
    returnCommandId: newCommandId(),
    reason: mine?.reason ?? '',
    reasonError: fieldErrorsOf(request, mine?.errors)[reasonFieldId(kind, id)] ?? null,
  };
}

/** C1: the Annex 1 and Annex 2 templates waiting for the operator, each with its approve and return forms. */
export function templatesView(
  request: Request,
  conferences: WaitingTemplatesReply | null,
  surveys: OperatorSurveyTemplatesReply | null,
  state: { readonly sent?: SentForm; readonly done?: string } = {},
) {
  const language = request.language;
  return {
    pageTitle: request.t('operator.templates.title'),
    errors: state.sent?.errors ?? null,
    done: state.done && ['approved', 'returned'].includes(state.done) ? request.t(`operator.done.template.${state.done}`) : null,
    conferences:
      conferences?.items.map((item) => ({
        id: item.conferenceId,
        holderId: item.holderId,
        title: inLanguage(item.template.title, language),
        summary: inLanguage(item.template.summary, language),
        startsAt: item.startsAt,
        endsAt: item.endsAt,
        submittedAt: item.submittedAt,
        moderator: [item.template.moderator.surname, item.template.moderator.name, item.template.moderator.patronymic].filter(Boolean).join(' '),
        form: formOf(request, 'conference', item.conferenceId, state.sent),
      })) ?? null,
    surveys:
      surveys?.items.map((item) => ({
        id: item.surveyId,
        holderId: item.holderId,
        title: inLanguage(item.name, language),
        category: item.category,
        opensAt: item.opensAt,
        closesAt: item.closesAt,
        submittedAt: item.submittedAt,
        questions: item.questions.length,
        form: formOf(request, 'survey', item.surveyId, state.sent),
      })) ?? null,
  };
}
