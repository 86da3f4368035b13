import { REPORT_LANGUAGES, renderReportHtml, reportAsCsv, reportAsJson, sha256Hex, type AnnualReport } from '@od/reporting';

export interface ReportOutput {
  /** `report.json`, `report.csv`, `report.<lang>.html`: the last segment of its address. */
  readonly name: string;
  readonly contentType: string;
  readonly body: string;
}

/** Every output of a report, and the SHA-256 of its JSON (the one stated in `AnnualReportPublished`). */
export async function reportOutputs(report: AnnualReport): Promise<{ readonly sha256: string; readonly outputs: readonly ReportOutput[] }> {
  const json = reportAsJson(report);
  const sha256 = sha256Hex(json);
  const outputs: ReportOutput[] = [
    { name: 'report.json', contentType: 'application/json; charset=utf-8', body: json },
    { name: 'report.csv', contentType: 'text/csv; charset=utf-8', body: reportAsCsv(report) },
  ];
  for (const language of REPORT_LANGUAGES) {
    outputs.push({
      name: `report.${language}.html`,
      contentType: 'text/html; charset=utf-8',
      body: await renderReportHtml(report, language, { jsonHash: sha256 }),
    });
  }
  return { sha256, outputs };
}
