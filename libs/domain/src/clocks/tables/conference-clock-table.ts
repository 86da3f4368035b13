// C3 the announcement, C4 each question, C5 the decision on a topic application, as a table. Facts in
// `conferencedeadline-<conferenceId|applicationId>`.
import type { ConferenceEvent, TopicApplicationEvent } from '@od/contracts';
import { CONFERENCE_TERMS } from '../../conferences/conference-timing';
import { conferenceClockEventId, conferenceClockId } from '../clock-ids';
import type { ClockStart, ClockTable } from '../clock-table';

/** A recorded conference or topic-application fact: the event and its id. */
export type ConferenceFact = (ConferenceEvent | TopicApplicationEvent) & { readonly eventId: string };

/** What is remembered about a conference between facts: its current start and end (from its template). */
export interface ConferenceMemory {
  readonly schedule?: { readonly startsAt: string; readonly endsAt: string };
}

export const conferenceClockTable: ClockTable<ConferenceFact, ConferenceMemory> = {
  kind: 'conference',
  rules: {
    C3: { breachesWhenUnmet: true, warns: 'working-days' },
    // C4: warned a fixed time (default 1 h) before the conference ends, never before the question was asked.
    C4: { breachesWhenUnmet: true, warns: 'before-due' },
    C5: { breachesWhenUnmet: true, warns: 'working-days' },
  },
  ids: {
    clockId: (start) => conferenceClockId(start.subject.id, start.rule, start.originEventId, start.questionId),
    eventId: conferenceClockEventId,
  },
  factId: (fact) => fact.eventId,
  memory: {
    initial: {},
    evolve(memory, fact) {
      if (fact.type === 'ConferenceTemplateFilled' || fact.type === 'ConferenceTemplateRevised')
        return { schedule: { startsAt: fact.data.template.startsAt, endsAt: fact.data.template.endsAt } };
      return memory;
    },
  },

  starts(fact, memory): ClockStart[] {
    const schedule = this.memory.evolve(memory, fact).schedule;
    switch (fact.type) {
      case 'ConferenceApproved':
        // C3: announced at least one whole working day before the start.
        return schedule
          ? [
              {
                rule: 'C3',
                subject: { kind: 'conference', id: fact.data.conferenceId, holderId: fact.data.holderId },
                originEventId: fact.eventId,
                startedAt: fact.data.approvedAt,
                count: { kind: 'working-days-before', start: schedule.startsAt, days: CONFERENCE_TERMS.announcementWorkingDaysBeforeStart },
              },
            ]
          : [];
      case 'ConferenceQuestionAsked':
        // C4: every question answered before the conference closes.
        return schedule
          ? [
              {
                rule: 'C4',
                subject: { kind: 'conference', id: fact.data.conferenceId, holderId: fact.data.holderId },
                questionId: fact.data.questionId,
                originEventId: fact.eventId,
                startedAt: fact.data.askedAt,
                count: { kind: 'instant', at: schedule.endsAt },
              },
            ]
          : [];
      case 'TopicApplicationSubmitted':
        // C5: decided within 5 working days.
        return [
          {
            rule: 'C5',
            subject: { kind: 'topic-application', id: fact.data.applicationId, holderId: fact.data.holderId },
            originEventId: fact.eventId,
            startedAt: fact.data.submittedAt,
            count: { kind: 'working-days', from: fact.data.submittedAt, days: CONFERENCE_TERMS.topicDecisionWorkingDays },
          },
        ];
      default:
        return [];
    }
  },

  stops(fact, clock) {
    switch (fact.type) {
      case 'ConferenceAnnounced':
        // C3 is met when the announcement is recorded here: a time the agency declares cannot make it on time.
        return clock.rule === 'C3' && clock.subject.id === fact.data.conferenceId ? { outcome: 'met', at: fact.data.recordedAt } : undefined;
      case 'ConferenceQuestionAnswered':
        return clock.rule === 'C4' && clock.questionId === fact.data.questionId ? { outcome: 'met', at: fact.data.answeredAt } : undefined;
      case 'ConferenceClosed':
        return clock.subject.kind === 'conference' && clock.subject.id === fact.data.conferenceId
          ? { outcome: 'superseded', at: fact.data.closedAt }
          : undefined;
      case 'TopicApplicationAccepted':
        return clock.rule === 'C5' && clock.subject.id === fact.data.applicationId ? { outcome: 'met', at: fact.data.acceptedAt } : undefined;
      case 'TopicApplicationRefused':
        return clock.rule === 'C5' && clock.subject.id === fact.data.applicationId ? { outcome: 'met', at: fact.data.refusedAt } : undefined;
      default:
        return undefined;
    }
  },
};
