import type { GatewayAnswer } from '../../gateway/gateway-client';
import { almatyDate } from '../../i18n/dates';
import type { PortalLanguage } from '../../i18n/languages';
import type { Translate } from '../../i18n/translator';
import { almatyDay } from '../../i18n/dates';
import type { PostedForm } from './decisions';

export const TEMPLATE_LANGUAGES = ['kk', 'ru', 'en'] as const;
export const MODERATOR_FIELDS = ['surname', 'name', 'patronymic', 'iin', 'position', 'email', 'phone'] as const;

const one = (form: PostedForm, name: string): string => {
  const value = form[name];
  return typeof value === 'string' ? value : (value?.[0] ?? '');
};

/**
 * A date and time typed in Almaty time ("2026-12-14 10:00", or what a datetime-local input sends) as the
 * ISO instant with Almaty's offset the gateway takes; anything else as typed, so the gateway's 400 names the field.
 */
export function almatyInstant(typed: string): string {
  const match = /^\s*(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})\s*$/.exec(typed);
  return match ? `${match[1]}T${match[2]}:00+05:00` : typed.trim();
}

const texts = (form: PostedForm, name: string) =>
  Object.fromEntries(TEMPLATE_LANGUAGES.map((language) => [language, one(form, `${name}-${language}`)]).filter(([, text]) => text.trim() !== ''));

/** Annex 1 from the form: the body of POST /api/conferences (without commandId); empty texts left out (C2 names them). */
export function conferenceTemplateOf(form: PostedForm) {
  const moderator = Object.fromEntries(
    MODERATOR_FIELDS.map((field) => [field, one(form, `moderator-${field}`).trim()]).filter(([field, value]) => value !== '' || field !== 'patronymic'),
  );
  return {
    startsAt: almatyInstant(one(form, 'startsAt')),
    endsAt: almatyInstant(one(form, 'endsAt')),
    title: texts(form, 'title'),
    summary: texts(form, 'summary'),
    description: texts(form, 'description'),
    moderator,
  };
}

interface ApiField {
  readonly field: string;
  readonly rule?: string;
  readonly message?: string;
}

/**
 * The gateway's error with its fields as the form's ids: `title.ru` → `title-ru`; C2 names every missing text in one
 * field (`title.ru,summary.ru`), so each becomes its own; C1's earliest start is explained in the page's language
 * and Almaty time (the platform's message carries it as an ISO instant).
 */
export function onTemplateForm(
  answer: GatewayAnswer<unknown>,
  language: PortalLanguage,
  t: Translate,
  idOf: (apiField: string) => string = (apiField) => apiField.replace(/\./g, '-'),
): GatewayAnswer<unknown> {
  const body = (answer.body ?? {}) as { error?: string; message?: string; rule?: string; field?: string; fields?: readonly ApiField[] };
  const given: readonly ApiField[] = body.fields?.length ? body.fields : body.field ? [{ field: body.field, rule: body.rule, message: body.message }] : [];
  const explained = explanationOf(body.rule, body.message ?? '', language, t);
  const fields = given.flatMap((item) =>
    item.field.split(',').map((field) => ({
      field: idOf(field.trim()),
      rule: item.rule,
      message:
        explained ??
        (body.error === 'conference_languages_missing' || body.error === 'survey_text_missing_language'
          ? t('agencyTemplates.error.languageMissing')
          : item.message),
    })),
  );
  return { ...answer, body: { ...body, fields } };
}

/**
 * C1 and C6 in the page's language: the platform's message carries the earliest start (an instant), the earliest
 * launch date or the earliest closing date (Almaty dates), which the page writes the reader's way.
 */
function explanationOf(rule: string | undefined, message: string, language: PortalLanguage, t: Translate): string | undefined {
  const earliestStart = /may start at (\S+?) at the earliest/.exec(message)?.[1];
  if (rule === 'C1' && earliestStart) return t('agencyTemplates.error.tooSoon', { earliest: almatyDate(earliestStart, language, 'dateTime') });
  const earliestLaunch = /earliest allowed launch date is (\d{4}-\d{2}-\d{2})/.exec(message)?.[1];
  if (rule === 'C1' && earliestLaunch) return t('agencyTemplates.error.launchTooSoon', { earliest: almatyDay(earliestLaunch, language, true) });
  const earliestClosing = /earliest closing date is (\d{4}-\d{2}-\d{2})/.exec(message)?.[1];
  if (rule === 'C6' && earliestClosing) return t('agencyTemplates.error.tooShort', { earliest: almatyDay(earliestClosing, language, true) });
  return undefined;
}

/** The form's values as typed, to show again after a refusal. */
export const formValues = (form: PostedForm): Record<string, string> => Object.fromEntries(Object.keys(form).map((name) => [name, one(form, name)]));
