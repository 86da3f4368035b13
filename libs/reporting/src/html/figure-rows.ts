// The figures of one holder (or the total) as rows: the path of the definition, the short name and the value in words.
import { BREACH_RULES, type Figures } from '../annual-report';
import type { Catalogue, ReportLanguage } from './catalogue';
import { figureLabels } from './catalogue';
import type { Formats } from './html-text';

export interface FigureRow {
  /** The key in `definitions.figures` this row's meaning is written under. */
  readonly definition: string;
  readonly label: string;
  readonly value: string;
}

function breakdown(counts: Readonly<Record<string, number>>, format: Formats): string {
  const keys = Object.keys(counts).sort();
  return keys.map((key) => `${key}: ${format.number(counts[key])}`).join('; ');
}

/** The most frequent reasons first (then by text), at most `SHOWN_REASONS`; every reason is in the JSON. */
const SHOWN_REASONS = 10;

function topReasons(counts: Readonly<Record<string, number>>, words: Catalogue, format: Formats): string {
  const reasons = Object.keys(counts).sort((a, b) => counts[b] - counts[a] || (a < b ? -1 : a > b ? 1 : 0));
  if (reasons.length === 0) return words.none;
  const shown = reasons.slice(0, SHOWN_REASONS).map((reason) => `«${reason}»: ${format.number(counts[reason])}`);
  const others = reasons.length - SHOWN_REASONS;
  return others > 0 ? `${shown.join('; ')}; ${words.otherReasons.replace('{count}', format.number(others))}` : shown.join('; ');
}

function withBreakdown(total: number, counts: Readonly<Record<string, number>>, format: Formats): string {
  const parts = breakdown(counts, format);
  return parts ? `${format.number(total)} (${parts})` : format.number(total);
}

export function figureRows(figures: Figures, language: ReportLanguage, words: Catalogue, format: Formats): FigureRow[] {
  const { requests, ratings, breaches, conferences, surveys } = figures;
  const row = (definition: string, value: string, label = figureLabels[definition][language]): FigureRow => ({ definition, label, value });
  const days = requests.daysToAnswer;
  // Every rule is in the JSON and the CSV, zeros included; here only the rules with breaches, in the rules' order.
  const ruleOrder = [
    ...BREACH_RULES,
    ...Object.keys(breaches.byRule)
      .filter((rule) => !(BREACH_RULES as readonly string[]).includes(rule))
      .sort(),
  ];
  const byRule = ruleOrder.filter((rule) => (breaches.byRule[rule] ?? 0) > 0).map((rule) => `${rule}: ${format.number(breaches.byRule[rule])}`);
  return [
    row('requests.received', format.number(requests.received)),
    row('requests.redirectedIn', format.number(requests.redirectedIn)),
    row('requests.redirectedOut', format.number(requests.redirectedOut)),
    row('requests.accepted', format.number(requests.accepted)),
    row('requests.returned', withBreakdown(requests.returned, requests.returnedByReason, format)),
    row('requests.refused', withBreakdown(requests.refused, requests.refusedByGround, format)),
    row('requests.answered', format.number(requests.answered)),
    row('requests.answeredOnTime', format.number(requests.answeredOnTime)),
    row('requests.answeredLate', format.number(requests.answeredLate)),
    row('requests.answeredNotTimed', format.number(requests.answeredNotTimed)),
    row('requests.onTimeSharePercent', format.number(requests.onTimeSharePercent)),
    row('requests.openAtEnd', format.number(requests.openAtEnd)),
    row('requests.overdueAtEnd', format.number(requests.overdueAtEnd)),
    row('requests.extensions', format.number(requests.extensions)),
    row(
      'requests.daysToAnswer',
      `${words.median} ${format.number(days.median)}; ${words.percentile90} ${format.number(days.percentile90)} (${format.number(days.answers)} ${words.answersCounted})`,
    ),
    row('ratings.likes', format.number(ratings.likes)),
    row('ratings.dislikes', format.number(ratings.dislikes)),
    row('ratings.dislikeSharePercent', format.number(ratings.dislikeSharePercent)),
    row('ratings.dislikeReasons', topReasons(ratings.dislikeReasons, words, format)),
    row('breaches.byRule', byRule.length > 0 ? `${format.number(breaches.total)} (${byRule.join('; ')})` : format.number(breaches.total), words.breachesTotal),
    row('breaches.unmet', format.number(breaches.unmet)),
    row('breaches.metLate', format.number(breaches.metLate)),
    row('conferences.held', format.number(conferences.held)),
    row('conferences.questionsAsked', format.number(conferences.questionsAsked)),
    row('conferences.questionsAnswered', format.number(conferences.questionsAnswered)),
    row('conferences.questionsUnansweredByEnd', format.number(conferences.questionsUnansweredByEnd)),
    row(
      'conferences.topicApplications',
      `${format.number(conferences.topicApplications)} (${words.acceptedCount} ${format.number(conferences.topicApplicationsAccepted)}, ${words.refusedCount} ${format.number(conferences.topicApplicationsRefused)})`,
    ),
    row('surveys.held', format.number(surveys.held)),
    row(
      'surveys.ballotsCast',
      surveys.turnout.length === 0
        ? format.number(surveys.ballotsCast)
        : `${format.number(surveys.ballotsCast)} (${surveys.turnout.map((survey) => `${survey.surveyId}: ${format.number(survey.ballotsCast)}`).join('; ')})`,
    ),
  ];
}
