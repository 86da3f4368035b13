import { aClockFact, recorded } from '../../test/facts';
import { evolveClockView } from './clock-view.projection';
import { toClockView } from './clock-view.mapping';
import type { ClockViewEntity } from './clock-view.entity';

const fold = (...events: Parameters<typeof evolveClockView>[1][]) => events.reduce<ClockViewEntity | null>(evolveClockView, null)!;
const started = () => recorded(aClockFact('DeadlineStarted', { startedAt: '2026-03-02T05:00:00.000Z', warnAt: '2026-03-16T18:59:59.999Z', explanation: { rule: 'calendar-days', start: '2026-03-02', days: 15, calendarVersions: ['2026.1'] } }));

describe('A deadline clock as the clocks service records it', () => {
  it('is running and overdue only once its due instant has passed, judged at the query’s time', () => {
    const clock = fold(started());
    expect(toClockView(clock, new Date('2026-03-10T00:00:00Z'))).toMatchObject({ status: 'running', open: true, overdue: false, dueAt: '2026-03-17T18:59:59.999Z' });
    expect(toClockView(clock, new Date('2026-03-18T00:00:00Z'))).toMatchObject({ status: 'running', overdue: true });
  });

  it('takes the recomputed due instant, never computing one itself', () => {
    const clock = fold(started(), recorded(aClockFact('DeadlineRecomputed', { dueAt: '2026-03-18T18:59:59.999Z', previousDueAt: '2026-03-17T18:59:59.999Z', reason: 'calendar 2026.2', recomputedAt: '2026-03-05T00:00:00Z', explanation: { rule: 'calendar-days', start: '2026-03-02', days: 15, calendarVersions: ['2026.2'] } })));
    expect(clock.dueAt.toISOString()).toBe('2026-03-18T18:59:59.999Z');
    expect(clock.recomputations).toBe(1);
  });

  it('met on time, met late, breached and superseded end as such', () => {
    const stop = (late: boolean, outcome: 'met' | 'superseded' = 'met') => recorded(aClockFact('DeadlineStopped', { stoppedAt: '2026-03-10T00:00:00Z', outcome, late, byEventId: 'e' }));
    const breach = (metLate: boolean) => recorded(aClockFact('DeadlineBreached', { breachedAt: '2026-03-17T19:00:00Z', metLate }));
    expect(fold(started(), stop(false))).toMatchObject({ status: 'met', open: false });
    expect(fold(started(), stop(true))).toMatchObject({ status: 'met_late', open: false });
    expect(fold(started(), breach(false))).toMatchObject({ status: 'breached', open: true });
    expect(fold(started(), breach(false), stop(true))).toMatchObject({ status: 'met_late', open: false });
    expect(fold(started(), stop(false, 'superseded'))).toMatchObject({ status: 'superseded', open: false });
    expect(fold(started(), breach(false), stop(false, 'superseded'))).toMatchObject({ status: 'breached', open: false });
  });
});
