import { aClockFact } from '../../test/facts';
import { summarize } from './history-summary';

describe('A clock fact’s line in the request history', () => {
  // Due (exclusive) at Almaty midnight of 18 December: the last day is 17 December.
  const dueAt = '2026-12-17T19:00:00.000Z';

  it('says the last day the act is on time, not the exclusive due instant, in kk/ru/en', () => {
    expect(summarize(aClockFact('ClockStarted', { dueAt, startedAt: '2026-12-02T05:00:00Z', warnAt: '2026-12-16T19:00:00Z' }))).toEqual({
      kk: 'Мерзім басталды — жауап (R4): 2026 жылғы 17 желтоқсан күннің соңына дейін, Алматы уақыты',
      ru: 'Начат срок — ответ (R4): до конца дня 17 декабря 2026 г., время Алматы',
      en: 'Clock started — answer (R4): by the end of 17 December 2026, Almaty time',
    });
  });

  it('a warning and a recomputation say it too', () => {
    expect(summarize(aClockFact('ClockWarningIssued', { dueAt, warnedAt: '2026-12-16T19:00:00Z' })).en).toBe(
      'Warning — answer (R4): by the end of 17 December 2026, Almaty time',
    );
    const recomputed = summarize(
      aClockFact('ClockRecomputed', { dueAt, previousDueAt: '2026-12-10T19:00:00Z', reason: 'R5 extension', recomputedAt: '2026-12-05T00:00:00Z' }),
    );
    expect(recomputed.en).toBe('Term recomputed — answer (R4): by the end of 17 December 2026, Almaty time (R5 extension)');
    expect(recomputed.ru).not.toContain('00:00');
  });
});
