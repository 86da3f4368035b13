// @od/reporting — the annual access-to-information report (DESIGN §2b, issue 13) as a pure fold over the store's facts.
export { startReport, buildReport, type ReportFold } from './report-fold';
export { validateReportOptions, ReportOptionsError, type ReportOptions, type ReportOptionsField, type Redactor } from './report-options';
export * from './annual-report';
export { figureDefinitions, countingRules, type FigureDefinitions, type CountingRule } from './figure-definitions';
export {
  reportRules,
  SCALAR_FIGURES,
  type ReportRules,
  type ReportRule,
  type RuleTest,
  type RankingRules,
  type ScalarFigure,
  type MinimumBase,
} from './report-rules';
export { reportAsJson, reportAsCsv, sha256Hex, CSV_COLUMNS } from './report-output';
export { almatyDayNumber } from './almaty-time';
export * from './replay';
export * from './html';
