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
