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
import { conferenceClockTable, type ConferenceFact, type ConferenceMemory } from '@od/domain';
import { engineClockKind } from '../clocks/engine-clock-kind';

const factTypes = new Set<string>([...CONFERENCE_EVENT_TYPES, ...TOPIC_APPLICATION_EVENT_TYPES]);

/**
 * C3 announcement, C4 each question, C5 topic-application decision (`conferenceClockTable`), facts in
 * `conferencedeadline-<conferenceId|applicationId>`; the memory (`deadlines.tracks`) is the conference's schedule.
 */
export const conferenceClocks = engineClockKind<ConferenceFact, ConferenceMemory>(conferenceClockTable, {
  categories: [CONFERENCE_CATEGORY, TOPIC_APPLICATION_CATEGORY],
  toFact: (event) =>
    factTypes.has(event.type)
      ? ({ ...(event as unknown as ConferenceEvent | TopicApplicationEvent), eventId: event.metadata.eventId } as ConferenceFact)
      : undefined,
  subjectOf: (fact) => ('conferenceId' in fact.data ? fact.data.conferenceId : fact.data.applicationId),
  sourceStream: (clock) => (clock.subject.kind === 'topic-application' ? topicApplicationStream(clock.subject.id) : conferenceStream(clock.subject.id)),
});
