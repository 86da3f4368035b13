import { kazakhstanCheckDigit } from './check-digit';

export type IdentityNumberProblem =
  | 'not_12_digits'
  | 'check_digit_mismatch'
  | 'no_valid_check_digit'
  | 'birth_date_invalid'
  | 'century_digit_invalid'
  | 'registration_month_invalid'
  | 'entity_type_invalid';

export type IdentityNumberCheck = { readonly valid: true } | { readonly valid: false; readonly problem: IdentityNumberProblem };

const twelveDigits = /^\d{12}$/;

function checkDigitProblem(value: string): IdentityNumberCheck {
  const expected = kazakhstanCheckDigit(value.slice(0, 11));
  if (expected === undefined) return { valid: false, problem: 'no_valid_check_digit' };
  return expected === Number(value[11]) ? { valid: true } : { valid: false, problem: 'check_digit_mismatch' };
}

/** The century a person was born in, from the IIN's 7th digit (odd: male, even: female). */
const centuryByDigit: Record<string, number> = { '1': 1800, '2': 1800, '3': 1900, '4': 1900, '5': 2000, '6': 2000 };

/** An individual identification number: YYMMDD of birth, century/sex digit, serial, check digit. */
export function checkIin(value: string): IdentityNumberCheck {
  if (!twelveDigits.test(value)) return { valid: false, problem: 'not_12_digits' };
  const century = centuryByDigit[value[6]];
  if (century === undefined) return { valid: false, problem: 'century_digit_invalid' };
  const year = century + Number(value.slice(0, 2));
  const month = Number(value.slice(2, 4));
  const day = Number(value.slice(4, 6));
  const birth = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || birth.getUTCFullYear() !== year || birth.getUTCMonth() !== month - 1 || birth.getUTCDate() !== day) {
    return { valid: false, problem: 'birth_date_invalid' };
  }
  return checkDigitProblem(value);
}

/**
 * A business identification number: YYMM of registration, entity type (4 resident legal entity,
 * 5 non-resident, 6 joint individual entrepreneurship), attribute (0 head office, 1 branch,
 * 2 representative office, 3 peasant farm), serial, check digit.
 */
export function checkBin(value: string): IdentityNumberCheck {
  if (!twelveDigits.test(value)) return { valid: false, problem: 'not_12_digits' };
  const month = Number(value.slice(2, 4));
  if (month < 1 || month > 12) return { valid: false, problem: 'registration_month_invalid' };
  if (!['4', '5', '6'].includes(value[4]) || !['0', '1', '2', '3'].includes(value[5])) return { valid: false, problem: 'entity_type_invalid' };
  return checkDigitProblem(value);
}
