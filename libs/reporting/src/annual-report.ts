// The shape of the annual access-to-information report (DESIGN §2b, issue 13 §2). Plain data: the JSON, CSV
// and HTML outputs are all made from it, and every figure's meaning is in `definitions.figures`.
import type { HolderKind, LocalizedName } from '@od/contracts';
import type { LocalDate } from '@od/calendar';
import type { CountingRule, FigureDefinitions } from './figure-definitions';
import type { ReportRules } from './report-rules';

/** A text in the report's three languages. */
export interface Texts {
  readonly kk: string;
  readonly ru: string;
  readonly en: string;
}

/** The rules whose breaches the report counts (DESIGN §2): C1, C2 and C6 are enforced when a template is sent, so they are always 0. */
export const BREACH_RULES = ['R2', 'R3', 'R4', 'R5', 'R6', 'C1', 'C2', 'C3', 'C4', 'C5', 'C6'] as const;
export type BreachRule = (typeof BREACH_RULES)[number];

/** Calendar days from receipt to answer, by nearest rank (see `definitions.figures.daysToAnswer`). */
export interface DaysToAnswer {
  readonly answers: number;
  readonly median: number | null;
  readonly percentile90: number | null;
}

export interface RequestFigures {
  readonly received: number;
  readonly receivedByMonth: Readonly<Record<string, number>>;
  readonly redirectedIn: number;
  readonly redirectedOut: number;
  readonly accepted: number;
  readonly returned: number;
  readonly returnedByReason: Readonly<Record<string, number>>;
  readonly refused: number;
  readonly refusedByGround: Readonly<Record<string, number>>;
  readonly answered: number;
  readonly answeredByMonth: Readonly<Record<string, number>>;
  readonly answeredOnTime: number;
  readonly answeredLate: number;
  /** Answers in the period whose R4 clock recorded no outcome (yet): answered − on time − late. */
  readonly answeredNotTimed: number;
  /** answeredOnTime / (answeredOnTime + answeredLate), in per cent with one decimal; null without timed answers. */
  readonly onTimeSharePercent: number | null;
  readonly openAtEnd: number;
  readonly overdueAtEnd: number;
  readonly extensions: number;
  readonly daysToAnswer: DaysToAnswer;
}

export interface RatingFigures {
  readonly likes: number;
  readonly dislikes: number;
  /** dislikes / (likes + dislikes) in per cent with one decimal; null without ratings. */
  readonly dislikeSharePercent: number | null;
  /** Each reason as written, with personal data masked (`redact`), and how many dislikes gave it. */
  readonly dislikeReasons: Readonly<Record<string, number>>;
  readonly dislikeReasonsRedacted: boolean;
}

export interface BreachFigures {
  readonly total: number;
  /** Every rule of `BREACH_RULES` (zero included), and any other rule a clock fact named. */
  readonly byRule: Readonly<Record<string, number>>;
  /** The due instant passed with nothing done (`ClockBreached.metLate: false`). */
  readonly unmet: number;
  /** The act came, after the due instant (`ClockBreached.metLate: true`). */
  readonly metLate: number;
}

export interface ConferenceFigures {
  readonly held: number;
  readonly questionsAsked: number;
  readonly questionsAnswered: number;
  readonly questionsUnansweredByEnd: number;
  readonly topicApplications: number;
  readonly topicApplicationsAccepted: number;
  readonly topicApplicationsRefused: number;
}

export interface SurveyTurnout {
  readonly surveyId: string;
  readonly ballotsCast: number;
  readonly closedInPeriod: boolean;
}

export interface SurveyFigures {
  readonly held: number;
  readonly ballotsCast: number;
  /** Per survey that closed or had a ballot in the period, by survey id. */
  readonly turnout: readonly SurveyTurnout[];
}

export interface Figures {
  readonly requests: RequestFigures;
  readonly ratings: RatingFigures;
  readonly breaches: BreachFigures;
  readonly conferences: ConferenceFigures;
  readonly surveys: SurveyFigures;
}

export type FindingKind = 'problem' | 'shortcoming' | 'strength';

/** One rule of `reportRules` that held for a holder, in words. */
export interface Finding {
  readonly ruleId: string;
  readonly kind: FindingKind;
  readonly value: number | string;
  readonly text: Texts;
}

export interface HolderReport {
  readonly holderId: string;
  /** From the registry (`HolderRegistered`); null for a holder the facts name but the registry does not know (as of). */
  readonly name: LocalizedName | null;
  readonly kind: HolderKind | null;
  readonly figures: Figures;
  readonly findings: readonly Finding[];
}

export interface RankedHolder {
  readonly holderId: string;
  readonly rank: number;
  readonly onTimeSharePercent: number;
  readonly received: number;
}

export type NotRankedReason = 'too_few_requests' | 'no_timed_answers';

export interface NotRankedHolder {
  readonly holderId: string;
  readonly reason: NotRankedReason;
  readonly received: number;
  readonly text: Texts;
}

export interface Ranking {
  readonly ranked: readonly RankedHolder[];
  readonly notRanked: readonly NotRankedHolder[];
}

export interface ReportInputs {
  readonly period: { readonly from: LocalDate; readonly to: LocalDate; readonly timeZone: 'Asia/Almaty' };
  readonly asOf: string;
  /** The holders asked for, sorted; null: all. */
  readonly holderIds: readonly string[] | null;
  /**
   * The store position of the last fact read that the store recorded by `asOf` (`<transactionId>:<sequence>`);
   * null when none. Facts recorded later are neither counted nor stated, so appending them changes no byte.
   */
  readonly positionReached: string | null;
  /** Facts read that the store recorded by `asOf`. */
  readonly factsReplayed: number;
  /** The calendar versions the clock facts counted with (`explanation.calendarVersions`), sorted. */
  readonly calendarVersions: readonly string[];
  readonly codeVersion: string | null;
  /** The period of the `previous` report compared with, if any. */
  readonly previousPeriod: { readonly from: LocalDate; readonly to: LocalDate } | null;
}

export interface AnnualReport {
  readonly reportVersion: 1;
  readonly inputs: ReportInputs;
  readonly definitions: { readonly figures: FigureDefinitions; readonly countingRules: readonly CountingRule[] };
  /** The rules the findings and the ranking were made with. */
  readonly rules: ReportRules;
  /** By holder id. */
  readonly holders: readonly HolderReport[];
  /** The listed holders together (the distributions merged, not averaged). */
  readonly total: Figures;
  readonly ranking: Ranking;
  /** Facts of a known type with a schema version this code cannot read (`<type>@v<n>` → count): left out, listed so nothing is silently miscounted. */
  readonly unreadFacts: Readonly<Record<string, number>>;
}
