// Kazakhstan, 2026. Weekends are Saturday and Sunday; only the exceptions are listed.
import { LAW_ON_HOLIDAYS as LAW, RELIGIOUS_DAYS_OFF as RELIGIOUS, WEEKEND_MOVE as MOVE } from '../sources';
import type { YearCalendar } from '../year-calendar';

export const kz2026v1: YearCalendar = {
  year: 2026,
  version: '2026.1',
  publishedAt: '2026-11-25T00:00:00.000Z',
  notes:
    'Holidays and statutory moves checked against the published 2026 calendar (8 Mar -> 9 Mar, 21-22 Mar -> 24-25 Mar, ' +
    '9 May -> 11 May, 30 Aug -> 31 Aug, 25 Oct -> 26 Oct; Kurban Ait 27 May). No transfer order for 2026 was found in the ' +
    'published calendars; if one is issued, publish 2026.2.',
  holidays: [
    { date: '2026-01-01', holiday: 'new-year', source: LAW }, // Thu
    { date: '2026-01-02', holiday: 'new-year', source: LAW }, // Fri
    { date: '2026-01-07', holiday: 'orthodox-christmas', source: RELIGIOUS }, // Wed
    { date: '2026-03-08', holiday: 'womens-day', source: LAW }, // Sun
    { date: '2026-03-21', holiday: 'nauryz', source: LAW }, // Sat
    { date: '2026-03-22', holiday: 'nauryz', source: LAW }, // Sun
    { date: '2026-03-23', holiday: 'nauryz', source: LAW }, // Mon
    { date: '2026-05-01', holiday: 'unity-day', source: LAW }, // Fri
    { date: '2026-05-07', holiday: 'defender-day', source: LAW }, // Thu
    { date: '2026-05-09', holiday: 'victory-day', source: LAW }, // Sat
    {
      date: '2026-05-27', // Wed
      holiday: 'kurban-ait',
      source: {
        citation: 'first day of Kurban Ait 2026 per the DUMK calendar of religious dates for 2026 (announced 6 November 2025)',
        confirmed: true,
        note: 'reported by zakon.kz 2025-11-06 and repeated in the published 2026 holiday calendars',
      },
    },
    { date: '2026-07-06', holiday: 'capital-day', source: LAW }, // Mon
    { date: '2026-08-30', holiday: 'constitution-day', source: LAW }, // Sun
    { date: '2026-10-25', holiday: 'republic-day', source: LAW }, // Sun
    { date: '2026-12-16', holiday: 'independence-day', source: LAW }, // Wed
  ],
  movedDaysOff: [
    { date: '2026-03-09', from: '2026-03-08', holiday: 'womens-day', source: MOVE }, // Mon
    { date: '2026-03-24', from: '2026-03-21', holiday: 'nauryz', source: MOVE }, // Tue (23 Mar is itself Nauryz)
    { date: '2026-03-25', from: '2026-03-22', holiday: 'nauryz', source: MOVE }, // Wed
    { date: '2026-05-11', from: '2026-05-09', holiday: 'victory-day', source: MOVE }, // Mon
    { date: '2026-08-31', from: '2026-08-30', holiday: 'constitution-day', source: MOVE }, // Mon
    { date: '2026-10-26', from: '2026-10-25', holiday: 'republic-day', source: MOVE }, // Mon
  ],
  transfers: [],
};
