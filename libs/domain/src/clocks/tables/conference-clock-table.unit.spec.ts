import { kzCalendar, registerYearVersion, yearInForce, type YearCalendar } from '@od/calendar';
import { conferenceDeadlineStream, type CalendarYearPublished } from '@od/contracts';
import {
  aConferenceApproved,
  anAnnouncement,
  aQuestionAnswered,
  aQuestionAsked,
  aTemplateFilled,
  aTemplateSubmitted,
  aTopicApplicationSubmitted,
  calendar,
  CONFERENCE_ID,
} from '../../conferences/conference-test-builders';
import type { Clock } from '../clock';
import { calendarAmended, decide } from '../clock-engine';
import { conferenceClockId } from '../clock-ids';
import { givenClocks, timePasses } from '../clock-testing';
import { conferenceClockTable, type ConferenceFact } from './conference-clock-table';

const options = { calendar, warningWorkingDays: 1 };
const fact = <E extends Omit<ConferenceFact, 'eventId'>>(event: E, eventId: string) => ({ ...event, eventId }) as ConferenceFact;
const Q1 = '7d2a7c1e-1111-4c55-9f31-3f7f5a9d0c01';
const APP = '3c9e8f00-5555-4c55-9f31-3f7f5a9d0c05';

/** Every clock fact one subject's history gives, and the clocks it leaves. */
function deriveConferenceClocks(facts: readonly ConferenceFact[], opts = options) {
  const given = givenClocks(conferenceClockTable, opts, ...facts);
  return { facts: given.recorded, track: given.state, given };
}
const conferenceScheduledFacts = (clock: Clock, now: Date) => timePasses(conferenceClockTable, clock, now, options);

const history = [fact(aTemplateFilled(), 'e1'), fact(aTemplateSubmitted(), 'e2'), fact(aConferenceApproved(), 'e3')];

describe('Conference clocks (C3, C4, C5) through the one engine', () => {
  it('C3: approval starts the announcement clock: due before Thursday 17 December 00:00 Almaty, warned at the start of Tuesday 15', () => {
    const { track, facts } = deriveConferenceClocks(history, options);
    expect(facts).toHaveLength(1);
    expect(facts[0]).toEqual({
      streamId: conferenceDeadlineStream(CONFERENCE_ID),
      eventId: expect.any(String),
      holderId: 'ministry-of-finance',
      occurredAt: '2026-12-11T08:00:00.000Z',
      clock: expect.objectContaining({ rule: 'C3', breached: false }),
      event: {
        type: 'ClockStarted',
        schemaVersion: 1,
        data: {
          rule: 'C3',
          clockId: conferenceClockId(CONFERENCE_ID, 'C3', 'e3'),
          subject: { kind: 'conference', id: CONFERENCE_ID, holderId: 'ministry-of-finance' },
          dueAt: '2026-12-16T19:00:00.000Z',
          startedAt: '2026-12-11T08:00:00.000Z',
          // The last working day before the due day (Wednesday 16 is a holiday) is Tuesday 15.
          warnAt: '2026-12-14T19:00:00.000Z',
          explanation: { rule: 'working-days-before', start: '2026-12-18T05:00:00.000Z', days: 1, calendarVersions: ['2026.1'], countedDays: ['2026-12-17'] },
        },
      },
    });
    expect(track.memory.schedule).toEqual({ startsAt: '2026-12-18T05:00:00.000Z', endsAt: '2026-12-21T13:00:00.000Z' });
  });

  it('C3: an announcement posted on time meets the clock; posted late it meets it late and records the breach once', () => {
    const onTime = deriveConferenceClocks([...history, fact(anAnnouncement('2026-12-14T06:00:00.000Z'), 'e4')], options);
    expect(onTime.facts.map((f) => f.event.type)).toEqual(['ClockStarted', 'ClockStopped']);
    expect(onTime.facts[1].event.data).toMatchObject({ outcome: 'met', late: false, stoppedAt: '2026-12-14T06:00:00.000Z', byEventId: 'e4' });

    const late = deriveConferenceClocks([...history, fact(anAnnouncement('2026-12-17T04:00:00.000Z', true), 'e4')], options);
    expect(late.facts.map((f) => f.event.type)).toEqual(['ClockStarted', 'ClockStopped', 'ClockBreached']);
    expect(late.facts[2].event.data).toMatchObject({ rule: 'C3', breachedAt: '2026-12-16T19:00:00.000Z', metLate: true });
  });

  it('C3: the recorded time meets the clock, not a declared one: an announcement recorded late but dated early (a fact from before C3 was tightened) is late', () => {
    const recordedLate = anAnnouncement('2026-12-17T04:00:00.000Z', true);
    const backdated = { ...recordedLate, data: { ...recordedLate.data, announcedAt: '2026-12-01T06:00:00.000Z', publishedAt: '2026-12-01T06:00:00.000Z' } };
    const derived = deriveConferenceClocks([...history, fact(backdated, 'e4')], options);
    expect(derived.facts.map((f) => f.event.type)).toEqual(['ClockStarted', 'ClockStopped', 'ClockBreached']);
    expect(derived.facts[1].event.data).toMatchObject({ outcome: 'met', late: true, stoppedAt: '2026-12-17T04:00:00.000Z' });
  });

  it('C3: the scheduler warns at the start of Tuesday 15 and records the breach at Thursday 00:00 when nothing was announced, each once', () => {
    const clock = deriveConferenceClocks(history, options).track.clocks[0];
    expect(conferenceScheduledFacts(clock, new Date('2026-12-14T18:59:59.999Z')).facts).toEqual([]);
    const warned = conferenceScheduledFacts(clock, new Date('2026-12-14T19:00:00.000Z'));
    expect(warned.facts.map((f) => f.event.type)).toEqual(['ClockWarningIssued']);
    expect(conferenceScheduledFacts(warned.clock, new Date('2026-12-15T10:00:00.000Z')).facts).toEqual([]);
    const breached = conferenceScheduledFacts(warned.clock, new Date('2026-12-16T19:00:00.000Z'));
    expect(breached.facts.map((f) => [f.event.type, f.event.data])).toEqual([
      ['ClockBreached', expect.objectContaining({ rule: 'C3', breachedAt: '2026-12-16T19:00:00.000Z', metLate: false })],
    ]);
    expect(conferenceScheduledFacts(breached.clock, new Date('2026-12-17T19:00:00.000Z')).facts).toEqual([]);
  });

  it('C4: each question starts a clock due at the end of the conference (Monday 21 December 18:00 Almaty), warned an hour before', () => {
    const { facts, track } = deriveConferenceClocks([...history, fact(aQuestionAsked(Q1), 'e5')], options);
    expect(facts[1].event).toEqual({
      type: 'ClockStarted',
      schemaVersion: 1,
      data: {
        rule: 'C4',
        clockId: conferenceClockId(CONFERENCE_ID, 'C4', 'e5', Q1),
        subject: { kind: 'conference', id: CONFERENCE_ID, holderId: 'ministry-of-finance' },
        questionId: Q1,
        dueAt: '2026-12-21T13:00:00.000Z',
        startedAt: '2026-12-18T06:00:00.000Z',
        warnAt: '2026-12-21T12:00:00.000Z',
        explanation: { rule: 'instant', start: '2026-12-21T13:00:00.000Z', days: 0, calendarVersions: [] },
      },
    });
    // The end passes with the question unanswered: its breach is a fact.
    const c4 = track.clocks.find((clock) => clock.rule === 'C4');
    expect(conferenceScheduledFacts(c4!, new Date('2026-12-21T13:00:00.000Z')).facts[0].event).toMatchObject({
      type: 'ClockBreached',
      data: { rule: 'C4', questionId: Q1, breachedAt: '2026-12-21T13:00:00.000Z', metLate: false },
    });
  });

  it('C4: an answer before the end meets the question’s clock; after the end it meets it late with one breach', () => {
    const asked = [...history, fact(aQuestionAsked(Q1), 'e5')];
    const onTime = deriveConferenceClocks([...asked, fact(aQuestionAnswered(Q1), 'e6')], options);
    expect(onTime.facts.slice(2).map((f) => [f.event.type, (f.event.data as { late?: boolean }).late])).toEqual([['ClockStopped', false]]);
    const late = deriveConferenceClocks([...asked, fact(aQuestionAnswered(Q1, '2026-12-21T14:00:00.000Z', true), 'e6')], options);
    expect(late.facts.slice(2).map((f) => f.event.type)).toEqual(['ClockStopped', 'ClockBreached']);
  });

  it('C5: an application on Monday 14 December 12:00 starts a clock due at the end of Tuesday 22, warned at its start; accepting stops it', () => {
    const submitted = fact(aTopicApplicationSubmitted(APP), 'a1');
    const started = givenClocks(conferenceClockTable, options, submitted);
    expect(started.recorded[0].streamId).toBe(`conferencedeadline-${APP}`);
    expect(started.recorded[0].event.data).toMatchObject({
      rule: 'C5',
      subject: { kind: 'topic-application', id: APP },
      dueAt: '2026-12-22T19:00:00.000Z',
      warnAt: '2026-12-21T19:00:00.000Z',
      explanation: {
        rule: 'working-days',
        start: '2026-12-14T07:00:00.000Z',
        days: 5,
        countedDays: ['2026-12-15', '2026-12-17', '2026-12-18', '2026-12-21', '2026-12-22'],
      },
    });
    const accepted = fact(
      {
        type: 'TopicApplicationAccepted',
        schemaVersion: 1,
        data: { applicationId: APP, holderId: 'ministry-of-finance', acceptedAt: '2026-12-16T06:00:00.000Z', late: false },
      },
      'a2',
    );
    const stopped = started.when({ type: 'Fact', fact: accepted });
    expect(stopped.map((f) => [f.event.type, f.event.data])).toEqual([['ClockStopped', expect.objectContaining({ outcome: 'met', late: false })]]);
  });

  it('the same facts again give the same clock facts with the same ids, and nothing new', () => {
    const once = deriveConferenceClocks(history, options);
    const twice = deriveConferenceClocks(history, options);
    expect(twice.facts).toEqual(once.facts);
    expect(decide(conferenceClockTable, { type: 'Fact', fact: history[2] }, once.track, options)).toEqual([]);
  });

  it('a calendar amendment making Tuesday 22 December a day off moves a running C5 to the end of 23 December; a C4 (due at the end of the conference) never moves', () => {
    const amended: YearCalendar = {
      ...yearInForce(kzCalendar, 2026),
      version: '2026.2',
      publishedAt: '2026-12-15T00:00:00.000Z',
      notes: 'test: 22 December 2026 made a day off, 26 December worked instead',
      transfers: [{ dayOff: '2026-12-22', workingDay: '2026-12-26', source: { citation: 'test decree (invented for this test)', confirmed: false } }],
    };
    const publication: CalendarYearPublished = {
      type: 'CalendarYearPublished',
      schemaVersion: 1,
      data: { year: 2026, version: '2026.2', publishedAt: amended.publishedAt, calendar: amended, note: 'test' },
    };
    const amendedOptions = { ...options, calendar: registerYearVersion(calendar, amended) };
    const c5 = givenClocks(conferenceClockTable, options, fact(aTopicApplicationSubmitted(APP), 'a1'));
    expect(c5.when(calendarAmended(publication, '2026-12-15T06:00:00.000Z'), amendedOptions).map((each) => [each.event.type, each.event.data])).toEqual([
      [
        'ClockRecomputed',
        expect.objectContaining({
          rule: 'C5',
          previousDueAt: '2026-12-22T19:00:00.000Z',
          dueAt: '2026-12-23T19:00:00.000Z',
          reason: 'calendar 2026 version 2026.2 published',
        }),
      ],
    ]);
    const c4 = deriveConferenceClocks([...history, fact(aQuestionAsked(Q1), 'e5')]).given;
    expect(c4.when(calendarAmended(publication, '2026-12-15T06:00:00.000Z'), amendedOptions).filter((each) => each.event.data.rule === 'C4')).toEqual([]);
  });
});
