export { renderReportHtml, type ReportHtmlOptions } from './render-report-html';
export { REPORT_LANGUAGES, type ReportLanguage } from './catalogue';
