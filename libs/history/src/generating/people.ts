import type { SeededRandom } from './seeded-random';

/**
 * Synthetic people for a generated history: IINs and BINs of the right shape (birth date or registration
 * month, century and sex digit, serial, control digit), and moderators' names, e-mails and phones (Annex 1,
 * C8). Nobody here is real; the export must still treat every one of them as personal data.
 */

/** The control digit of a 12-digit IIN/BIN (weights 1..11, then 3..11,1,2 when the first sum gives 10); undefined when both give 10. */
export function controlDigit(first11: string): number | undefined {
  const digits = [...first11].map(Number);
  const sum = (weights: readonly number[]) => digits.reduce((total, digit, i) => total + digit * weights[i], 0) % 11;
  const first = sum([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  if (first !== 10) return first;
  const second = sum([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]);
  return second === 10 ? undefined : second;
}

const two = (n: number) => String(n).padStart(2, '0');

function withControl(random: SeededRandom, body: () => string): string {
  for (;;) {
    const first11 = body();
    const control = controlDigit(first11);
    if (control !== undefined) return first11 + String(control);
  }
}

/** An individual's IIN: born 1950–2005. */
export function anIin(random: SeededRandom): string {
  return withControl(random, () => {
    const year = random.int(1950, 2005);
    const centuryAndSex = (year >= 2000 ? 5 : 3) + random.int(0, 1);
    return `${two(year % 100)}${two(random.int(1, 12))}${two(random.int(1, 28))}${centuryAndSex}${String(random.int(0, 9999)).padStart(4, '0')}`;
  });
}

/** A legal entity's BIN: registered 1995–2024, a resident legal entity (4), head office (0). */
export function aBin(random: SeededRandom): string {
  return withControl(random, () => `${two(random.int(1995, 2024) % 100)}${two(random.int(1, 12))}40${String(random.int(0, 99999)).padStart(5, '0')}`);
}

/** A Kazakh mobile number as Annex 1 takes it. */
export function aPhone(random: SeededRandom): string {
  return `+7${random.pick(['701', '702', '705', '707', '747', '771', '775', '777', '778'])}${String(random.int(0, 9_999_999)).padStart(7, '0')}`;
}

export const SURNAMES = ['Ахметова', 'Серікбаев', 'Нұрланова', 'Жақсыбеков', 'Омарова', 'Тоқтаров', 'Әбенова', 'Қасымов', 'Бекова', 'Смагулов'] as const;
const SURNAMES_LATIN = ['akhmetova', 'serikbayev', 'nurlanova', 'zhaksybekov', 'omarova', 'toktarov', 'abenova', 'kassymov', 'bekova', 'smagulov'] as const;
export const GIVEN_NAMES = ['Айгүл', 'Ерлан', 'Динара', 'Нұрсұлтан', 'Жанар', 'Арман', 'Сәуле', 'Бауыржан', 'Гүлнар', 'Дәурен'] as const;
const GIVEN_INITIALS = ['a', 'e', 'd', 'n', 'zh', 'a', 's', 'b', 'g', 'd'] as const;
export const PATRONYMICS = ['Серікқызы', 'Нұрланұлы', 'Ержанқызы', 'Болатұлы'] as const;

export interface Moderator {
  readonly surname: string;
  readonly name: string;
  readonly patronymic?: string;
  readonly iin: string;
  readonly position: string;
  readonly email: string;
  readonly phone: string;
}

/** C8: the responsible officer of Annex 1, with an e-mail at the holder's domain. */
export function aModerator(random: SeededRandom, holderId: string): Moderator {
  const surname = random.int(0, SURNAMES.length - 1);
  const given = random.int(0, GIVEN_NAMES.length - 1);
  return {
    surname: SURNAMES[surname],
    name: GIVEN_NAMES[given],
    ...(random.chance(0.7) ? { patronymic: random.pick(PATRONYMICS) } : {}),
    iin: anIin(random),
    position: random.pick(['Бас сарапшы', 'Баспасөз хатшысы', 'Департамент директоры']),
    email: `${GIVEN_INITIALS[given]}.${SURNAMES_LATIN[surname]}@${holderId}.gov.kz`,
    phone: aPhone(random),
  };
}
