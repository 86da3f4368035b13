// Small helpers for writing HTML as text: escaping, and numbers and months in the reader's language.
import { LOCALES, type ReportLanguage } from './catalogue';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an element's content or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]);
}

export interface Formats {
  /** A count or a share with at most one decimal, grouped as the language writes numbers. */
  number(value: number | null | undefined): string;
  /** `2026-03` → the month's name and year. */
  month(month: string): string;
}

export function formatsFor(language: ReportLanguage, none: string): Formats {
  const numbers = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 1 });
  const months = new Intl.DateTimeFormat(LOCALES[language], { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return {
    number: (value) => (value === null || value === undefined ? none : numbers.format(value)),
    month: (month) => months.format(new Date(`${month}-01T00:00:00Z`)),
  };
}
