import { DateTime } from 'luxon';

/** The languages a clock's last day is written in (the UI's: `UiLanguage`). */
export type LastDayLanguage = 'kk' | 'ru' | 'en';

const ALMATY = 'Asia/Almaty';

/** A due instant as an Almaty local time. */
const almaty = (dueAt: string) => DateTime.fromISO(dueAt, { zone: 'utc' }).setZone(ALMATY);

/**
 * The act is on time strictly before the exclusive due instant (`dueAt`), so the last day it is on time is
 * the Almaty date of the instant just before it: a term due at Almaty midnight of 18 December ends with
 * 17 December. Pure; `yyyy-MM-dd`.
 */
export function lastDayOf(dueAt: string): string {
  return almaty(dueAt).minus({ milliseconds: 1 }).toISODate() as string;
}

/** Does the term run to the end of its last day (due at Almaty midnight, or at 23:59:59.999 as facts stored before the exclusive instant say)? */
function endsWithTheDay(dueAt: string): boolean {
  const local = almaty(dueAt);
  const msOfDay = local.diff(local.startOf('day')).as('milliseconds');
  return msOfDay === 0 || msOfDay === 86_400_000 - 1;
}

const DAY_FORMAT: Readonly<Record<LastDayLanguage, string>> = {
  kk: "yyyy 'жылғы' d MMMM",
  ru: "d MMMM yyyy 'г.'",
  en: 'd MMMM yyyy',
};

/**
 * The last day in words, in the reader's language: "by the end of 17 December 2026, Almaty time"; a term due
 * in the middle of a day (C4: the end of a conference) says the time: "before 18:00 on 21 December 2026, Almaty time".
 */
export function lastDayText(dueAt: string, language: LastDayLanguage): string {
  const day = DateTime.fromISO(lastDayOf(dueAt), { zone: ALMATY }).setLocale(language).toFormat(DAY_FORMAT[language]);
  if (endsWithTheDay(dueAt))
    return { kk: `${day} күннің соңына дейін, Алматы уақыты`, ru: `до конца дня ${day}, время Алматы`, en: `by the end of ${day}, Almaty time` }[language];
  const time = almaty(dueAt).toFormat('HH:mm');
  return { kk: `${day} сағат ${time}-ге дейін, Алматы уақыты`, ru: `до ${time} ${day}, время Алматы`, en: `before ${time} on ${day}, Almaty time` }[language];
}
