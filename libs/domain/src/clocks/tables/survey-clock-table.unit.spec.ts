import { kzCalendar, registerYearVersion, yearInForce, type YearCalendar } from '@od/calendar';
import type { CalendarYearPublished } from '@od/contracts';
import type { SurveyFact } from '../../surveys/survey-clocks';
import { aSurveyAnnounced, aSurveyApproved, aSurveyClosed, aSurveyDrafted, aSurveySubmitted, aTemplate } from '../../surveys/survey-test-builders';
import type { Clock } from '../clock';
import { calendarAmended, decide } from '../clock-engine';
import { timePasses } from '../clock-testing';
import { surveyClockTable } from './survey-clock-table';

const options = { calendar: kzCalendar, warningWorkingDays: 1 };
// Launched Monday 30 March 2026: announcement due by the end of Tuesday 31 March, warned from its start.
const DUE = '2026-03-31T19:00:00.000Z';
const WARN = '2026-03-30T19:00:00.000Z';
const withId = (fact: SurveyFact, eventId: string): SurveyFact => ({ ...fact, eventId });
const published: SurveyFact[] = [aSurveyDrafted(aTemplate()), aSurveySubmitted(), withId(aSurveyApproved('2026-03-26T05:00:00.000Z'), 'approved')];

/** The survey's facts so far and the clocks kept: when its last fact comes, the clock facts it gives and the clocks after them. */
function keep(facts: readonly SurveyFact[], kept: readonly Clock[] = []) {
  const memory = { facts: facts.slice(0, -1) };
  const out = decide(surveyClockTable, { type: 'Fact', fact: facts[facts.length - 1] }, { memory, clocks: kept }, options);
  const byId = new Map(kept.map((clock) => [clock.clockId, clock]));
  out.forEach((each) => byId.set(each.clock.clockId, each.clock));
  return { facts: out, clocks: [...byId.values()] };
}
const surveyScheduledFacts = (clock: Clock, now: Date) => timePasses(surveyClockTable, clock, now, options);

describe('Survey C3 clocks through the one engine (the hook: deriveSurveyClocks over the whole history)', () => {
  it('given a published survey: clock 1 starts, warned at the start of its last working day, from the approval', () => {
    const { facts, clocks } = keep(published);
    expect(facts.map((fact) => [fact.event.type, fact.streamId])).toEqual([['ClockStarted', `surveydeadline-${clocks[0].subject.id}`]]);
    expect(clocks[0]).toMatchObject({ dueAt: DUE, warnAt: WARN, originEventId: 'approved', breached: false });
    expect(keep(published, clocks).facts).toEqual([]); // the same facts again: nothing new
  });

  it('when time passes unannounced: one warning for the due instant, then one breach', () => {
    let [clock] = keep(published).clocks;
    expect(surveyScheduledFacts(clock, new Date(Date.parse(WARN) - 1)).facts).toEqual([]);
    const warned = surveyScheduledFacts(clock, new Date(WARN));
    expect(warned.facts.map((fact) => fact.event.type)).toEqual(['ClockWarningIssued']);
    clock = warned.clock;
    expect(surveyScheduledFacts(clock, new Date(WARN)).facts).toEqual([]);
    const breached = surveyScheduledFacts(clock, new Date(DUE));
    expect(breached.facts.map((fact) => fact.event.data)).toEqual([expect.objectContaining({ breachedAt: DUE, metLate: false })]);
    expect(surveyScheduledFacts(breached.clock, new Date('2026-04-10T00:00:00Z')).facts).toEqual([]);
  });

  it('an announcement after the scheduler breached stops the clock late; the breach id is the same one', () => {
    const { clocks } = keep(published);
    const breached = surveyScheduledFacts(clocks[0], new Date(DUE));
    const late = keep([...published, withId(aSurveyAnnounced('2026-04-01T05:00:00.000Z'), 'late')], [breached.clock]);
    expect(late.facts.map((fact) => [fact.event.type, fact.event.data])).toEqual([
      ['ClockStopped', expect.objectContaining({ outcome: 'met', late: true, byEventId: 'late' })],
    ]);
    // Folded before any tick: the breach comes with the stop, with the id the scheduler would have used.
    const folded = keep([...published, withId(aSurveyAnnounced('2026-04-01T05:00:00.000Z'), 'late')], clocks);
    expect(folded.facts.map((fact) => fact.event.type)).toEqual(['ClockStopped', 'ClockBreached']);
    expect(folded.facts[1].eventId).toBe(breached.facts[0].eventId);
  });

  it('a closure before any announcement supersedes the running clock', () => {
    const { clocks } = keep(published);
    const closed = keep([...published, aSurveyClosed('2026-04-10T19:00:00.000Z')], clocks);
    expect(closed.facts.map((fact) => fact.event.data)).toEqual([expect.objectContaining({ outcome: 'superseded', late: false })]);
    expect(surveyScheduledFacts(closed.clocks[0], new Date('2026-04-20T00:00:00Z')).facts).toEqual([]);
  });

  it('a calendar amendment making Tuesday 31 March a day off moves the running clock to the end of 1 April, through the hook; a breached clock keeps its instant', () => {
    const amended: YearCalendar = {
      ...yearInForce(kzCalendar, 2026),
      version: '2026.2',
      publishedAt: '2026-11-26T00:00:00.000Z',
      notes: 'test: 31 March 2026 made a day off, 4 April worked instead',
      transfers: [{ dayOff: '2026-03-31', workingDay: '2026-04-04', source: { citation: 'test decree (invented for this test)', confirmed: false } }],
    };
    const publication: CalendarYearPublished = {
      type: 'CalendarYearPublished',
      schemaVersion: 1,
      data: { year: 2026, version: '2026.2', publishedAt: amended.publishedAt, calendar: amended, note: 'test' },
    };
    const amendedOptions = { ...options, calendar: registerYearVersion(kzCalendar, amended) };
    const { clocks } = keep(published);
    const moved = decide(surveyClockTable, calendarAmended(publication, '2026-03-27T06:00:00.000Z'), { memory: { facts: published }, clocks }, amendedOptions);
    expect(moved.map((fact) => [fact.event.type, fact.event.data])).toEqual([
      [
        'ClockRecomputed',
        expect.objectContaining({
          previousDueAt: DUE,
          dueAt: '2026-04-01T19:00:00.000Z',
          reason: 'calendar 2026 version 2026.2 published',
          recomputedAt: '2026-03-27T06:00:00.000Z',
        }),
      ],
    ]);
    // A new warning instant for the new due instant: the start of Wednesday 1 April.
    expect(moved[0].clock.warnAt).toBe('2026-03-31T19:00:00.000Z');
    const breached = surveyScheduledFacts(clocks[0], new Date(DUE)).clock;
    expect(
      decide(surveyClockTable, calendarAmended(publication, '2026-04-02T06:00:00.000Z'), { memory: { facts: published }, clocks: [breached] }, amendedOptions),
    ).toEqual([]);
  });
});
