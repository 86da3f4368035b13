import { whoMustAct } from './clock-actors';
import { lastDayOf, lastDayText } from './last-day';

describe('The last day a clock’s act is on time', () => {
  // 2026-12-18T00:00 Almaty (UTC+5): the exclusive due instant of a term whose last day is 17 December.
  const atMidnight = '2026-12-17T19:00:00.000Z';

  it('a term due at Almaty midnight of 18 December ends with 17 December', () => {
    expect(lastDayOf(atMidnight)).toBe('2026-12-17');
  });

  it('says so in Kazakh, Russian and English, Almaty time', () => {
    expect(lastDayText(atMidnight, 'en')).toBe('by the end of 17 December 2026, Almaty time');
    expect(lastDayText(atMidnight, 'ru')).toBe('до конца дня 17 декабря 2026 г., время Алматы');
    expect(lastDayText(atMidnight, 'kk')).toBe('2026 жылғы 17 желтоқсан күннің соңына дейін, Алматы уақыты');
  });

  it('a fact stored with the old inclusive end of day (23:59:59.999 Almaty) ends the same day', () => {
    expect(lastDayOf('2026-03-17T18:59:59.999Z')).toBe('2026-03-17');
    expect(lastDayText('2026-03-17T18:59:59.999Z', 'en')).toBe('by the end of 17 March 2026, Almaty time');
  });

  it('a term due in the middle of a day (C4: the end of the conference) says the time', () => {
    expect(lastDayOf('2026-12-21T13:00:00.000Z')).toBe('2026-12-21');
    expect(lastDayText('2026-12-21T13:00:00.000Z', 'en')).toBe('before 18:00 on 21 December 2026, Almaty time');
    expect(lastDayText('2026-12-21T13:00:00.000Z', 'ru')).toBe('до 18:00 21 декабря 2026 г., время Алматы');
  });
});

describe('Who must act on a clock', () => {
  it('is the holder, and the role the rule names', () => {
    expect(whoMustAct('R2', 'ministry-of-finance')).toEqual({ holderId: 'ministry-of-finance', roles: ['administrator'] });
    expect(whoMustAct('R3', 'h').roles).toEqual(['administrator']);
    expect(whoMustAct('R4', 'h').roles).toEqual(['responder', 'first_head']);
    expect(whoMustAct('R6', 'h').roles).toEqual(['responder', 'first_head']);
    expect(whoMustAct('R5', 'h').roles).toEqual(['first_head']);
    for (const rule of ['C3', 'C4', 'C5']) expect(whoMustAct(rule, 'h').roles).toEqual(['administrator']);
  });
});
