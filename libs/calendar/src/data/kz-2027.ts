// Kazakhstan, 2027 — a draft from the rules. Weekends are Saturday and Sunday; only the exceptions are listed.
import { LAW_ON_HOLIDAYS as LAW, RELIGIOUS_DAYS_OFF as RELIGIOUS, WEEKEND_MOVE as MOVE } from '../sources';
import type { YearCalendar } from '../year-calendar';

export const kz2027v1: YearCalendar = {
  year: 2027,
  version: '2027.1',
  publishedAt: '2026-11-25T00:00:00.000Z',
  notes:
    'Drafted from the Labour Code rules, decree not yet confirmed: no transfer order for 2027 was found. Kurban Ait 16 May ' +
    'is the astronomical estimate (10 Dhu al-Hijjah 1448) and falls on a Sunday, so nothing moves for it. Publish 2027.2 ' +
    'when the order and the DUMK date are out.',
  holidays: [
    { date: '2027-01-01', holiday: 'new-year', source: LAW }, // Fri
    { date: '2027-01-02', holiday: 'new-year', source: LAW }, // Sat
    { date: '2027-01-07', holiday: 'orthodox-christmas', source: RELIGIOUS }, // Thu
    { date: '2027-03-08', holiday: 'womens-day', source: LAW }, // Mon
    { date: '2027-03-21', holiday: 'nauryz', source: LAW }, // Sun
    { date: '2027-03-22', holiday: 'nauryz', source: LAW }, // Mon
    { date: '2027-03-23', holiday: 'nauryz', source: LAW }, // Tue
    { date: '2027-05-01', holiday: 'unity-day', source: LAW }, // Sat
    { date: '2027-05-07', holiday: 'defender-day', source: LAW }, // Fri
    { date: '2027-05-09', holiday: 'victory-day', source: LAW }, // Sun
    {
      date: '2027-05-16', // Sun
      holiday: 'kurban-ait',
      source: {
        citation: 'first day of Kurban Ait 2027: astronomical estimate, DUMK / Ministry of Labour date not yet confirmed',
        confirmed: false,
      },
    },
    { date: '2027-07-06', holiday: 'capital-day', source: LAW }, // Tue
    { date: '2027-08-30', holiday: 'constitution-day', source: LAW }, // Mon
    { date: '2027-10-25', holiday: 'republic-day', source: LAW }, // Mon
    { date: '2027-12-16', holiday: 'independence-day', source: LAW }, // Thu
  ],
  movedDaysOff: [
    { date: '2027-01-04', from: '2027-01-02', holiday: 'new-year', source: MOVE }, // Mon
    { date: '2027-03-24', from: '2027-03-21', holiday: 'nauryz', source: MOVE }, // Wed (22-23 Mar are Nauryz)
    { date: '2027-05-03', from: '2027-05-01', holiday: 'unity-day', source: MOVE }, // Mon
    { date: '2027-05-10', from: '2027-05-09', holiday: 'victory-day', source: MOVE }, // Mon
  ],
  transfers: [],
};
