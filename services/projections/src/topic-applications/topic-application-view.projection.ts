import { kzCalendar } from '@od/calendar';
import { TOPIC_APPLICATION_EVENT_TYPES, type TopicApplicationEvent } from '@od/contracts';
import { topicDecisionDue } from '@od/domain';
import type { RecordedEvent } from '@od/event-store';
import type { EntityManager } from 'typeorm';
import { TopicApplicationViewEntity } from './topic-application-view.entity';

const topicApplicationEventTypes = new Set<string>(TOPIC_APPLICATION_EVENT_TYPES);

/** The row after one fact (pure): submitted with its C5 due instant (5 working days), then accepted or refused. */
export function evolveTopicApplicationView(
  view: TopicApplicationViewEntity | null,
  event: RecordedEvent<TopicApplicationEvent>,
): TopicApplicationViewEntity | null {
  const next = Object.assign(new TopicApplicationViewEntity(), view ?? {});
  next.updatedAt = new Date(event.metadata.occurredAt);
  switch (event.type) {
    case 'TopicApplicationSubmitted':
      return Object.assign(next, {
        applicationId: event.data.applicationId,
        holderId: event.data.holderId,
        applicantKind: event.data.applicant.kind,
        applicantId: event.data.applicant.id,
        topic: event.data.topic,
        text: event.data.text,
        language: event.data.language,
        status: 'submitted',
        submittedAt: new Date(event.data.submittedAt),
        decisionDueAt: new Date(topicDecisionDue(event.data.submittedAt, kzCalendar).dueAt),
        decidedAt: null,
        decisionLate: null,
        refusalReason: null,
      });
    case 'TopicApplicationAccepted':
      return view && Object.assign(next, { status: 'accepted', decidedAt: new Date(event.data.acceptedAt), decisionLate: event.data.late });
    case 'TopicApplicationRefused':
      return (
        view &&
        Object.assign(next, { status: 'refused', decidedAt: new Date(event.data.refusedAt), decisionLate: event.data.late, refusalReason: event.data.reason })
      );
    default: {
      const unknownEvent: never = event;
      return unknownEvent;
    }
  }
}

/** topic_application_views follows every topic application fact. */
export async function projectTopicApplicationView(manager: EntityManager, event: RecordedEvent): Promise<void> {
  if (!topicApplicationEventTypes.has(event.type)) return;
  const fact = event as RecordedEvent<TopicApplicationEvent>;
  const views = manager.getRepository(TopicApplicationViewEntity);
  const current = await views.findOneBy({ applicationId: fact.data.applicationId });
  const next = evolveTopicApplicationView(current, fact);
  if (next) await views.save(next);
}
