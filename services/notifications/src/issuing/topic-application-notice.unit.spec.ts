import type { TopicApplicationEvent, TopicApplicationSubmitted } from '@od/contracts';
import type { RecordedEvent } from '@od/event-store';
import { noticeIdFor } from './issue-notice';
import { topicApplicationNoticeFor } from './topic-application-notice';

const submitted: TopicApplicationSubmitted['data'] = {
  applicationId: '3c9e8f00-5555-4c55-9f31-3f7f5a9d0c05',
  holderId: 'kazatomprom',
  applicant: { kind: 'citizen', id: '900101300123' },
  topic: 'Налоговые вычеты',
  text: 'Проведите конференцию.',
  language: 'ru',
  submittedAt: '2026-12-14T06:00:00.000Z',
};

const decision = (event: Omit<TopicApplicationEvent, 'schemaVersion'>): RecordedEvent<TopicApplicationEvent> =>
  ({
    ...event,
    schemaVersion: 1,
    streamId: `topicapplication-${submitted.applicationId}`,
    metadata: {
      eventId: '11111111-2222-4333-8444-555555555555',
      commandId: 'c',
      correlationId: 'c',
      causationId: 'c',
      actor: { kind: 'staff', id: 's' },
      occurredAt: '',
    },
  }) as unknown as RecordedEvent<TopicApplicationEvent>;

const now = new Date('2026-12-15T06:00:00.000Z');

describe('C5: the applicant hears the decision on a topic application', () => {
  it('C5: given a refusal, then the applicant gets a notice in the language they applied in, with the topic and the reason', () => {
    const refused = decision({
      type: 'TopicApplicationRefused',
      data: {
        applicationId: submitted.applicationId,
        holderId: 'kazatomprom',
        reason: 'Вопрос в компетенции акимата',
        refusedAt: now.toISOString(),
        late: false,
      },
    });
    expect(topicApplicationNoticeFor(refused, submitted, now)?.data).toEqual({
      noticeId: noticeIdFor('11111111-2222-4333-8444-555555555555'),
      userId: '900101300123',
      kind: 'topic_application_refused',
      applicationId: submitted.applicationId,
      language: 'ru',
      title: 'В заявке на тему конференции отказано',
      body: 'АО «НАК «Казатомпром» отказал(о) в вашей заявке на конференцию по теме «Налоговые вычеты». Причина: Вопрос в компетенции акимата',
      causedByEventId: '11111111-2222-4333-8444-555555555555',
      factAt: now.toISOString(),
      issuedAt: now.toISOString(),
    });
  });

  it('C5: given an acceptance, then the notice says so; the submission itself tells the applicant nothing', () => {
    const accepted = decision({
      type: 'TopicApplicationAccepted',
      data: { applicationId: submitted.applicationId, holderId: 'kazatomprom', acceptedAt: now.toISOString(), late: false },
    });
    expect(topicApplicationNoticeFor(accepted, { ...submitted, language: 'kk' }, now)?.data).toMatchObject({
      kind: 'topic_application_accepted',
      language: 'kk',
      title: 'Конференция тақырыбы туралы өтініміңіз қабылданды',
    });
    expect(topicApplicationNoticeFor(decision({ type: 'TopicApplicationSubmitted', data: submitted }), submitted, now)).toBeUndefined();
  });
});
