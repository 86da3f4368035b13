// `npm run report` arguments: read and checked before anything is read or written. A bad one is a UsageError
// naming the option and the rule (exit code 2, nothing written).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPORT_LANGUAGES, ReportOptionsError, validateReportOptions, type ReportLanguage, type ReportOptionsField } from '@od/reporting';

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const USAGE =
  'usage: npm run report -- --from YYYY-MM-DD --to YYYY-MM-DD [--as-of <ISO instant>] [--holder <id>]... [--out <dir>] [--language kk|ru|en] [--schema <event store schema>]';

export interface ReportArguments {
  readonly from: string;
  readonly to: string;
  readonly asOf: string;
  /** True when --as-of was given; otherwise the instant the command started, stated so the report can be made again. */
  readonly asOfGiven: boolean;
  readonly holderIds: readonly string[] | undefined;
  readonly outDir: string;
  readonly languages: readonly ReportLanguage[];
  readonly schema: string;
  readonly pageSize: number;
}

const OPTION_OF_FIELD: Readonly<Record<ReportOptionsField, string>> = {
  'period.from': '--from',
  'period.to': '--to',
  asOf: '--as-of',
  holderIds: '--holder',
};

const SCHEMA = /^[a-z_][a-z0-9_]{0,47}$/;

/** `now` is the default as-of: the command's start, to the second. */
export function readReportArguments(argv: readonly string[], now: Date, cwd: string): ReportArguments {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        'as-of': { type: 'string' },
        holder: { type: 'string', multiple: true },
        out: { type: 'string' },
        language: { type: 'string' },
        schema: { type: 'string' },
        'page-size': { type: 'string' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.from === undefined) throw new UsageError('--from is required: the first day of the period, YYYY-MM-DD (Almaty date)');
  if (values.to === undefined) throw new UsageError('--to is required: the last day of the period, YYYY-MM-DD (Almaty date)');
  const asOf = values['as-of'] ?? new Date(Math.floor(now.getTime() / 1000) * 1000).toISOString().replace('.000Z', 'Z');
  const holderIds = values.holder;
  try {
    validateReportOptions({ period: { from: values.from, to: values.to }, asOf, holderIds, redact: (text) => ({ text, redacted: false }) });
  } catch (error) {
    if (error instanceof ReportOptionsError) throw new UsageError(`${OPTION_OF_FIELD[error.field]}: ${error.message}`);
    throw error;
  }
  const language = values.language;
  if (language !== undefined && !(REPORT_LANGUAGES as readonly string[]).includes(language)) {
    throw new UsageError(`--language must be one of ${REPORT_LANGUAGES.join(', ')}, got "${language}"`);
  }
  const schema = values.schema ?? 'event_store';
  if (!SCHEMA.test(schema)) throw new UsageError(`--schema must be lower-case letters, digits and _ (at most 48), got "${schema}"`);
  const pageSize = values['page-size'] === undefined ? 10_000 : Number(values['page-size']);
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100_000) {
    throw new UsageError(`--page-size must be a whole number from 1 to 100000, got "${values['page-size']}"`);
  }
  if (values.out === '') throw new UsageError('--out must name a folder');
  return {
    from: values.from,
    to: values.to,
    asOf,
    asOfGiven: values['as-of'] !== undefined,
    holderIds,
    outDir: path.resolve(cwd, values.out ?? path.join('.data', 'reports', `${values.from}--${values.to}`)),
    languages: language === undefined ? REPORT_LANGUAGES : [language as ReportLanguage],
    schema,
    pageSize,
  };
}
