// The annual report as one self-contained, accessible HTML page per language (issue 13 §2): inputs, figures with
// their definitions beside them, charts (server-side SVG) each with its data as a table, the holders compared,
// each holder's figures and findings in words, the ranking with the holders not ranked and why, and every rule.
import { BREACH_RULES, type AnnualReport, type HolderReport } from '../annual-report';
import type { ReportRule } from '../report-rules';
import { catalogues, figureLabels, scalarFigureLabels, type Catalogue, type ReportLanguage } from './catalogue';
import { horizontalBarChart, monthlyChart } from './charts';
import { figureRows } from './figure-rows';
import { escapeHtml as e, formatsFor, type Formats } from './html-text';
import { REPORT_CSS, REPORT_CSS_HASH } from './report-styles';

export interface ReportHtmlOptions {
  /** SHA-256 of the report's JSON (`sha256Hex(reportAsJson(report))`), printed so a reader can check the file they got. */
  readonly jsonHash: string;
}

interface Context {
  readonly report: AnnualReport;
  readonly language: ReportLanguage;
  readonly words: Catalogue;
  readonly format: Formats;
}

const holderName = (holder: Pick<HolderReport, 'holderId' | 'name'>, language: ReportLanguage) => holder.name?.[language] ?? holder.holderId;

/** A number as written in any of the languages (digits, group and decimal signs), or the "none" dash. */
const PLAIN_NUMBER = /^(—|[\d\s\u00a0\u202f.,−-]+)$/;

/**
 * A table with its caption; the first cell of a row is its header. It sits in a region that scrolls sideways on a
 * narrow screen, focusable and named so a keyboard user can scroll it too (WCAG 2.1.1).
 */
function table(caption: string, head: readonly string[], rows: readonly (readonly string[])[], numeric: readonly boolean[] = []): string {
  const cls = (index: number, cell?: string) => (numeric[index] && (cell === undefined || PLAIN_NUMBER.test(cell)) ? ' class="number"' : '');
  return [
    `<div class="wide" role="region" tabindex="0" aria-label="${e(caption)}"><table><caption>${e(caption)}</caption>`,
    `<thead><tr>${head.map((cell, index) => `<th scope="col"${cls(index)}>${e(cell)}</th>`).join('')}</tr></thead>`,
    `<tbody>${rows.map((row) => `<tr>${row.map((cell, index) => (index === 0 ? `<th scope="row">${e(cell)}</th>` : `<td${cls(index, cell)}>${e(cell)}</td>`)).join('')}</tr>`).join('')}</tbody>`,
    '</table></div>',
  ].join('');
}

function inputsSection({ report, words, format }: Context, options: ReportHtmlOptions): string {
  const { inputs } = report;
  const item = (term: string, value: string, note?: string) => `<dt>${e(term)}</dt><dd>${value}${note ? ` <span class="note">(${e(note)})</span>` : ''}</dd>`;
  return [
    `<section aria-labelledby="inputs"><h2 id="inputs">${e(words.inputs)}</h2><dl class="inputs">`,
    item(words.period, `${e(inputs.period.from)} – ${e(inputs.period.to)} (${e(inputs.period.timeZone)})`, words.periodNote),
    item(words.asOf, `<code>${e(inputs.asOf)}</code>`, words.asOfNote),
    item(words.holdersAsked, e(inputs.holderIds ? inputs.holderIds.join(', ') : words.allHolders)),
    item(words.positionReached, `<code>${e(inputs.positionReached ?? words.none)}</code>`),
    item(words.factsReplayed, e(format.number(inputs.factsReplayed))),
    item(words.calendarVersions, e(inputs.calendarVersions.length > 0 ? inputs.calendarVersions.join(', ') : words.none)),
    item(words.codeVersion, `<code>${e(inputs.codeVersion ?? words.none)}</code>`),
    ...(inputs.previousPeriod ? [item(words.previousPeriod, e(`${inputs.previousPeriod.from} – ${inputs.previousPeriod.to}`))] : []),
    item(words.jsonHash, `<code>${e(options.jsonHash)}</code>`),
    '</dl></section>',
  ].join('');
}

function summarySection(context: Context): string {
  const { report, language, words, format } = context;
  const rows = figureRows(report.total, language, words, format);
  return [
    `<section aria-labelledby="summary"><h2 id="summary">${e(words.summary)}</h2>`,
    table(
      words.summary,
      [words.figure, words.value, words.definition],
      rows.map((row) => [row.label, row.value, report.definitions.figures[row.definition]?.[language] ?? '']),
    ),
    '</section>',
  ].join('');
}

async function chartsSection(context: Context): Promise<string> {
  const { report, language, words, format } = context;
  const timed = report.holders.filter((holder) => holder.figures.requests.onTimeSharePercent !== null);
  const bar = (label: string, value: number) => ({ label, value, text: format.number(value) });
  const shares = timed.map((holder) => bar(holderName(holder, language), holder.figures.requests.onTimeSharePercent as number));
  const breaches = BREACH_RULES.map((rule) => bar(rule, report.total.breaches.byRule[rule] ?? 0));
  const months = Object.keys(report.total.requests.receivedByMonth).sort();
  const series = [words.received, words.answered];
  const monthly = months.flatMap((month) => [
    { month: format.month(month), series: words.received, value: report.total.requests.receivedByMonth[month] ?? 0 },
    { month: format.month(month), series: words.answered, value: report.total.requests.answeredByMonth[month] ?? 0 },
  ]);
  // The drawing is one image named by its caption (its marks are not read out one by one); the table below holds
  // the same numbers for a screen reader, a keyboard and a copy into a spreadsheet.
  const figure = (id: string, caption: string, svg: string, data: string) =>
    `<figure aria-labelledby="${id}"><figcaption id="${id}">${e(caption)}</figcaption>${svg.replace('<svg ', `<svg role="img" aria-labelledby="${id}" `)}<details><summary>${e(words.dataTable)}</summary>${data}</details></figure>`;
  const onTime =
    shares.length === 0
      ? `<p>${e(words.onTimeChartNoData)}</p>`
      : figure(
          'chart-on-time',
          words.onTimeChart,
          await horizontalBarChart({ data: shares, labelTitle: words.holder, valueTitle: words.onTimeShare, maximum: 100 }),
          table(
            words.onTimeChart,
            [words.holder, words.onTimeShare],
            shares.map((share) => [share.label, share.text]),
            [false, true],
          ),
        );
  return [
    `<section aria-labelledby="charts"><h2 id="charts">${e(words.charts)}</h2>`,
    onTime,
    figure(
      'chart-breaches',
      words.breachesChart,
      await horizontalBarChart({ data: breaches, labelTitle: words.rule, valueTitle: words.count }),
      table(
        words.breachesChart,
        [words.rule, words.count],
        breaches.map((breach) => [breach.label, breach.text]),
        [false, true],
      ),
    ),
    figure(
      'chart-monthly',
      words.monthlyChart,
      await monthlyChart({
        data: monthly,
        months: months.map(format.month),
        series,
        monthTitle: words.month,
        valueTitle: words.count,
        seriesTitle: words.series,
      }),
      table(
        words.monthlyChart,
        [words.month, words.received, words.answered],
        months.map((month) => [
          format.month(month),
          format.number(report.total.requests.receivedByMonth[month] ?? 0),
          format.number(report.total.requests.answeredByMonth[month] ?? 0),
        ]),
        [false, true, true],
      ),
    ),
    '</section>',
  ].join('');
}

function comparisonSection({ report, language, words, format }: Context): string {
  const ranks = new Map(report.ranking.ranked.map((ranked) => [ranked.holderId, ranked.rank]));
  const label = (path: string) => scalarFigureLabels[path]?.[language] ?? path;
  const head = [
    words.holder,
    label('received'),
    words.answered,
    label('onTimeSharePercent'),
    label('overdueAtEnd'),
    label('medianDaysToAnswer'),
    label('breachesTotal'),
    label('dislikes'),
    words.rank,
  ];
  const rows = report.holders.map((holder) => {
    const { requests, breaches, ratings } = holder.figures;
    return [
      holderName(holder, language),
      format.number(requests.received),
      format.number(requests.answered),
      format.number(requests.onTimeSharePercent),
      format.number(requests.overdueAtEnd),
      format.number(requests.daysToAnswer.median),
      format.number(breaches.total),
      format.number(ratings.dislikes),
      format.number(ranks.get(holder.holderId) ?? null),
    ];
  });
  return `<section aria-labelledby="comparison"><h2 id="comparison">${e(words.comparison)}</h2>${table(words.comparison, head, rows, [false, true, true, true, true, true, true, true, true])}</section>`;
}

function findingsList(holder: HolderReport, { language, words }: Context): string {
  if (holder.findings.length === 0) return `<p>${e(words.noFindings)}</p>`;
  return `<ul class="findings">${holder.findings
    .map((finding) => `<li class="${finding.kind}"><span class="kind">${e(words.kinds[finding.kind])}:</span> ${e(finding.text[language])}</li>`)
    .join('')}</ul>`;
}

function holdersSection(context: Context): string {
  const { report, language, words, format } = context;
  const sections = report.holders.map((holder, index) => {
    const id = `holder-${index + 1}`;
    const name = holderName(holder, language);
    const rows = figureRows(holder.figures, language, words, format).map((row) => [row.label, row.value]);
    return [
      `<section class="holder" aria-labelledby="${id}"><h3 id="${id}">${e(name)}</h3>`,
      `<p>${e(words.holderId)}: <code>${e(holder.holderId)}</code>${holder.name ? '' : ` (${e(words.unregistered)})`}</p>`,
      `<h4>${e(words.findings)}</h4>`,
      findingsList(holder, context),
      table(name, [words.figure, words.value], rows),
      '</section>',
    ].join('');
  });
  return `<section aria-labelledby="holders"><h2 id="holders">${e(words.holders)}</h2>${sections.join('')}</section>`;
}

function rankingSection({ report, language, words, format }: Context): string {
  const names = new Map(report.holders.map((holder) => [holder.holderId, holderName(holder, language)]));
  const minimum = String(report.rules.ranking.minimumRequestsToRank);
  const ranked =
    report.ranking.ranked.length === 0
      ? `<p>${e(words.nobodyRanked)}</p>`
      : table(
          words.ranking,
          [words.rank, words.holder, words.onTimeShare, words.received],
          report.ranking.ranked.map((holder) => [
            format.number(holder.rank),
            names.get(holder.holderId) ?? holder.holderId,
            format.number(holder.onTimeSharePercent),
            format.number(holder.received),
          ]),
          [true, false, true, true],
        );
  const notRanked =
    report.ranking.notRanked.length === 0
      ? ''
      : table(
          words.notRanked,
          [words.holder, words.received, words.reason],
          report.ranking.notRanked.map((holder) => [names.get(holder.holderId) ?? holder.holderId, format.number(holder.received), holder.text[language]]),
          [false, true, false],
        );
  return [
    `<section aria-labelledby="ranking"><h2 id="ranking">${e(words.ranking)}</h2>`,
    `<p>${e(report.rules.ranking.text[language].replace(/\{minimum\}/g, minimum))}</p>`,
    ranked,
    notRanked,
    '</section>',
  ].join('');
}

function ruleTest(rule: ReportRule, { language, words }: Context): string {
  const { test } = rule;
  const label = (figure: string) => scalarFigureLabels[figure]?.[language] ?? figure;
  switch (test.kind) {
    case 'most-breaches-under':
      return `${words.mostBreaches} ${test.threshold}`;
    case 'change-since-previous':
      return `${label(test.figure)}: ${words.changeSincePrevious}, ${test.direction === 'up' ? words.up : words.down} ≥ ${test.threshold} ${words.points}`;
    default: {
      const symbol = { below: '<', above: '>', 'at-least': '≥', equals: '=' }[test.kind];
      const base = test.minimumBase ? `, ${words.when} ${label(test.minimumBase.figure)} ≥ ${test.minimumBase.atLeast}` : '';
      return `${label(test.figure)} ${symbol} ${test.threshold}${base}`;
    }
  }
}

function definitionsSection(context: Context): string {
  const { report, language, words } = context;
  const figures = Object.keys(report.definitions.figures).sort();
  return [
    `<section aria-labelledby="definitions"><h2 id="definitions">${e(words.definitions)}</h2>`,
    `<h3>${e(words.figureDefinitions)}</h3><dl class="definitions">`,
    figures
      .map((path) => {
        const label = figureLabels[path]?.[language];
        return `<dt>${label ? `${e(label)} ` : ''}<code>${e(path)}</code></dt><dd>${e(report.definitions.figures[path][language])}</dd>`;
      })
      .join(''),
    `</dl><h3>${e(words.countingRules)}</h3><ol>`,
    report.definitions.countingRules.map((rule) => `<li>${e(rule.text[language])} <span class="note">(<code>${e(rule.id)}</code>)</span></li>`).join(''),
    '</ol>',
    table(
      words.findingRules,
      [words.rule, words.kind, words.test, words.text],
      report.rules.findings.map((rule) => [rule.id, words.kinds[rule.kind], ruleTest(rule, context), rule.text[language]]),
    ),
    `<h3>${e(words.rankingRule)}</h3><p>${e(report.rules.ranking.text[language].replace(/\{minimum\}/g, String(report.rules.ranking.minimumRequestsToRank)))}</p>`,
    '</section>',
  ].join('');
}

function unreadSection({ report, words, format }: Context): string {
  const unread = Object.keys(report.unreadFacts).sort();
  if (unread.length === 0) return '';
  return `<section aria-labelledby="unread"><h2 id="unread">${e(words.unreadFacts)}</h2><p>${e(words.unreadFactsNote)}</p>${table(
    words.unreadFacts,
    [words.figure, words.count],
    unread.map((type) => [type, format.number(report.unreadFacts[type])]),
    [false, true],
  )}</section>`;
}

/** One language's report page. Deterministic: the same report, language and hash give the same bytes. */
export async function renderReportHtml(report: AnnualReport, language: ReportLanguage, options: ReportHtmlOptions): Promise<string> {
  const words = catalogues[language];
  const context: Context = { report, language, words, format: formatsFor(language, words.none) };
  const { period } = report.inputs;
  const title = `${words.title}: ${period.from} – ${period.to}`;
  const contents: [string, string][] = [
    ['inputs', words.inputs],
    ['summary', words.summary],
    ['charts', words.charts],
    ['comparison', words.comparison],
    ['ranking', words.ranking],
    ['holders', words.holders],
    ['definitions', words.definitions],
  ];
  return [
    '<!DOCTYPE html>',
    `<html lang="${language}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${REPORT_CSS_HASH}; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    `<header><h1>${e(title)}</h1></header>`,
    `<nav aria-labelledby="contents"><h2 id="contents">${e(words.contents)}</h2><ol>${contents.map(([id, text]) => `<li><a href="#${id}">${e(text)}</a></li>`).join('')}</ol></nav>`,
    '<main>',
    inputsSection(context, options),
    summarySection(context),
    await chartsSection(context),
    comparisonSection(context),
    rankingSection(context),
    holdersSection(context),
    definitionsSection(context),
    unreadSection(context),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
