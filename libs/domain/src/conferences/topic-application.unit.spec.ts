import { deciderSpec } from '@od/testing';
import { topicDecisionDue } from './conference-timing';
import { admin, aTopicApplicationSubmitted, calendar, citizen, HOLDER, otherAdmin, unverifiedCitizen } from './conference-test-builders';
import { decideTopicApplication, evolveTopicApplication, initialTopicApplicationState, type TopicApplicationCommand } from './topic-application';

const ID = '3c9e8f00-5555-4c55-9f31-3f7f5a9d0c05';
const spec = deciderSpec({ decide: decideTopicApplication, evolve: evolveTopicApplication, initialState: initialTopicApplicationState });
const ctx = (now: string, actor = admin) => ({ now: new Date(now), actor, calendar });
const apply = (actor = citizen, holderExists = true): TopicApplicationCommand => ({
  type: 'ApplyForConferenceTopic',
  data: { applicationId: ID, holderId: HOLDER, topic: ' Налоговые вычеты ', text: 'Проведите конференцию о вычетах.', language: 'ru' },
  context: { ...ctx('2026-12-14T07:00:00.000Z', actor), holderExists },
});

describe('Conference topic applications (C5)', () => {
  it('C5: given nothing, when a verified citizen applies to a known holder, then the application is recorded', () => {
    spec
      .given()
      .when(apply())
      .then({ ok: true, events: [aTopicApplicationSubmitted(ID)] });
  });

  it('C5: an unverified phone or an unknown holder is refused', () => {
    spec
      .given()
      .when(apply(unverifiedCitizen))
      .then({
        ok: false,
        rejection: { code: 'phone_not_verified', rule: 'C5', message: 'Only users with a verified mobile number may apply for a conference topic' },
      });
    spec
      .given()
      .when(apply(citizen, false))
      .then({ ok: false, rejection: { code: 'holder_unknown', field: 'holderId', rule: 'C5', message: `No information holder has the id "${HOLDER}"` } });
  });

  it('C5: applied on Monday 14 December 12:00 the decision is due by the end of Tuesday 22 (15, 17, 18, 21, 22; the 16th is a holiday)', () => {
    const due = topicDecisionDue('2026-12-14T07:00:00.000Z', calendar);
    expect(due.dueAt).toBe('2026-12-22T19:00:00.000Z');
    expect(due.explanation.countedDays).toEqual(['2026-12-15', '2026-12-17', '2026-12-18', '2026-12-21', '2026-12-22']);
  });

  it('C5: given an application, when the administrator accepts within 5 working days, then it is accepted on time', () => {
    spec
      .given(aTopicApplicationSubmitted(ID))
      .when({ type: 'AcceptTopicApplication', context: ctx('2026-12-22T18:59:59.999Z') })
      .then({
        ok: true,
        events: [
          {
            type: 'TopicApplicationAccepted',
            schemaVersion: 1,
            data: { applicationId: ID, holderId: HOLDER, acceptedAt: '2026-12-22T18:59:59.999Z', late: false },
          },
        ],
      });
  });

  it('C5: given an application, when the administrator refuses after the 5 working days with a reason, then it is refused, late', () => {
    spec
      .given(aTopicApplicationSubmitted(ID))
      .when({ type: 'RefuseTopicApplication', data: { reason: 'Not the Ministry of Finance’s competence' }, context: ctx('2026-12-22T19:00:00.000Z') })
      .then({
        ok: true,
        events: [
          {
            type: 'TopicApplicationRefused',
            schemaVersion: 1,
            data: {
              applicationId: ID,
              holderId: HOLDER,
              reason: 'Not the Ministry of Finance’s competence',
              refusedAt: '2026-12-22T19:00:00.000Z',
              late: true,
            },
          },
        ],
      });
  });

  it('C5: a refusal is reasoned; another holder’s administrator cannot decide; a decided application is not decided again', () => {
    spec
      .given(aTopicApplicationSubmitted(ID))
      .when({ type: 'RefuseTopicApplication', data: { reason: '  ' }, context: ctx('2026-12-15T07:00:00.000Z') })
      .then({
        ok: false,
        rejection: {
          code: 'reason_required',
          field: 'reason',
          rule: 'C5',
          message: 'A refusal must give its reason: why the topic is not the holder’s competence',
        },
      });
    spec
      .given(aTopicApplicationSubmitted(ID))
      .when({ type: 'AcceptTopicApplication', context: ctx('2026-12-15T07:00:00.000Z', otherAdmin) })
      .then({
        ok: false,
        rejection: { code: 'not_your_holder', rule: 'C5', message: 'This topic application was sent to another holder; only its administrator may accept it' },
      });
    const accepted = {
      type: 'TopicApplicationAccepted' as const,
      schemaVersion: 1 as const,
      data: { applicationId: ID, holderId: HOLDER, acceptedAt: '2026-12-15T07:00:00.000Z', late: false },
    };
    spec
      .given(aTopicApplicationSubmitted(ID), accepted)
      .when({ type: 'RefuseTopicApplication', data: { reason: 'x' }, context: ctx('2026-12-15T08:00:00.000Z') })
      .then({
        ok: false,
        rejection: { code: 'topic_application_wrong_state', rule: 'C5', message: 'Cannot refuse a topic application that is accepted; it must be submitted' },
      });
  });
});
