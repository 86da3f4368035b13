import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { checkIin } from '@od/identity';
import { textProblem } from './is-safe-text';
import { constraintArguments } from './validation-messages/constraint-arguments';
import { fieldProblem, isValidationMessageKey, validationFailed, type FieldProblem } from './validation-messages/field-messages';
import type { ValidationMessageKey } from './validation-messages/catalogue';

export type { FieldProblem } from './validation-messages/field-messages';

/** Rules whose message depends on what is wrong with the value: the variant's name (never the value) picks the text. */
const variantByValue: Readonly<Record<string, (value: unknown) => string | undefined>> = {
  isSafeText: (value) => (typeof value === 'string' ? textProblem(value) : undefined),
  isIin: (value) => {
    if (typeof value !== 'string') return undefined;
    const check = checkIin(value);
    return check.valid ? undefined : check.problem;
  },
};

/** The catalogue's key for a broken rule: the variant the DTO names (`says`), else the value's, else the rule's own. */
export function messageKeyOf(error: ValidationError, rule: string): ValidationMessageKey | undefined {
  const said = (error.contexts?.[rule] as { says?: unknown } | undefined)?.says;
  const candidates = [typeof said === 'string' ? said : undefined, `${rule}.${variantByValue[rule]?.(error.value) ?? ''}`, rule];
  return candidates.find((key): key is ValidationMessageKey => key !== undefined && isValidationMessageKey(key));
}

function problems(errors: readonly ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    // A key that is the empty string is named `""`, so every problem names a field a client can find.
    const property = error.property === '' ? '""' : error.property;
    const field = parent ? `${parent}.${property}` : property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, english]) => {
      const key = messageKeyOf(error, rule);
      const inEnglish = { field, rule, message: english, messages: { kk: english, ru: english, en: english } };
      // A rule the catalogue lacks (its unit test prevents one) still answers, in English.
      if (!key) return inEnglish;
      try {
        return fieldProblem(field, rule, key, constraintArguments(error, rule));
      } catch {
        // The decorator's arguments cannot be found when the body is not the DTO's shape at all (a JSON array
        // validated as a list of DTOs): still a 400, in class-validator's English, never a 500.
        return inEnglish;
      }
    });
    return [...own, ...problems(error.children ?? [], field)];
  });
}

/** 400 naming each field and the rule it broke, in kk/ru/en (the reader's language is picked by RequestErrorsFilter); unknown fields are refused too. */
export const validationPipe = new ValidationPipe({
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  // The target lets `constraintArguments` find the decorator's arguments; it is not sent.
  validationError: { target: true },
  exceptionFactory: (errors) => validationFailed(problems(errors)),
});
