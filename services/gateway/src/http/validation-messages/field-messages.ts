import { BadRequestException } from '@nestjs/common';
import type { UiLanguage } from '@od/contracts';
import { IntlMessageFormat } from 'intl-messageformat';
import { validationMessages, type ValidationMessageKey, type ValidationMessageVariant } from './catalogue';

export type LocalizedText = Readonly<Record<UiLanguage, string>>;
export type MessageArguments = Readonly<Record<string, string | number>>;

/** One problem of a 400: the field, the rule it broke, its message in English (the default) and in all three languages. */
export interface FieldProblem {
  readonly field: string;
  readonly rule: string;
  readonly message: string;
  readonly messages: LocalizedText;
}

const LANGUAGES: readonly UiLanguage[] = ['kk', 'ru', 'en'];
const compiled = new Map<string, IntlMessageFormat>();

function formatted(key: ValidationMessageKey, language: UiLanguage, args: MessageArguments): string {
  const id = `${language}\u0000${key}`;
  let format = compiled.get(id);
  if (!format) {
    // ignoreTag: `<transactionId>` in a text is literal, not rich-text markup.
    format = new IntlMessageFormat(validationMessages[key][language], language, undefined, { ignoreTag: true });
    compiled.set(id, format);
  }
  return String(format.format(args));
}

export function isValidationMessageKey(key: string): key is ValidationMessageKey {
  return Object.hasOwn(validationMessages, key);
}

/** The catalogue's text for `key` with its arguments, in kk, ru and en. */
export function validationMessagesFor(key: ValidationMessageKey, args: MessageArguments = {}): LocalizedText {
  return Object.fromEntries(LANGUAGES.map((language) => [language, formatted(key, language, args)])) as Record<UiLanguage, string>;
}

/** A problem at `field` breaking `rule`, said by the catalogue's `key` (the rule's own text unless a variant is named). */
export function fieldProblem(field: string, rule: string, key: ValidationMessageKey, args: MessageArguments = {}): FieldProblem {
  const messages = validationMessagesFor(key, args);
  return { field, rule, message: messages.en, messages };
}

/** The 400 every refused input gets: `validation_failed`, each field with its rule and message, English by default. */
export function validationFailed(fields: readonly FieldProblem[]): BadRequestException {
  const messages = validationMessagesFor('validationFailed');
  return new BadRequestException({ error: 'validation_failed', message: messages.en, messages, fields });
}

/**
 * The options of a class-validator decorator whose rule means something more specific on this field (a pattern
 * that is a holder id, a maximum that is R5's term): the 400 then says the variant's text. Merge with others:
 * `{ each: true, ...says('matches.optionId') }`.
 */
export function says(variant: ValidationMessageVariant): { context: { says: ValidationMessageVariant } } {
  return { context: { says: variant } };
}

interface ValidationFailedBody {
  readonly error: 'validation_failed';
  readonly message: string;
  readonly messages?: LocalizedText;
  readonly fields?: readonly Partial<FieldProblem>[];
}

export function isValidationFailedBody(body: unknown): body is ValidationFailedBody {
  return typeof body === 'object' && body !== null && (body as { error?: unknown }).error === 'validation_failed';
}

/** A 400's body with each message in the reader's language (the one the request asked for), the shape unchanged. */
export function inReaderLanguage(body: ValidationFailedBody, language: UiLanguage): ValidationFailedBody {
  return {
    ...body,
    message: body.messages?.[language] ?? body.message,
    ...(body.fields ? { fields: body.fields.map((field) => ({ ...field, message: field.messages?.[language] ?? field.message })) } : {}),
  };
}
