import { checkIin } from '@od/identity';
import { registerDecorator, type ValidationOptions } from 'class-validator';

const explanations: Record<string, string> = {
  not_12_digits: 'must be 12 digits',
  check_digit_mismatch: 'has a wrong check digit (the 12th digit)',
  no_valid_check_digit: 'cannot exist: no check digit fits its first 11 digits',
  birth_date_invalid: 'starts with an impossible date of birth (YYMMDD)',
  century_digit_invalid: 'has an invalid 7th digit (century and sex: 1–6)',
};

/** A Kazakhstan IIN: 12 digits, a real date of birth, a valid century digit and check digit. */
export function IsIin(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isIin',
      target: target.constructor,
      propertyName,
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && checkIin(value).valid,
        defaultMessage: (args) => {
          const value = args?.value;
          if (typeof value !== 'string') return `${args?.property} must be an IIN (12 digits)`;
          const check = checkIin(value);
          return check.valid ? '' : `${args?.property} is not a valid IIN: it ${explanations[check.problem] ?? check.problem}`;
        },
      },
    });
}
