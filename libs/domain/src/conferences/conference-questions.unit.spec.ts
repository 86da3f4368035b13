import { announcementDue } from './conference-timing';
import {
  aConferenceApproved,
  admin,
  anAnnouncement,
  aQuestionAnswered,
  aQuestionAsked,
  at,
  aTemplateFilled,
  aTemplateSubmitted,
  calendar,
  citizen,
  CONFERENCE_ID,
  conferenceSpec,
  HOLDER,
  operator,
  otherAdmin,
  published,
  responder,
  unverifiedCitizen,
} from './conference-test-builders';

const Q1 = '7d2a7c1e-1111-4c55-9f31-3f7f5a9d0c01';
const Q2 = '7d2a7c1e-2222-4c55-9f31-3f7f5a9d0c02';

describe('Announcing the conference on the agency’s site (C3)', () => {
  it('C3: a conference on Friday 18 December 10:00 is announced by the end of Wednesday 16 (a holiday): Thursday 17 must lie between', () => {
    const due = announcementDue('2026-12-18T05:00:00.000Z', calendar);
    expect(due).toEqual({
      dueAt: '2026-12-16T19:00:00.000Z',
      lastDay: '2026-12-16',
      explanation: { rule: 'working-days-before', start: '2026-12-18T05:00:00.000Z', days: 1, calendarVersions: ['2026.1'], countedDays: ['2026-12-17'] },
    });
  });

  it('C3: given a published conference, when the agency records its announcement on Monday 14 December, then it is on time, dated when recorded', () => {
    conferenceSpec
      .given(...published)
      .when({ type: 'AnnounceConference', data: { url: 'https://minfin.gov.kz/news/1' }, context: at('2026-12-14T06:00:00.000Z') })
      .then({ ok: true, events: [anAnnouncement('2026-12-14T06:00:00.000Z', false)] });
  });

  it('C3: given a published conference, when the agency declares a publication time, then it is kept beside the recorded time, which decides', () => {
    conferenceSpec
      .given(...published)
      .when({
        type: 'AnnounceConference',
        data: { url: 'https://minfin.gov.kz/news/1', publishedAt: '2026-12-12T10:00:00+05:00' },
        context: at('2026-12-14T06:00:00.000Z'),
      })
      .then({
        ok: true,
        events: [{ ...anAnnouncement('2026-12-14T06:00:00.000Z', false), data: { ...anAnnouncement().data, publishedAt: '2026-12-12T05:00:00.000Z' } }],
      });
  });

  it('C3: given a published conference, when the announcement is recorded on Thursday 17 December though declared published on Monday 14, then it is late (the recorded time decides)', () => {
    conferenceSpec
      .given(...published)
      .when({
        type: 'AnnounceConference',
        data: { url: 'https://minfin.gov.kz/news/1', publishedAt: '2026-12-14T06:00:00.000Z' },
        context: at('2026-12-16T19:00:00.000Z'),
      })
      .then({
        ok: true,
        events: [
          {
            ...anAnnouncement('2026-12-16T19:00:00.000Z', true),
            data: { ...anAnnouncement('2026-12-16T19:00:00.000Z', true).data, publishedAt: '2026-12-14T06:00:00.000Z' },
          },
        ],
      });
  });

  it('C3: a declared publication time before the approval or in the future, a non-http link, a second announcement, or one before publication is refused', () => {
    conferenceSpec
      .given(...published)
      .when({
        type: 'AnnounceConference',
        data: { url: 'https://minfin.gov.kz/news/1', publishedAt: '2026-12-01T06:00:00.000Z' },
        context: at('2026-12-14T06:00:00.000Z'),
      })
      .thenRejects('announcement_invalid', 'C3', { field: 'publishedAt' });
    conferenceSpec
      .given(...published)
      .when({
        type: 'AnnounceConference',
        data: { url: 'https://minfin.gov.kz/news/1', publishedAt: '2026-12-11T07:59:59.000Z' },
        context: at('2026-12-14T06:00:00.000Z'),
      })
      .then({
        ok: false,
        rejection: {
          code: 'announcement_invalid',
          field: 'publishedAt',
          rule: 'C3',
          message: 'publishedAt must not be before the operator approved the template (2026-12-11T08:00:00.000Z): nothing was there to announce',
        },
      });
    conferenceSpec
      .given(...published)
      .when({
        type: 'AnnounceConference',
        data: { url: 'https://minfin.gov.kz/news/1', publishedAt: '2026-12-15T06:00:00.000Z' },
        context: at('2026-12-14T06:00:00.000Z'),
      })
      .then({
        ok: false,
        rejection: {
          code: 'announcement_invalid',
          field: 'publishedAt',
          rule: 'C3',
          message: 'publishedAt must not be in the future: record an announcement once it is posted',
        },
      });
    conferenceSpec
      .given(...published)
      .when({ type: 'AnnounceConference', data: { url: 'minfin.gov.kz' }, context: at('2026-12-14T06:00:00.000Z') })
      .then({
        ok: false,
        rejection: {
          code: 'announcement_invalid',
          field: 'url',
          rule: 'C3',
          message: 'url must be the http(s) address of the announcement on the agency’s site',
        },
      });
    conferenceSpec
      .given(...published, anAnnouncement())
      .when({ type: 'AnnounceConference', data: { url: 'https://minfin.gov.kz/news/2' }, context: at('2026-12-14T08:00:00.000Z') })
      .then({
        ok: false,
        rejection: {
          code: 'conference_already_announced',
          rule: 'C3',
          message: 'The announcement was already recorded (https://minfin.gov.kz/news/1 at 2026-12-14T06:00:00.000Z)',
        },
      });
    conferenceSpec
      .given(aTemplateFilled(), aTemplateSubmitted())
      .when({
        type: 'AnnounceConference',
        data: { url: 'https://minfin.gov.kz/news/1' },
        context: at('2026-12-14T06:00:00.000Z'),
      })
      .then({
        ok: false,
        rejection: { code: 'conference_wrong_state', rule: 'C3', message: 'Cannot announce a conference that is submitted; it must be published' },
      });
  });
});

describe('Questions and answers while the conference is open (C4)', () => {
  const ask = (now: string, actor = citizen, questionId = Q1) => ({
    type: 'AskConferenceQuestion' as const,
    data: { questionId, text: ' Когда вступит в силу? ' },
    context: at(now, actor),
  });

  it('C4: given a published conference, when a verified citizen asks while it is open, then the question is recorded', () => {
    conferenceSpec
      .given(...published)
      .when(ask('2026-12-18T06:00:00.000Z'))
      .then({ ok: true, events: [aQuestionAsked(Q1)] });
  });

  it('C4: given a published conference, when a question comes before the start or at the end, then it is refused naming the window', () => {
    const refusal = {
      ok: false,
      rejection: {
        code: 'conference_not_open',
        rule: 'C4',
        message: 'Questions are taken only while the conference is open, from 2026-12-18T05:00:00.000Z until 2026-12-21T13:00:00.000Z',
      },
    };
    conferenceSpec
      .given(...published)
      .when(ask('2026-12-18T04:59:59.999Z'))
      .then(refusal as never);
    conferenceSpec
      .given(...published)
      .when(ask('2026-12-21T13:00:00.000Z'))
      .then(refusal as never);
  });

  it('C4: only citizens and organisations with a verified phone ask', () => {
    conferenceSpec
      .given(...published)
      .when(ask('2026-12-18T06:00:00.000Z', unverifiedCitizen))
      .then({
        ok: false,
        rejection: { code: 'phone_not_verified', rule: 'C4', message: 'Only users with a verified mobile number may ask questions at a conference' },
      });
    conferenceSpec
      .given(...published)
      .when(ask('2026-12-18T06:00:00.000Z', operator))
      .then({
        ok: false,
        rejection: { code: 'role_not_allowed', rule: 'C4', message: 'Only citizens and organisations may ask a question at a conference (C4)' },
      });
  });

  it('C4: given a question, when the holder’s responder answers during the conference, then it is answered on time; a second answer is refused', () => {
    conferenceSpec
      .given(...published, aQuestionAsked(Q1))
      .when({ type: 'AnswerConferenceQuestion', data: { questionId: Q1, text: 'С 1 января.' }, context: at('2026-12-18T09:00:00.000Z', responder) })
      .then({ ok: true, events: [aQuestionAnswered(Q1)] });
    conferenceSpec
      .given(...published, aQuestionAsked(Q1), aQuestionAnswered(Q1))
      .when({ type: 'AnswerConferenceQuestion', data: { questionId: Q1, text: 'Ещё раз.' }, context: at('2026-12-18T10:00:00.000Z', responder) })
      .then({
        ok: false,
        rejection: { code: 'question_already_answered', rule: 'C4', message: 'This question is already answered' },
      });
  });

  it('C4: another holder’s staff cannot answer; an unknown question is named', () => {
    conferenceSpec
      .given(...published, aQuestionAsked(Q1))
      .when({ type: 'AnswerConferenceQuestion', data: { questionId: Q1, text: 'x' }, context: at('2026-12-18T09:00:00.000Z', otherAdmin) })
      .then({
        ok: false,
        rejection: {
          code: 'not_your_holder',
          rule: 'C4',
          message: "This conference is not your information holder's; only its own staff may answer a question at it",
        },
      });
    conferenceSpec
      .given(...published)
      .when({ type: 'AnswerConferenceQuestion', data: { questionId: Q2, text: 'x' }, context: at('2026-12-18T09:00:00.000Z', admin) })
      .then({
        ok: false,
        rejection: { code: 'question_not_found', field: 'questionId', rule: 'C4', message: `This conference has no question ${Q2}` },
      });
  });

  it('C4: given the end passed with a question unanswered, when it is answered, then the answer is recorded as late', () => {
    conferenceSpec
      .given(...published, aQuestionAsked(Q1))
      .when({ type: 'AnswerConferenceQuestion', data: { questionId: Q1, text: 'С 1 января.' }, context: at('2026-12-21T14:00:00.000Z', admin) })
      .then({
        ok: true,
        events: [aQuestionAnswered(Q1, '2026-12-21T14:00:00.000Z', true)],
      });
  });
});

describe('Closing the conference (C4)', () => {
  const close = (now: string) => ({ type: 'CloseConference' as const, context: at(now, admin) });

  it('C4: given a question unanswered, when the administrator closes after the end, then it is refused naming the question', () => {
    conferenceSpec
      .given(...published, aQuestionAsked(Q1), aQuestionAsked(Q2), aQuestionAnswered(Q2))
      .when(close('2026-12-21T13:00:00.000Z'))
      .then({
        ok: false,
        rejection: {
          code: 'questions_unanswered',
          rule: 'C4',
          message: `Every question received during the conference is answered before it closes (C4); 1 unanswered: ${Q1}`,
        },
      });
  });

  it('C4: given every question answered, when the administrator closes at the end, then it is closed', () => {
    conferenceSpec
      .given(...published, aQuestionAsked(Q1), aQuestionAnswered(Q1))
      .when(close('2026-12-21T13:00:00.000Z'))
      .then({
        ok: true,
        events: [
          {
            type: 'ConferenceClosed',
            schemaVersion: 1,
            data: { conferenceId: CONFERENCE_ID, holderId: HOLDER, closedAt: '2026-12-21T13:00:00.000Z', questionCount: 1 },
          },
        ],
      });
  });

  it('C4: a conference lasts as announced: it is not closed before its end', () => {
    conferenceSpec
      .given(...published)
      .when(close('2026-12-21T12:59:59.999Z'))
      .then({
        ok: false,
        rejection: { code: 'conference_not_ended', rule: 'C4', message: 'The conference runs until 2026-12-21T13:00:00.000Z; it can be closed only then' },
      });
  });

  it('C4: a closed conference takes no questions and is not closed again', () => {
    const closed = {
      type: 'ConferenceClosed' as const,
      schemaVersion: 1 as const,
      data: { conferenceId: CONFERENCE_ID, holderId: HOLDER, closedAt: '2026-12-21T13:00:00.000Z', questionCount: 0 },
    };
    conferenceSpec
      .given(aTemplateFilled(), aTemplateSubmitted(), aConferenceApproved(), closed)
      .when(close('2026-12-22T13:00:00.000Z'))
      .then({
        ok: false,
        rejection: { code: 'conference_wrong_state', rule: 'C4', message: 'Cannot close a conference that is closed; it must be published' },
      });
  });
});
