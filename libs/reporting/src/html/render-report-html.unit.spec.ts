import { buildReport } from '../report-fold';
import { reportAsJson, sha256Hex } from '../report-output';
import type { ReportOptions } from '../report-options';
import { maskDigits } from '../report-test-builders';
import { AS_OF, PERIOD_2026, scriptedHistory } from '../scripted-history';
import { REPORT_LANGUAGES } from './catalogue';
import { escapeHtml } from './html-text';
import { renderReportHtml } from './render-report-html';

const options: ReportOptions = { period: PERIOD_2026, asOf: AS_OF, redact: maskDigits, codeVersion: '0.1.0+test' };
const report = buildReport(scriptedHistory().facts, options);
const jsonHash = sha256Hex(reportAsJson(report));

describe('the HTML report', () => {
  it.each(REPORT_LANGUAGES)('in %s: the same report gives the same bytes twice, and a report made again from the same facts too', async (language) => {
    const first = await renderReportHtml(report, language, { jsonHash });
    const again = await renderReportHtml(buildReport(scriptedHistory().facts, options), language, { jsonHash });
    expect(again).toBe(first);
    expect(await renderReportHtml(report, language, { jsonHash })).toBe(first);
  });

  it.each(REPORT_LANGUAGES)(
    'in %s: names every holder, every finding, every figure definition, counting rule and finding rule in that language',
    async (language) => {
      const html = await renderReportHtml(report, language, { jsonHash });
      expect(html).toContain(`<html lang="${language}">`);
      for (const holder of report.holders) expect(html).toContain(escapeHtml(holder.name?.[language] ?? holder.holderId));
      const findings = report.holders.flatMap((holder) => holder.findings);
      expect(findings.length).toBeGreaterThan(0);
      for (const finding of findings) expect(html).toContain(escapeHtml(finding.text[language]));
      for (const definition of Object.values(report.definitions.figures)) expect(html).toContain(escapeHtml(definition[language]));
      for (const rule of report.definitions.countingRules) expect(html).toContain(escapeHtml(rule.text[language]));
      for (const rule of report.rules.findings) expect(html).toContain(escapeHtml(rule.text[language]));
      for (const notRanked of report.ranking.notRanked) expect(html).toContain(escapeHtml(notRanked.text[language]));
      expect(html).toContain(jsonHash);
      expect(html).toContain(escapeHtml(report.inputs.positionReached as string));
    },
  );

  it('draws three charts as inline SVG with their data also as tables, and loads nothing from outside', async () => {
    const html = await renderReportHtml(report, 'en', { jsonHash });
    expect(html.match(/<svg role="img" aria-labelledby="chart-[a-z-]+" /g)).toHaveLength(3);
    expect(
      html.match(/<details><summary>The chart’s data as a table<\/summary><div class="wide" role="region" tabindex="0" aria-label="[^"]+"><table>/g),
    ).toHaveLength(3);
    expect(html).not.toMatch(/<script|<link|<img|src=|https?:\/\/(?!www\.w3\.org\/)/);
    expect(html).not.toMatch(/ style="/);
  });

  it('writes numbers as each language does: 66.7 in English, 66,7 in Russian and Kazakh', async () => {
    expect(await renderReportHtml(report, 'en', { jsonHash })).toContain('<td class="number">66.7</td>');
    expect(await renderReportHtml(report, 'ru', { jsonHash })).toContain('<td class="number">66,7</td>');
    expect(await renderReportHtml(report, 'kk', { jsonHash })).toContain('<td class="number">66,7</td>');
  });
});
