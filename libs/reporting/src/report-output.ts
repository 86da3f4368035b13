// The report's bytes: canonical JSON (keys sorted at every level, arrays in the report's own stable order, no
// wall clock), its SHA-256, and the CSV (one row per holder and a total row).
import { createHash } from 'node:crypto';
import { BREACH_RULES, type AnnualReport, type Figures } from './annual-report';

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== 'object') return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const field = (value as Record<string, unknown>)[key];
    if (field !== undefined) sorted[key] = sortedKeys(field);
  }
  return sorted;
}

/** Canonical JSON: keys sorted, two-space indent, a final newline. The same report gives the same bytes. */
export function reportAsJson(report: AnnualReport): string {
  return `${JSON.stringify(sortedKeys(report), null, 2)}\n`;
}

/** SHA-256 (hex) of a text's UTF-8 bytes: of `reportAsJson(report)` for the report's hash. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The column names of `reportAsCsv`, in order (documented in the README). */
export const CSV_COLUMNS: readonly string[] = [
  'holderId',
  'nameKk',
  'nameRu',
  'nameEn',
  'received',
  'redirectedIn',
  'redirectedOut',
  'accepted',
  'returned',
  'refused',
  'answered',
  'answeredOnTime',
  'answeredLate',
  'answeredNotTimed',
  'onTimeSharePercent',
  'openAtEnd',
  'overdueAtEnd',
  'extensions',
  'daysToAnswerMedian',
  'daysToAnswer90thPercentile',
  'likes',
  'dislikes',
  'breachesTotal',
  ...BREACH_RULES.map((rule) => `breaches${rule}`),
  'conferencesHeld',
  'conferenceQuestionsAsked',
  'conferenceQuestionsUnansweredByEnd',
  'surveysHeld',
  'surveyBallotsCast',
  'rank',
];

function cell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function figureCells(figures: Figures): (string | number | null)[] {
  const { requests, ratings, breaches, conferences, surveys } = figures;
  return [
    requests.received,
    requests.redirectedIn,
    requests.redirectedOut,
    requests.accepted,
    requests.returned,
    requests.refused,
    requests.answered,
    requests.answeredOnTime,
    requests.answeredLate,
    requests.answeredNotTimed,
    requests.onTimeSharePercent,
    requests.openAtEnd,
    requests.overdueAtEnd,
    requests.extensions,
    requests.daysToAnswer.median,
    requests.daysToAnswer.percentile90,
    ratings.likes,
    ratings.dislikes,
    breaches.total,
    ...BREACH_RULES.map((rule) => breaches.byRule[rule] ?? 0),
    conferences.held,
    conferences.questionsAsked,
    conferences.questionsUnansweredByEnd,
    surveys.held,
    surveys.ballotsCast,
  ];
}

/** RFC 4180 CSV (CRLF line ends): the header, one row per holder by id, then `total` (no names, no rank). */
export function reportAsCsv(report: AnnualReport): string {
  const ranks = new Map(report.ranking.ranked.map((ranked) => [ranked.holderId, ranked.rank]));
  const rows = [CSV_COLUMNS.map(cell).join(',')];
  for (const holder of report.holders) {
    rows.push(
      [
        holder.holderId,
        holder.name?.kk ?? null,
        holder.name?.ru ?? null,
        holder.name?.en ?? null,
        ...figureCells(holder.figures),
        ranks.get(holder.holderId) ?? null,
      ]
        .map(cell)
        .join(','),
    );
  }
  rows.push(['total', null, null, null, ...figureCells(report.total), null].map(cell).join(','));
  return `${rows.join('\r\n')}\r\n`;
}
