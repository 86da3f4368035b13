import type { Order145TextId } from '@od/contracts';

/**
 * The legal basis of the blog platform as data: each text of Order No. 145 that has been in force, from when,
 * which holders' first heads it gives a blog, and what R2's 3-working-day term is for. A request is governed
 * to its end by the text in force at its receipt (DESIGN §2, R1–R3).
 *
 * Dates in force: each order "enters into force upon expiry of ten calendar days after the day of its first
 * official publication" (seeds/004, p. 3 of Order 145 and every footnote of Order 95). The publication dates
 * are not in the seeds, so `inForceFrom` is our estimate (`certainty: 'estimated'`): the registration date
 * as far as we know it, plus a day to publish, plus ten days. A lawyer of the authorised body should put the
 * dates from adilet.zan.kz (V2100022660) here; nothing else has to change.
 */
export interface Order145Text {
  readonly id: Order145TextId;
  readonly title: { readonly kk: string; readonly ru: string; readonly en: string };
  /** The first day (Almaty) on which the text governs requests received. */
  readonly inForceFrom: string;
  readonly inForceFromCertainty: 'official' | 'estimated';
  readonly inForceFromNote: string;
  /** Where the wording is, in this repository's seeds. */
  readonly source: string;
  /** Whose first heads have a blog, and the provision that says so. */
  readonly blogPlatform: {
    readonly holders: 'state-bodies-and-quasi-public' | 'quasi-public-not-fully-state-owned';
    readonly provision: string;
    readonly wording: { readonly kk: string; readonly ru: string; readonly en: string };
  };
  /** R2: what the 3-working-day term from receipt is for. */
  readonly r2Term: 'acceptance-or-redirection' | 'redirection-only';
}

export const ORDER_145_TEXTS: readonly Order145Text[] = [
  {
    id: 'order-145-2021',
    title: {
      kk: '2021 жылғы 28 сәуірдегі № 145 бұйрық (бастапқы редакция)',
      ru: 'Приказ от 28 апреля 2021 года № 145 (первоначальная редакция)',
      en: 'Order No. 145 of 28 April 2021 (original text)',
    },
    inForceFrom: '2021-05-11',
    inForceFromCertainty: 'estimated',
    inForceFromNote:
      'Registered with the Ministry of Justice on 29 April 2021 (No. 22660); in force ten calendar days after first publication, date not in the seeds',
    source: 'seeds/004_f93471340132d7a7.txt (English translation of the 2021 text, chapter 2)',
    blogPlatform: {
      holders: 'state-bodies-and-quasi-public',
      provision: 'Order 145 (2021), p. 2 subp. 1 and chapter 2',
      wording: {
        kk: 'Блог-платформа мемлекеттік органдар мен квазимемлекеттік сектор субъектілерінің бірінші басшыларына арналған.',
        ru: 'Блог-платформа первых руководителей государственных органов и субъектов квазигосударственного сектора.',
        en: 'The blog platform of the first heads of state bodies and quasi-public companies.',
      },
    },
    r2Term: 'acceptance-or-redirection',
  },
  {
    id: 'order-145-2023',
    title: {
      kk: '2023 жылғы 14 наурыздағы № 95 бұйрықпен өзгертілген № 145 бұйрық',
      ru: 'Приказ № 145 в редакции приказа от 14 марта 2023 года № 95',
      en: 'Order No. 145 as amended by Order No. 95 of 14 March 2023',
    },
    inForceFrom: '2023-03-28',
    inForceFromCertainty: 'estimated',
    inForceFromNote: 'Order No. 95 of 14 March 2023; in force ten calendar days after first publication, date not in the seeds (estimated as 17 March 2023)',
    source: 'seeds/004_f93471340132d7a7.txt lines 530-575 (Russian text as amended in 2023, pp. 1-5)',
    blogPlatform: {
      holders: 'quasi-public-not-fully-state-owned',
      provision: 'Order 145 as amended in 2023, p. 2 subp. 1 and 4',
      wording: {
        kk: 'Блог-платформа мемлекет жүз пайыз қатысатын тұлғаларды қоспағанда, квазимемлекеттік сектор субъектілерінің бірінші басшыларына арналған.',
        ru: 'Блог-платформа первых руководителей субъектов квазигосударственного сектора, за исключением лиц со стопроцентным участием государства.',
        en: 'The blog platform of the first heads of quasi-public sector entities, except those with 100 % state participation.',
      },
    },
    r2Term: 'redirection-only',
  },
];

const startOfDayInAlmaty = (date: string): number => Date.parse(`${date}T00:00:00+05:00`);

/** The text of Order 145 in force at an instant: the latest one whose first day in force has begun. */
export function order145TextInForceAt(instant: string | Date): Order145Text {
  const at = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  return ORDER_145_TEXTS.reduce((inForce, text) => (startOfDayInAlmaty(text.inForceFrom) <= at ? text : inForce), ORDER_145_TEXTS[0]);
}

export function order145Text(id: Order145TextId): Order145Text {
  const text = ORDER_145_TEXTS.find((candidate) => candidate.id === id);
  if (!text) throw new Error(`Unknown text of Order 145: ${id}`);
  return text;
}
