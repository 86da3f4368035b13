import { topicApplicationStream, type EventToAppend, type NoticeIssued, type TopicApplicationEvent, type TopicApplicationSubmitted } from '@od/contracts';
import type { EventStore, RecordedEvent } from '@od/event-store';
import { issueNotice, noticeIssuedBy } from './issue-notice';
import { NOTICE_TEMPLATES, type CitizenNoticeKind } from './notice-templates';
import { fillTemplate, holderName } from './render-notice';

/** C5: the facts of a topic application that concern its applicant, and the kind of notice each makes. */
export const TOPIC_NOTICE_KIND_OF: Partial<Record<TopicApplicationEvent['type'], CitizenNoticeKind>> = {
  TopicApplicationAccepted: 'topic_application_accepted',
  TopicApplicationRefused: 'topic_application_refused',
};

/** The NoticeIssued a decision makes for the applicant (in the language they applied in), or undefined; pure. */
export function topicApplicationNoticeFor(
  fact: RecordedEvent<TopicApplicationEvent>,
  submitted: TopicApplicationSubmitted['data'],
  now: Date,
): EventToAppend<NoticeIssued> | undefined {
  const kind = TOPIC_NOTICE_KIND_OF[fact.type];
  if (!kind) return undefined;
  const language = submitted.language;
  const values = {
    holderName: holderName(fact.data.holderId, language),
    topic: submitted.topic,
    reason: fact.type === 'TopicApplicationRefused' ? fact.data.reason : '',
  };
  const template = NOTICE_TEMPLATES[kind][language];
  return noticeIssuedBy(
    fact,
    {
      userId: submitted.applicant.id,
      kind,
      applicationId: fact.data.applicationId,
      language,
      title: fillTemplate(template.title, values),
      body: fillTemplate(template.body, values),
      factAt: fact.type === 'TopicApplicationRefused' ? fact.data.refusedAt : fact.type === 'TopicApplicationAccepted' ? fact.data.acceptedAt : undefined,
    },
    now,
  );
}

/**
 * C5: a topic application's decision tells its applicant. The decision does not name the applicant: the
 * application's own stream does, in its submission (read from the store, so this service keeps no table for it).
 */
export async function handleTopicApplicationFact(
  store: EventStore,
  fact: RecordedEvent<TopicApplicationEvent>,
  now: Date,
): Promise<'notice_issued' | 'notice_already_issued' | 'ignored'> {
  if (!TOPIC_NOTICE_KIND_OF[fact.type]) return 'ignored';
  const history = await store.readStream(topicApplicationStream(fact.data.applicationId));
  const submission = history.find((event) => event.type === 'TopicApplicationSubmitted') as RecordedEvent<TopicApplicationSubmitted> | undefined;
  if (!submission) return 'ignored';
  const notice = topicApplicationNoticeFor(fact, submission.data, now);
  if (!notice) return 'ignored';
  return (await issueNotice(store, notice)).alreadyIssued ? 'notice_already_issued' : 'notice_issued';
}
