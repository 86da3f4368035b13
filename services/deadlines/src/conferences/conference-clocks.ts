import { CalendarError } from '@od/calendar';
import {
  CONFERENCE_CATEGORY,
  CONFERENCE_EVENT_TYPES,
  conferenceStream,
  TOPIC_APPLICATION_CATEGORY,
  TOPIC_APPLICATION_EVENT_TYPES,
  topicApplicationStream,
  type ConferenceEvent,
  type TopicApplicationEvent,
} from '@od/contracts';
import {
  conferenceClocksOnFact,
  conferenceScheduledFacts,
  recomputeConferenceClock,
  type ConferenceClock,
  type ConferenceClockTrack,
  type ConferenceFact,
} from '@od/domain';
import type { ClockKind } from '../clocks/clock-kind';
import { clockRow, lockOpenClocks, lockSubjectClocks, lockTrack, saveClock, saveTrack } from '../clocks/clock-table';
import { recordClockFacts } from '../recording/record-facts';

const KIND = 'conference';
const factTypes = new Set<string>([...CONFERENCE_EVENT_TYPES, ...TOPIC_APPLICATION_EVENT_TYPES]);
/** The facts that can stop a running clock: what the scheduler's breach guard looks for in the store. */
const stoppingTypes = new Set<string>(['ConferenceAnnounced', 'ConferenceQuestionAnswered', 'ConferenceClosed', 'TopicApplicationAccepted', 'TopicApplicationRefused']);

/** The subject: the conference (C3, C4) or the topic application (C5). */
function subjectOf(fact: ConferenceFact): string {
  return 'conferenceId' in fact.data ? fact.data.conferenceId : fact.data.applicationId;
}

/** What the track keeps between facts: the schedule. The clocks themselves are rows, which the scheduler changes. */
type StoredTrack = Omit<ConferenceClockTrack, 'clocks'>;

/**
 * C3 announcement, C4 each question, C5 topic-application decision (libs/domain/src/conferences/conference-clocks.ts),
 * facts in `conferencedeadline-<conferenceId|applicationId>`.
 */
export const conferenceClocks: ClockKind<ConferenceClock> = {
  kind: KIND,
  categories: [CONFERENCE_CATEGORY, TOPIC_APPLICATION_CATEGORY],

  async onFact(client, event, context) {
    if (!factTypes.has(event.type)) return;
    const fact = { ...(event as unknown as ConferenceEvent | TopicApplicationEvent), eventId: event.metadata.eventId } as ConferenceFact;
    const subjectId = subjectOf(fact);
    const stored = (await lockTrack<StoredTrack>(client, KIND, subjectId)) ?? {};
    const clocks = await lockSubjectClocks<ConferenceClock>(client, KIND, subjectId);
    let changes: ReturnType<typeof conferenceClocksOnFact>;
    try {
      changes = conferenceClocksOnFact({ ...stored, clocks }, fact, { calendar: context.calendar, warningWorkingDays: context.warningWorkingDays });
    } catch (error) {
      if (!(error instanceof CalendarError)) throw error;
      context.log.warn(`no clock for ${event.type} ${event.metadata.eventId}: ${error.message}`);
      return;
    }
    await recordClockFacts(context.store, changes.facts, { correlationId: event.metadata.correlationId, causationId: event.metadata.eventId });
    for (const clock of changes.changed) await saveClock(client, conferenceClocks.row(clock));
    if (changes.track.schedule && JSON.stringify(changes.track.schedule) !== JSON.stringify(stored.schedule)) {
      await saveTrack(client, KIND, subjectId, { schedule: changes.track.schedule } satisfies StoredTrack);
    }
  },

  async onCalendar(client, amendment, context) {
    const cause = { correlationId: amendment.event.metadata.correlationId, causationId: amendment.event.metadata.eventId };
    for (const clock of await lockOpenClocks<ConferenceClock>(client, KIND)) {
      const moved = recomputeConferenceClock(clock, { calendar: context.calendar, warningWorkingDays: context.warningWorkingDays }, amendment);
      if (!moved) continue;
      await recordClockFacts(context.store, [moved.fact], cause);
      await saveClock(client, conferenceClocks.row(moved.clock));
    }
  },

  row: (clock) => clockRow(clock, { kind: KIND, subjectId: clock.subjectId, running: clock.stop === undefined, breachesWhenUnmet: true }),

  scheduled: conferenceScheduledFacts,

  async stoppedInStore(store, clock, calendar) {
    const facts = await store.readStream(clock.rule === 'C5' ? topicApplicationStream(clock.subjectId) : conferenceStream(clock.subjectId));
    return facts
      .filter((fact) => stoppingTypes.has(fact.type))
      .some((fact) => {
        const next = conferenceClocksOnFact({ clocks: [clock] }, { ...(fact as unknown as ConferenceFact), eventId: fact.metadata.eventId }, { calendar, warningWorkingDays: 1 });
        return next.changed.some((changed) => changed.clockId === clock.clockId && changed.stop !== undefined);
      });
  },

  cause: (clock) => ({ correlationId: clock.clockId, causationId: clock.originEventId }),
};
