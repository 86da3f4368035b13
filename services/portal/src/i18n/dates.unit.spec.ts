import { almatyDate } from './dates';

describe('Dates in Almaty time, in the reader’s language', () => {
  it('an instant late on 17 December UTC is 18 December in Almaty (UTC+5)', () => {
    expect(almatyDate('2026-12-17T20:30:00.000Z', 'en')).toBe('18 December 2026');
    expect(almatyDate('2026-12-17T20:30:00.000Z', 'ru')).toBe('18 декабря 2026 г.');
    expect(almatyDate('2026-12-17T20:30:00.000Z', 'kk')).toMatch(/2026.*18|18.*2026/);
  });

  it('with the time: 01:30 Almaty', () => {
    expect(almatyDate('2026-12-17T20:30:00.000Z', 'en', 'dateTime')).toBe('18 December 2026 at 01:30');
  });

  it('nothing for no date', () => {
    expect(almatyDate(null, 'en')).toBe('');
  });
});
