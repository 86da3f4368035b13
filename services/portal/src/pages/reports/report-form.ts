import type { ReportStateView } from '@od/contracts';
import { almatyDate, almatyDay } from '../../i18n/dates';
import type { PortalLanguage } from '../../i18n/languages';
import type { Translate } from '../../i18n/translator';
import { almatyInstant } from '../agency/conference-form';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The form as posted (urlencoded): every field a string when present. */
export type PostedReportForm = Readonly<Record<string, unknown>>;

/** The outputs of a published report, by the name the gateway and the portal give them, and how the portal serves each. */
export const REPORT_FILES: Readonly<Record<string, { readonly contentType: string; readonly inline: boolean }>> = {
  'report.kk.html': { contentType: 'text/html; charset=utf-8', inline: true },
  'report.ru.html': { contentType: 'text/html; charset=utf-8', inline: true },
  'report.en.html': { contentType: 'text/html; charset=utf-8', inline: true },
  'report.csv': { contentType: 'text/csv; charset=utf-8', inline: false },
  'report.json': { contentType: 'application/json; charset=utf-8', inline: false },
};

/**
 * The report's HTML has its own inline CSS and SVG and no script: a CSP of its own, stricter than the portal's
 * (no script at all, nothing fetched), instead of the portal's, which forbids inline styles.
 */
export const REPORT_HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'";

const text = (form: PostedReportForm, name: string): string => (typeof form[name] === 'string' ? (form[name] as string).trim() : '');

/** The command id the form carries (the same on a resubmit, so the platform records one report), or a fresh one. */
export function commandIdOf(form: PostedReportForm, fresh: () => string): string {
  const posted = text(form, 'commandId');
  return UUID.test(posted) ? posted : fresh();
}

/**
 * The API's body from the form: the period as typed (Almaty dates; the platform names a bad one), the as-of typed in
 * Almaty time as an ISO instant (empty: now), and the holders: the ministry's choice (empty: every holder); an
 * officer sends none, which the platform reads as their own holder.
 */
export function reportRequestOf(form: PostedReportForm, commandId: string, ministry: boolean) {
  const asOf = text(form, 'asOf');
  const holderId = ministry ? text(form, 'holderIds') : '';
  return {
    commandId,
    from: text(form, 'from'),
    to: text(form, 'to'),
    ...(asOf ? { asOf: almatyInstant(asOf) } : {}),
    ...(holderId ? { holderIds: [holderId] } : {}),
  };
}

/** The Almaty year of an instant: the default period is the whole of it. */
export function almatyYearOf(now: Date): number {
  return new Date(now.getTime() + 5 * 3_600_000).getUTCFullYear();
}

/** A report's state in words: waiting, running N of M facts, published, or failed with the reason. */
export function reportStateInWords(view: ReportStateView, t: Translate): string {
  const progress = view.progress;
  switch (view.state) {
    case 'requested':
      return t('reports.state.requested');
    case 'running':
      return progress?.totalFacts != null
        ? t('reports.state.runningOf', { read: progress.factsRead, total: progress.totalFacts })
        : t('reports.state.running', { read: progress?.factsRead ?? 0 });
    case 'published':
      return t('reports.state.published');
    case 'failed':
      return t('reports.state.failed', { reason: view.failureReason ?? '' });
  }
}

/** What the report's page shows. */
export function reportPage(view: ReportStateView, language: PortalLanguage, t: Translate, holderName: (holderId: string) => string) {
  const summary = [
    [t('reports.period.legend'), t('reports.period.value', { from: almatyDay(view.period.from, language), to: almatyDay(view.period.to, language) })],
    [t('reports.asOf.label'), almatyDate(view.asOf, language, 'dateTime')],
    [t('reports.holders.label'), view.holderIds.length === 0 ? t('reports.holders.all') : view.holderIds.map(holderName).join(', ')],
    ...(view.sha256 ? [[t('reports.report.sha256'), view.sha256]] : []),
  ];
  return {
    reportId: view.reportId,
    state: view.state,
    stateInWords: reportStateInWords(view, t),
    finished: view.state === 'published' || view.state === 'failed',
    summaryRows: summary.map(([key, value]) => ({ key: { text: key }, value: { text: value } })),
    files:
      view.state === 'published'
        ? Object.keys(REPORT_FILES).map((file) => ({ href: `/reports/${view.reportId}/files/${file}`, text: t(`reports.file.${file}`) }))
        : [],
  };
}
