// A holder's running counts while the facts are replayed: plain mutable numbers and small maps, so applying
// a fact allocates nothing in the common case. `figuresOf` turns a tally into the report's figures.
import { BREACH_RULES, type DaysToAnswer, type Figures, type SurveyTurnout } from './annual-report';

export interface SurveyTally {
  ballotsCast: number;
  closedInPeriod: boolean;
}

export class HolderTally {
  received = 0;
  redirectedIn = 0;
  redirectedOut = 0;
  accepted = 0;
  returned = 0;
  refused = 0;
  answered = 0;
  answeredOnTime = 0;
  answeredLate = 0;
  openAtEnd = 0;
  overdueAtEnd = 0;
  extensions = 0;
  likes = 0;
  dislikes = 0;
  breachesUnmet = 0;
  breachesMetLate = 0;
  conferencesHeld = 0;
  questionsAsked = 0;
  questionsAnswered = 0;
  questionsUnansweredByEnd = 0;
  topicApplications = 0;
  topicApplicationsAccepted = 0;
  topicApplicationsRefused = 0;
  surveysHeld = 0;
  ballotsCast = 0;
  readonly returnedByReason = new Map<string, number>();
  readonly refusedByGround = new Map<string, number>();
  /** Raw reasons; masked and merged when the report is finished (once per distinct text, not per fact). */
  readonly dislikeReasons = new Map<string, number>();
  readonly breachesByRule = new Map<string, number>();
  /** Index: months since the period's first month. */
  readonly receivedByMonth: number[] = [];
  readonly answeredByMonth: number[] = [];
  /** Index: days to answer; value: how many answers took that long. */
  readonly daysToAnswer: number[] = [];
  readonly surveys = new Map<string, SurveyTally>();
}

export function increment(map: Map<string, number>, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

export function incrementAt(counts: number[], index: number, by = 1): void {
  while (counts.length <= index) counts.push(0);
  counts[index] += by;
}

/** The tallies together: the total row (distributions merged, so its median is the median of all answers). */
export function sumTallies(tallies: readonly HolderTally[]): HolderTally {
  const sum = new HolderTally();
  for (const tally of tallies) {
    for (const key of Object.keys(tally) as (keyof HolderTally)[]) {
      const value = tally[key];
      if (typeof value === 'number') (sum[key] as number) += value;
    }
    for (const [key, count] of tally.returnedByReason) increment(sum.returnedByReason, key, count);
    for (const [key, count] of tally.refusedByGround) increment(sum.refusedByGround, key, count);
    for (const [key, count] of tally.dislikeReasons) increment(sum.dislikeReasons, key, count);
    for (const [key, count] of tally.breachesByRule) increment(sum.breachesByRule, key, count);
    tally.receivedByMonth.forEach((count, index) => incrementAt(sum.receivedByMonth, index, count));
    tally.answeredByMonth.forEach((count, index) => incrementAt(sum.answeredByMonth, index, count));
    tally.daysToAnswer.forEach((count, index) => incrementAt(sum.daysToAnswer, index, count));
    for (const [surveyId, survey] of tally.surveys) sum.surveys.set(surveyId, { ...survey });
  }
  return sum;
}

/** Per cent with one decimal, or null without a base. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part * 1000) / whole) / 10;
}

/** Nearest rank: the ⌈p·n/100⌉-th smallest value of the histogram. */
export function nearestRank(histogram: readonly number[], total: number, p: number): number | null {
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil((p * total) / 100));
  let seen = 0;
  for (let days = 0; days < histogram.length; days++) {
    seen += histogram[days] ?? 0;
    if (seen >= rank) return days;
  }
  return null;
}

function daysToAnswerOf(histogram: readonly number[]): DaysToAnswer {
  const answers = histogram.reduce((sum, count) => sum + (count ?? 0), 0);
  return { answers, median: nearestRank(histogram, answers, 50), percentile90: nearestRank(histogram, answers, 90) };
}

function sortedRecord(map: ReadonlyMap<string, number>): Record<string, number> {
  const record: Record<string, number> = {};
  for (const key of [...map.keys()].sort()) record[key] = map.get(key) as number;
  return record;
}

function byMonth(counts: readonly number[], months: readonly string[]): Record<string, number> {
  const record: Record<string, number> = {};
  months.forEach((month, index) => (record[month] = counts[index] ?? 0));
  return record;
}

export interface FigureContext {
  /** 'YYYY-MM' of each month of the period, in order. */
  readonly months: readonly string[];
  readonly redact: (text: string) => { readonly text: string; readonly redacted: boolean };
}

export function figuresOf(tally: HolderTally, context: FigureContext): Figures {
  const breachesByRule: Record<string, number> = {};
  for (const rule of BREACH_RULES) breachesByRule[rule] = tally.breachesByRule.get(rule) ?? 0;
  for (const rule of [...tally.breachesByRule.keys()].sort()) breachesByRule[rule] = tally.breachesByRule.get(rule) as number;

  const dislikeReasons = new Map<string, number>();
  let dislikeReasonsRedacted = false;
  for (const [reason, count] of tally.dislikeReasons) {
    const masked = context.redact(reason.trim() || '(no reason)');
    if (masked.redacted) dislikeReasonsRedacted = true;
    increment(dislikeReasons, masked.text, count);
  }

  const turnout: SurveyTurnout[] = [...tally.surveys.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([surveyId, survey]) => ({ surveyId, ballotsCast: survey.ballotsCast, closedInPeriod: survey.closedInPeriod }));

  return {
    requests: {
      received: tally.received,
      receivedByMonth: byMonth(tally.receivedByMonth, context.months),
      redirectedIn: tally.redirectedIn,
      redirectedOut: tally.redirectedOut,
      accepted: tally.accepted,
      returned: tally.returned,
      returnedByReason: sortedRecord(tally.returnedByReason),
      refused: tally.refused,
      refusedByGround: sortedRecord(tally.refusedByGround),
      answered: tally.answered,
      answeredByMonth: byMonth(tally.answeredByMonth, context.months),
      answeredOnTime: tally.answeredOnTime,
      answeredLate: tally.answeredLate,
      answeredNotTimed: tally.answered - tally.answeredOnTime - tally.answeredLate,
      onTimeSharePercent: percent(tally.answeredOnTime, tally.answeredOnTime + tally.answeredLate),
      openAtEnd: tally.openAtEnd,
      overdueAtEnd: tally.overdueAtEnd,
      extensions: tally.extensions,
      daysToAnswer: daysToAnswerOf(tally.daysToAnswer),
    },
    ratings: {
      likes: tally.likes,
      dislikes: tally.dislikes,
      dislikeSharePercent: percent(tally.dislikes, tally.likes + tally.dislikes),
      dislikeReasons: sortedRecord(dislikeReasons),
      dislikeReasonsRedacted,
    },
    breaches: { total: tally.breachesUnmet + tally.breachesMetLate, byRule: breachesByRule, unmet: tally.breachesUnmet, metLate: tally.breachesMetLate },
    conferences: {
      held: tally.conferencesHeld,
      questionsAsked: tally.questionsAsked,
      questionsAnswered: tally.questionsAnswered,
      questionsUnansweredByEnd: tally.questionsUnansweredByEnd,
      topicApplications: tally.topicApplications,
      topicApplicationsAccepted: tally.topicApplicationsAccepted,
      topicApplicationsRefused: tally.topicApplicationsRefused,
    },
    surveys: { held: tally.surveysHeld, ballotsCast: tally.ballotsCast, turnout },
  };
}
