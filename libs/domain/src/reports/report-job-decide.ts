import type { ReportEvent, ReportPeriod, ReportRequester } from '@od/contracts';
import { accept, reject, type Decision } from '../shared/decision';
import type { ReportJobState } from './report-job';

export type ReportJobCommand =
  | {
      readonly type: 'RequestAnnualReport';
      readonly reportId: string;
      readonly period: ReportPeriod;
      /** Omitted: `now`. */
      readonly asOf?: string;
      readonly holderIds: readonly string[];
      readonly requestedBy: ReportRequester;
      readonly now: Date;
    }
  | {
      readonly type: 'PublishAnnualReport';
      readonly sha256: string;
      readonly positionReached: string | null;
      readonly factsRead: number;
      readonly codeVersion: string;
      readonly now: Date;
    }
  | { readonly type: 'FailAnnualReport'; readonly reason: string; readonly now: Date };

export type ReportJobRejectionCode = 'period_invalid' | 'as_of_invalid' | 'report_holders_not_allowed' | 'report_job_wrong_state';

type ReportJobDecision = Decision<ReportEvent, ReportJobRejectionCode>;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date `YYYY-MM-DD` (2026-02-30 is not one). */
function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** An ISO 8601 instant with its offset (`Z` or `±hh:mm`), which `Date` reads as written. */
function isInstant(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(Date.parse(value));
}

function periodRefusal(period: ReportPeriod): ReportJobDecision | null {
  for (const field of ['from', 'to'] as const) {
    if (!isCalendarDate(period[field])) {
      return reject({
        code: 'period_invalid',
        field,
        message: `${field} must be a calendar date YYYY-MM-DD`,
        messages: {
          kk: `${field} YYYY-MM-DD күнтізбелік күні болуы керек`,
          ru: `${field} должно быть календарной датой ГГГГ-ММ-ДД`,
          en: `${field} must be a calendar date YYYY-MM-DD`,
        },
      });
    }
  }
  if (period.to < period.from) {
    return reject({
      code: 'period_invalid',
      field: 'to',
      message: 'The end of the period must not be before its start',
      messages: {
        kk: 'Кезеңнің соңы оның басынан бұрын болмауы керек',
        ru: 'Конец периода не может быть раньше его начала',
        en: 'The end of the period must not be before its start',
      },
    });
  }
  return null;
}

function asOfRefusal(asOf: string | undefined, now: Date): ReportJobDecision | null {
  if (asOf === undefined) return null;
  if (!isInstant(asOf)) {
    return reject({
      code: 'as_of_invalid',
      field: 'asOf',
      message: 'asOf must be an ISO 8601 instant with its offset',
      messages: {
        kk: 'asOf ығысуы көрсетілген ISO 8601 уақыт сәті болуы керек',
        ru: 'asOf должно быть моментом времени ISO 8601 со смещением',
        en: 'asOf must be an ISO 8601 instant with its offset',
      },
    });
  }
  // A report as of a later instant would change as facts arrive: it could not be rebuilt byte for byte.
  if (Date.parse(asOf) > now.getTime()) {
    return reject({
      code: 'as_of_invalid',
      field: 'asOf',
      message: 'asOf must not be in the future',
      messages: { kk: 'asOf болашақта болмауы керек', ru: 'asOf не может быть в будущем', en: 'asOf must not be in the future' },
    });
  }
  return null;
}

/** B4: a holder's officer reports on their own holder alone; the ministry on any holders. */
function holdersRefusal(holderIds: readonly string[], requester: ReportRequester): ReportJobDecision | null {
  if (requester.role === 'ministry') return null;
  if (requester.awpRole === 'information_officer' && holderIds.length === 1 && holderIds[0] === requester.holderId) return null;
  return reject({
    code: 'report_holders_not_allowed',
    field: 'holderIds',
    rule: 'B4',
    message: 'A holder’s access-to-information officer may ask only for the report of their own holder',
    messages: {
      kk: 'Ұстаушының ақпаратқа қол жеткізу жөніндегі қызметкері тек өз ұйымының есебін сұрай алады',
      ru: 'Ответственный за доступ к информации может запросить отчёт только своего обладателя информации',
      en: 'A holder’s access-to-information officer may ask only for the report of their own holder',
    },
  });
}

/** The report job (B2): asked for once; then published with its hash, or failed; nothing after either. */
export function decideReportJob(command: ReportJobCommand, state: ReportJobState): ReportJobDecision {
  const at = command.now.toISOString();
  switch (command.type) {
    case 'RequestAnnualReport': {
      if (state.status !== 'none') return reject({ code: 'report_job_wrong_state', message: `Report ${command.reportId} was already requested` });
      const refusal = periodRefusal(command.period) ?? asOfRefusal(command.asOf, command.now) ?? holdersRefusal(command.holderIds, command.requestedBy);
      if (refusal) return refusal;
      return accept({
        type: 'AnnualReportRequested',
        schemaVersion: 1,
        data: {
          reportId: command.reportId,
          period: { from: command.period.from, to: command.period.to },
          asOf: command.asOf === undefined ? at : new Date(command.asOf).toISOString(),
          holderIds: [...new Set(command.holderIds)].sort(),
          requestedBy: command.requestedBy,
          requestedAt: at,
        },
      });
    }
    case 'PublishAnnualReport': {
      if (state.status !== 'requested') return reject({ code: 'report_job_wrong_state', message: `Cannot publish a report that is ${state.status}` });
      const { reportId, period, asOf } = state.request;
      return accept({
        type: 'AnnualReportPublished',
        schemaVersion: 1,
        data: {
          reportId,
          sha256: command.sha256,
          period,
          asOf,
          positionReached: command.positionReached,
          factsRead: command.factsRead,
          codeVersion: command.codeVersion,
          publishedAt: at,
        },
      });
    }
    case 'FailAnnualReport': {
      if (state.status !== 'requested') return reject({ code: 'report_job_wrong_state', message: `Cannot fail a report that is ${state.status}` });
      return accept({ type: 'AnnualReportFailed', schemaVersion: 1, data: { reportId: state.request.reportId, reason: command.reason, failedAt: at } });
    }
  }
}
