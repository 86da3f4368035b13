import type { PortalLanguage } from './languages';

/** Every date and time the portal shows is Almaty time (Asia/Almaty), written the reader's way. */
const LOCALES: Record<PortalLanguage, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

export type DateStyle = 'date' | 'dateTime';

export function almatyDate(iso: string | null | undefined, language: PortalLanguage, style: DateStyle = 'date'): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(LOCALES[language], {
    timeZone: 'Asia/Almaty',
    dateStyle: 'long',
    ...(style === 'dateTime' ? { timeStyle: 'short' } : {}),
  }).format(date);
}

/**
 * An Almaty calendar date (yyyy-MM-dd, as the API gives last days and days off) written the reader's way, with its
 * weekday when asked ("Thursday 12 March 2026"); a malformed date as it came.
 */
export function almatyDay(date: string, language: PortalLanguage, withWeekday = false): string {
  const noon = new Date(`${date}T12:00:00+05:00`);
  if (Number.isNaN(noon.getTime())) return date;
  if (!withWeekday) return almatyDate(noon.toISOString(), language);
  return new Intl.DateTimeFormat(LOCALES[language], { timeZone: 'Asia/Almaty', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(noon);
}
