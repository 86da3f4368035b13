// Kazakhstan, 2025. Weekends are Saturday and Sunday; only the exceptions are listed.
import { LAW_ON_HOLIDAYS as LAW, RELIGIOUS_DAYS_OFF as RELIGIOUS, WEEKEND_MOVE as MOVE } from '../sources';
import type { YearCalendar } from '../year-calendar';

export const kz2025v1: YearCalendar = {
  year: 2025,
  version: '2025.1',
  publishedAt: '2026-11-25T00:00:00.000Z',
  notes:
    'Holidays and statutory moves checked against the published 2025 calendar (8 Mar -> 10 Mar, 22-23 Mar -> 24-25 Mar, ' +
    '6 Jul -> 7 Jul, 30 Aug -> 1 Sep, 25 Oct -> 27 Oct; Kurban Ait 6 June). One transfer: 5 Jan (Sun) worked, 3 Jan (Fri) off.',
  holidays: [
    { date: '2025-01-01', holiday: 'new-year', source: LAW }, // Wed
    { date: '2025-01-02', holiday: 'new-year', source: LAW }, // Thu
    { date: '2025-01-07', holiday: 'orthodox-christmas', source: RELIGIOUS }, // Tue
    { date: '2025-03-08', holiday: 'womens-day', source: LAW }, // Sat
    { date: '2025-03-21', holiday: 'nauryz', source: LAW }, // Fri
    { date: '2025-03-22', holiday: 'nauryz', source: LAW }, // Sat
    { date: '2025-03-23', holiday: 'nauryz', source: LAW }, // Sun
    { date: '2025-05-01', holiday: 'unity-day', source: LAW }, // Thu
    { date: '2025-05-07', holiday: 'defender-day', source: LAW }, // Wed
    { date: '2025-05-09', holiday: 'victory-day', source: LAW }, // Fri
    {
      date: '2025-06-06', // Fri
      holiday: 'kurban-ait',
      source: {
        citation: 'first day of Kurban Ait 2025, date set by the Ministry of Labour with the Spiritual Administration of Muslims of Kazakhstan (DUMK)',
        confirmed: true,
        note: 'date as published in the 2025 holiday calendar (egov.kz calendar as reported by the press)',
      },
    },
    { date: '2025-07-06', holiday: 'capital-day', source: LAW }, // Sun
    { date: '2025-08-30', holiday: 'constitution-day', source: LAW }, // Sat
    { date: '2025-10-25', holiday: 'republic-day', source: LAW }, // Sat
    { date: '2025-12-16', holiday: 'independence-day', source: LAW }, // Tue
  ],
  movedDaysOff: [
    { date: '2025-03-10', from: '2025-03-08', holiday: 'womens-day', source: MOVE }, // Mon
    { date: '2025-03-24', from: '2025-03-22', holiday: 'nauryz', source: MOVE }, // Mon
    { date: '2025-03-25', from: '2025-03-23', holiday: 'nauryz', source: MOVE }, // Tue
    { date: '2025-07-07', from: '2025-07-06', holiday: 'capital-day', source: MOVE }, // Mon
    { date: '2025-09-01', from: '2025-08-30', holiday: 'constitution-day', source: MOVE }, // Mon
    { date: '2025-10-27', from: '2025-10-25', holiday: 'republic-day', source: MOVE }, // Mon
  ],
  transfers: [
    {
      dayOff: '2025-01-03', // Fri
      workingDay: '2025-01-05', // Sun
      source: {
        citation:
          'Order of the Minister of Labour and Social Protection of the Population of the Republic of Kazakhstan on the transfer of a day of rest in 2025, under Labour Code Art. 85 para. 3 (order number and date not confirmed)',
        confirmed: true,
        note: 'the transfer itself is reported by several outlets (azattyq-ruhy.kz, energy-city.kz, informburo.kz): day of rest moved from Sunday 5 January to Friday 3 January 2025',
      },
    },
  ],
};
