import { DateTime } from 'luxon';
import { KZ_ZONE, type LocalDate } from '@od/calendar';
import type { AnnualReport } from './annual-report';
import type { ReportRules } from './report-rules';

/** What masks personal data in free text: pass `redactPersonalData` of `@od/platform`. */
export type Redactor = (text: string) => { readonly text: string; readonly redacted: boolean };

export interface ReportOptions {
  /** Almaty calendar dates, both inclusive: a fact is in the period when its `metadata.occurredAt` falls on one of them in Almaty time. */
  readonly period: { readonly from: LocalDate; readonly to: LocalDate };
  /** ISO instant: facts the store recorded after it (`recordedAt > asOf`) are left out. */
  readonly asOf: string;
  /** Default: every holder. */
  readonly holderIds?: readonly string[];
  /** Masks IINs/BINs, phones and e-mails in dislike reasons before they are counted by text. Required: the report is read by people other than the authors. */
  readonly redact: Redactor;
  /** Default `reportRules`. */
  readonly rules?: ReportRules;
  /** The report of an earlier period, for the year-on-year findings ("improved by N points"). */
  readonly previous?: Pick<AnnualReport, 'inputs' | 'holders'>;
  /** The code that made the report (a git commit), stated in its inputs. */
  readonly codeVersion?: string;
}

export type ReportOptionsField = 'period.from' | 'period.to' | 'asOf' | 'holderIds';

/** Bad options, naming the field and the rule: an HTTP caller answers 400 with them. */
export class ReportOptionsError extends Error {
  constructor(
    readonly field: ReportOptionsField,
    message: string,
  ) {
    super(message);
    this.name = 'ReportOptionsError';
  }
}

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

function assertDate(field: ReportOptionsField, value: unknown): asserts value is LocalDate {
  if (typeof value !== 'string' || !LOCAL_DATE.test(value) || !DateTime.fromISO(value, { zone: KZ_ZONE }).isValid)
    throw new ReportOptionsError(field, `${field} must be a calendar date YYYY-MM-DD, got ${JSON.stringify(value)}`);
}

/** Checks the options; throws `ReportOptionsError` naming the first bad field. */
export function validateReportOptions(options: ReportOptions): void {
  assertDate('period.from', options.period?.from);
  assertDate('period.to', options.period?.to);
  if (options.period.from > options.period.to)
    throw new ReportOptionsError('period.to', `period.to (${options.period.to}) is before period.from (${options.period.from})`);
  if (typeof options.asOf !== 'string' || !ISO_INSTANT.test(options.asOf) || Number.isNaN(Date.parse(options.asOf)))
    throw new ReportOptionsError('asOf', `asOf must be an ISO 8601 instant with its offset (e.g. 2027-01-01T00:00:00Z), got ${JSON.stringify(options.asOf)}`);
  if (options.holderIds !== undefined) {
    if (!Array.isArray(options.holderIds) || options.holderIds.length === 0 || options.holderIds.some((id) => typeof id !== 'string' || id === ''))
      throw new ReportOptionsError('holderIds', 'holderIds, when given, must be a non-empty list of holder ids');
  }
}
