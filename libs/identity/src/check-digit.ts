const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

/**
 * The control digit of a Kazakhstan IIN or BIN: the weighted sum of the first 11 digits modulo 11;
 * when that is 10, a second pass with shifted weights; when that is 10 too, no number has these digits.
 */
export function kazakhstanCheckDigit(firstElevenDigits: string): number | undefined {
  const digits = [...firstElevenDigits].map(Number);
  const weighted = (weights: number[]) => digits.reduce((sum, digit, index) => sum + digit * weights[index], 0) % 11;
  const first = weighted(FIRST_WEIGHTS);
  if (first !== 10) return first;
  const second = weighted(SECOND_WEIGHTS);
  return second === 10 ? undefined : second;
}
