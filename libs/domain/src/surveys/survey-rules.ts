// The survey rules that count days or check texts (C1, C2, C6, C8). Pure: the calendar and "now" are inputs.
import { addWorkingDays, isWorkingDay, KZ_ZONE, kzCalendar, type WorkingCalendar } from '@od/calendar';
import type { SurveyQuestion, SurveyTemplate, SurveyTemplateInput, SurveyText } from '@od/contracts';
import { DateTime } from 'luxon';

/** C1: the template reaches the operator at least this many working days before the launch. */
export const C1_WORKING_DAYS_BEFORE_LAUNCH = 3;
/** C6: a survey lasts at least this many working days. */
export const C6_MIN_WORKING_DAYS = 10;

export const SURVEY_LIMITS = {
  categoryLength: 200,
  textLength: 1000,
  questions: 50,
  optionsPerQuestion: 20,
  minOptionsPerQuestion: 2,
  maxDurationDays: 366,
  reasonLength: 2000,
  urlLength: 2000,
} as const;

const localDatePattern = /^\d{4}-\d{2}-\d{2}$/;

export function isLocalDate(value: unknown): value is string {
  return typeof value === 'string' && localDatePattern.test(value) && DateTime.fromISO(value, { zone: KZ_ZONE }).isValid;
}

/** The first instant of an Almaty calendar day, UTC ISO. */
export function startOfAlmatyDay(date: string): string {
  return DateTime.fromISO(date, { zone: KZ_ZONE }).startOf('day').toUTC().toISO() as string;
}

/** The first instant of the day after `date` (exclusive end of that day), UTC ISO. */
export function endOfAlmatyDay(date: string): string {
  return DateTime.fromISO(date, { zone: KZ_ZONE }).plus({ days: 1 }).startOf('day').toUTC().toISO() as string;
}

export function almatyDateOf(instant: Date | string): string {
  return DateTime.fromJSDate(typeof instant === 'string' ? new Date(instant) : instant)
    .setZone(KZ_ZONE)
    .toISODate() as string;
}

export interface EarliestLaunch {
  /** The first launch date C1 allows for a template that reaches the operator at `submittedAt`. */
  readonly date: string;
  /** The last of the 3 working days (its end is the earliest start). */
  readonly lastNoticeDay: string;
  readonly calendarVersions: readonly string[];
}

/**
 * C1: "at least three working days before the start". Counted as DESIGN §2 counts working days: the day of
 * submission does not count, the 3rd working day after it must end before the launch starts. The launch
 * date is an Almaty day, so the earliest launch is the day after the 3rd working day (it may be any day).
 */
export function earliestLaunch(submittedAt: Date, calendar: WorkingCalendar = kzCalendar): EarliestLaunch {
  const deadline = addWorkingDays(submittedAt, C1_WORKING_DAYS_BEFORE_LAUNCH, calendar);
  return { date: almatyDateOf(deadline.dueAt), lastNoticeDay: deadline.dueDate, calendarVersions: deadline.explanation.calendarVersions };
}

/** C6: the working days from the launch date to the closing date, both included. */
export function surveyWorkingDays(launchDate: string, closingDate: string, calendar: WorkingCalendar = kzCalendar): number {
  let day = DateTime.fromISO(launchDate, { zone: KZ_ZONE });
  const last = DateTime.fromISO(closingDate, { zone: KZ_ZONE });
  let count = 0;
  for (let guard = 0; day <= last && guard <= SURVEY_LIMITS.maxDurationDays + 1; guard += 1, day = day.plus({ days: 1 })) {
    if (isWorkingDay(day.toISODate() as string, calendar)) count += 1;
  }
  return count;
}

/** C6: the first closing date that gives the survey 10 working days from `launchDate`. */
export function earliestClosingDate(launchDate: string, calendar: WorkingCalendar = kzCalendar): string {
  let day = DateTime.fromISO(launchDate, { zone: KZ_ZONE });
  for (let count = 0, guard = 0; guard < 400; guard += 1, day = day.plus({ days: 1 })) {
    if (isWorkingDay(day.toISODate() as string, calendar)) count += 1;
    if (count >= C6_MIN_WORKING_DAYS) return day.toISODate() as string;
  }
  throw new Error(`no ${C6_MIN_WORKING_DAYS} working days within 400 days of ${launchDate}`);
}

export interface TemplateProblem {
  readonly code: 'survey_template_invalid' | 'survey_text_missing_language';
  readonly rule: 'C2' | 'C8';
  readonly field: string;
  readonly message: string;
}

function text(input: Partial<SurveyText> | undefined): SurveyText {
  const kk = input?.kk?.trim() ?? '';
  const ru = input?.ru?.trim() ?? '';
  const en = input?.en?.trim();
  return en ? { kk, ru, en } : { kk, ru };
}

/**
 * C8 and C2: checks the Annex 2 template and gives it its ids (`q1`, `q1-o1`, ...). Every missing Kazakh
 * or Russian text is named at once (C2); English is optional. Structure first (C8), then languages.
 */
export function normaliseTemplate(input: SurveyTemplateInput): { ok: true; template: SurveyTemplate } | { ok: false; problem: TemplateProblem } {
  const invalid = (field: string, message: string) => ({
    ok: false as const,
    problem: { code: 'survey_template_invalid' as const, rule: 'C8' as const, field, message },
  });
  const category = input.category?.trim() ?? '';
  if (!category) return invalid('category', 'Annex 2 needs the survey’s category');
  if (category.length > SURVEY_LIMITS.categoryLength) return invalid('category', `The category is longer than ${SURVEY_LIMITS.categoryLength} characters`);
  if (!isLocalDate(input.launchDate)) return invalid('launchDate', 'Annex 2 needs the launch date as YYYY-MM-DD');
  if (!isLocalDate(input.closingDate)) return invalid('closingDate', 'Annex 2 needs the closing date as YYYY-MM-DD');
  if (input.closingDate < input.launchDate) return invalid('closingDate', 'The closing date is before the launch date');
  if (input.resultsVisibility !== 'live' && input.resultsVisibility !== 'after_close')
    return invalid('resultsVisibility', 'resultsVisibility must be "live" or "after_close"');
  if (!Array.isArray(input.questions) || input.questions.length === 0) return invalid('questions', 'Annex 2 needs at least one question with answer options');
  if (input.questions.length > SURVEY_LIMITS.questions) return invalid('questions', `At most ${SURVEY_LIMITS.questions} questions`);

  const missing: string[] = [];
  const tooLong: string[] = [];
  const check = (value: Partial<SurveyText> | undefined, field: string) => {
    const normal = text(value);
    if (!normal.kk) missing.push(`${field}.kk`);
    if (!normal.ru) missing.push(`${field}.ru`);
    for (const language of ['kk', 'ru', 'en'] as const) if ((normal[language]?.length ?? 0) > SURVEY_LIMITS.textLength) tooLong.push(`${field}.${language}`);
    return normal;
  };

  const name = check(input.name, 'name');
  const questions: SurveyQuestion[] = [];
  for (const [index, question] of input.questions.entries()) {
    const at = `questions[${index}]`;
    if (question.kind !== 'single' && question.kind !== 'multiple')
      return invalid(`${at}.kind`, 'A question is "single" (one option) or "multiple" (one or more options)');
    if (!Array.isArray(question.options) || question.options.length < SURVEY_LIMITS.minOptionsPerQuestion) {
      return invalid(`${at}.options`, `A question needs at least ${SURVEY_LIMITS.minOptionsPerQuestion} answer options`);
    }
    if (question.options.length > SURVEY_LIMITS.optionsPerQuestion)
      return invalid(`${at}.options`, `At most ${SURVEY_LIMITS.optionsPerQuestion} answer options per question`);
    const questionId = `q${index + 1}`;
    questions.push({
      questionId,
      kind: question.kind,
      text: check(question.text, `${at}.text`),
      options: question.options.map((option: { readonly text: Partial<SurveyText> }, optionIndex: number) => ({
        optionId: `${questionId}-o${optionIndex + 1}`,
        text: check(option.text, `${at}.options[${optionIndex}].text`),
      })),
    });
  }
  if (tooLong.length > 0) return invalid(tooLong[0], `Texts longer than ${SURVEY_LIMITS.textLength} characters: ${tooLong.join(', ')}`);
  if (missing.length > 0) {
    return {
      ok: false,
      problem: {
        code: 'survey_text_missing_language',
        rule: 'C2',
        field: missing[0],
        message: `Texts are given in Kazakh and Russian (English where needed); missing: ${missing.join(', ')}`,
      },
    };
  }
  return {
    ok: true,
    template: { category, name, launchDate: input.launchDate, closingDate: input.closingDate, questions, resultsVisibility: input.resultsVisibility },
  };
}
