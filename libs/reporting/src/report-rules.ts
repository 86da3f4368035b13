// The findings (problems, shortcomings, strengths) and the ranking are made by rules written as data and
// printed in the report itself, so a reader sees why a holder is praised or blamed and can dispute a threshold.
import type { FindingKind, Texts } from './annual-report';

/** The figures a rule may test: each a number, or null when it cannot be said (no answers, no ratings). */
export const SCALAR_FIGURES = [
  'received',
  'timedAnswers',
  'onTimeSharePercent',
  'overdueAtEnd',
  'medianDaysToAnswer',
  'ratings',
  'dislikes',
  'dislikeSharePercent',
  'breachesTotal',
  'questionsUnansweredByEnd',
] as const;
export type ScalarFigure = (typeof SCALAR_FIGURES)[number];

/** The rule holds only when `figure` is at least `atLeast` (no finding from too few cases). */
export interface MinimumBase {
  readonly figure: ScalarFigure;
  readonly atLeast: number;
}

export type RuleTest =
  | { readonly kind: 'below'; readonly figure: ScalarFigure; readonly threshold: number; readonly minimumBase?: MinimumBase }
  | { readonly kind: 'above'; readonly figure: ScalarFigure; readonly threshold: number; readonly minimumBase?: MinimumBase }
  | { readonly kind: 'at-least'; readonly figure: ScalarFigure; readonly threshold: number; readonly minimumBase?: MinimumBase }
  | { readonly kind: 'equals'; readonly figure: ScalarFigure; readonly threshold: number; readonly minimumBase?: MinimumBase }
  /** The rule with the most breaches (ties: the first in `BREACH_RULES` order) has at least `threshold`. */
  | { readonly kind: 'most-breaches-under'; readonly threshold: number }
  /** The figure moved since the `previous` report by at least `threshold` points (`up`) or fell by at least that (`down`). */
  | { readonly kind: 'change-since-previous'; readonly figure: ScalarFigure; readonly direction: 'up' | 'down'; readonly threshold: number };

/**
 * A rule. Its texts take `{value}` (the holder's figure, or the rule id for `most-breaches-under`),
 * `{threshold}`, `{count}` (`most-breaches-under`: how many) and `{previous}`, `{change}` (`change-since-previous`).
 */
export interface ReportRule {
  readonly id: string;
  readonly kind: FindingKind;
  readonly test: RuleTest;
  readonly text: Texts;
}

export interface RankingRules {
  /** A holder that received fewer requests in the period is not ranked: its share would be chance. */
  readonly minimumRequestsToRank: number;
  /** What the ranking orders by (descending), ties sharing a rank (1, 1, 3). */
  readonly orderedBy: 'onTimeSharePercent';
  readonly text: Texts;
}

export interface ReportRules {
  readonly findings: readonly ReportRule[];
  readonly ranking: RankingRules;
}

export const reportRules: ReportRules = {
  findings: [
    {
      id: 'on-time-share-below-80',
      kind: 'problem',
      test: { kind: 'below', figure: 'onTimeSharePercent', threshold: 80, minimumBase: { figure: 'timedAnswers', atLeast: 1 } },
      text: {
        kk: 'Жауаптардың тек {value} % мерзімінде берілді ({threshold} %-дан төмен, R4).',
        ru: 'В срок дано лишь {value} % ответов (ниже {threshold} %, R4).',
        en: 'Only {value} % of answers were on time (below {threshold} %, R4).',
      },
    },
    {
      id: 'overdue-at-end',
      kind: 'problem',
      test: { kind: 'at-least', figure: 'overdueAtEnd', threshold: 1 },
      text: {
        kk: 'Кезең соңында мерзімі өткен {value} ашық сұрау қалды.',
        ru: 'На конец периода осталось {value} открытых запросов с просрочкой.',
        en: '{value} open requests were overdue at the end of the period.',
      },
    },
    {
      id: 'questions-unanswered-c4',
      kind: 'problem',
      test: { kind: 'at-least', figure: 'questionsUnansweredByEnd', threshold: 1 },
      text: {
        kk: 'Конференция аяқталғанға дейін {value} сұраққа жауап берілмеді (C4).',
        ru: 'До окончания конференций не получили ответа {value} вопросов (C4).',
        en: '{value} conference questions were not answered before the conference ended (C4).',
      },
    },
    {
      id: 'most-breaches-under',
      kind: 'shortcoming',
      test: { kind: 'most-breaches-under', threshold: 1 },
      text: {
        kk: 'Бұзушылықтардың көбі {value} ережесі бойынша ({count}).',
        ru: 'Больше всего нарушений по правилу {value} ({count}).',
        en: 'Most breaches were under rule {value} ({count}).',
      },
    },
    {
      id: 'dislike-share-above-30',
      kind: 'shortcoming',
      test: { kind: 'above', figure: 'dislikeSharePercent', threshold: 30, minimumBase: { figure: 'ratings', atLeast: 3 } },
      text: {
        kk: 'Бағалардың {value} % — «Ұнамайды» ({threshold} %-дан жоғары, R7).',
        ru: '{value} % оценок — «Не нравится» (выше {threshold} %, R7).',
        en: '{value} % of ratings were dislikes (above {threshold} %, R7).',
      },
    },
    {
      id: 'median-days-above-10',
      kind: 'shortcoming',
      test: { kind: 'above', figure: 'medianDaysToAnswer', threshold: 10 },
      text: {
        kk: 'Жауап берудің медианасы — {value} күн ({threshold} күннен көп).',
        ru: 'Медиана срока ответа — {value} дней (больше {threshold}).',
        en: 'The median time to answer was {value} days (more than {threshold}).',
      },
    },
    {
      id: 'on-time-share-at-least-95',
      kind: 'strength',
      test: { kind: 'at-least', figure: 'onTimeSharePercent', threshold: 95, minimumBase: { figure: 'timedAnswers', atLeast: 1 } },
      text: {
        kk: 'Жауаптардың {value} % мерзімінде берілді (кемінде {threshold} %).',
        ru: '{value} % ответов дано в срок (не менее {threshold} %).',
        en: '{value} % of answers were on time (at least {threshold} %).',
      },
    },
    {
      id: 'no-dislikes',
      kind: 'strength',
      test: { kind: 'equals', figure: 'dislikes', threshold: 0, minimumBase: { figure: 'ratings', atLeast: 1 } },
      text: {
        kk: 'Бағаланған жауаптардың бірде-біреуі «Ұнамайды» алмады.',
        ru: 'Ни один оценённый ответ не получил «Не нравится».',
        en: 'No rated answer was disliked.',
      },
    },
    {
      id: 'no-breaches',
      kind: 'strength',
      test: { kind: 'equals', figure: 'breachesTotal', threshold: 0, minimumBase: { figure: 'received', atLeast: 1 } },
      text: {
        kk: 'Кезеңде бірде-бір мерзім бұзылмады.',
        ru: 'В периоде не нарушен ни один срок.',
        en: 'No deadline was breached in the period.',
      },
    },
    {
      id: 'on-time-share-improved-5',
      kind: 'strength',
      test: { kind: 'change-since-previous', figure: 'onTimeSharePercent', direction: 'up', threshold: 5 },
      text: {
        kk: 'Мерзімінде берілген жауаптар үлесі алдыңғы кезеңмен салыстырғанда {change} тармаққа өсті ({previous} % → {value} %).',
        ru: 'Доля ответов в срок выросла на {change} п. п. по сравнению с прошлым периодом ({previous} % → {value} %).',
        en: 'The on-time share improved on the previous period by {change} points ({previous} % → {value} %).',
      },
    },
    {
      id: 'on-time-share-worsened-5',
      kind: 'problem',
      test: { kind: 'change-since-previous', figure: 'onTimeSharePercent', direction: 'down', threshold: 5 },
      text: {
        kk: 'Мерзімінде берілген жауаптар үлесі алдыңғы кезеңмен салыстырғанда {change} тармаққа төмендеді ({previous} % → {value} %).',
        ru: 'Доля ответов в срок снизилась на {change} п. п. по сравнению с прошлым периодом ({previous} % → {value} %).',
        en: 'The on-time share fell from the previous period by {change} points ({previous} % → {value} %).',
      },
    },
  ],
  ranking: {
    minimumRequestsToRank: 10,
    orderedBy: 'onTimeSharePercent',
    text: {
      kk: 'Ұстаушылар мерзімінде берілген жауаптар үлесі бойынша реттеледі (тең үлес — бір орын). Кезеңде {minimum} сұраудан аз алған немесе уақыты белгіленген жауабы жоқ ұстаушы реттелмейді: оның үлесі кездейсоқ болар еді.',
      ru: 'Обладатели упорядочены по доле ответов в срок (равная доля — одно место). Обладатель, получивший в периоде меньше {minimum} запросов или не имеющий ответов с итогом часов, не ранжируется: его доля была бы случайной.',
      en: 'Holders are ordered by their on-time share (equal shares share a place). A holder that received fewer than {minimum} requests in the period, or has no timed answer, is not ranked: its share would be chance.',
    },
  },
};
