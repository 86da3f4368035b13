import { DateTime } from 'luxon';
import { almatyDayNumber, dayNumberOfDate, startOfAlmatyDateMs } from './almaty-time';

const luxonDate = (ms: number) => DateTime.fromMillis(ms, { zone: 'Asia/Almaty' }).toISODate() as string;

describe('Almaty dates without luxon per fact', () => {
  it('given instants every 113 minutes from 2023 to 2027 (across the 2024-03-01 change to UTC+5), then the same date as luxon', () => {
    for (let ms = Date.UTC(2023, 0, 1); ms < Date.UTC(2027, 11, 31); ms += 113 * 60_000) {
      const expected = luxonDate(ms);
      if (almatyDayNumber(ms) !== dayNumberOfDate(expected)) throw new Error(`${new Date(ms).toISOString()}: expected ${expected}`);
    }
  });

  it('given the instants around the change to UTC+5 (2024-03-01 00:00 at +6 = 2024-02-29T18:00Z), then the same date as luxon', () => {
    for (let ms = Date.UTC(2024, 1, 29, 16); ms < Date.UTC(2024, 1, 29, 21); ms += 60_000) expect(almatyDayNumber(ms)).toBe(dayNumberOfDate(luxonDate(ms)));
  });

  it('given 2026-12-31T19:30Z, then 1 January 2027 in Almaty, and 2027-01-01 starts at 2026-12-31T19:00Z', () => {
    expect(almatyDayNumber(Date.parse('2026-12-31T19:30:00Z'))).toBe(dayNumberOfDate('2027-01-01'));
    expect(almatyDayNumber(Date.parse('2026-12-31T18:59:59.999Z'))).toBe(dayNumberOfDate('2026-12-31'));
    expect(new Date(startOfAlmatyDateMs('2027-01-01')).toISOString()).toBe('2026-12-31T19:00:00.000Z');
  });
});
