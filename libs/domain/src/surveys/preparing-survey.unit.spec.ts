import type { SurveyEvent } from '@od/contracts';
import { decideSurvey } from './survey-decide';
import { earliestClosingDate, earliestLaunch, surveyWorkingDays } from './survey-rules';
import {
  admin,
  aSurveyApproved,
  aSurveyDrafted,
  aSurveyAnnounced,
  aSurveySubmitted,
  aTemplate,
  MINFIN,
  operator,
  otherAdmin,
  surveyId,
  surveySpec,
  text,
  thursdayBeforeNauryz,
} from './survey-test-builders';
import { evolveSurvey as evolve, initialSurveyState } from './survey';

const draft = (template = aTemplate(), now = thursdayBeforeNauryz, actor = admin) => ({
  type: 'DraftSurvey' as const,
  data: { surveyId, template },
  context: { now, actor },
});
const submit = (now = thursdayBeforeNauryz, data = {}, actor = admin) => ({ type: 'SubmitSurvey' as const, data, context: { now, actor } });

describe('Preparing a survey (C8, C2, C1, C6)', () => {
  it('C8: given nothing, when the administrator drafts a full Annex 2 template, then the survey is drafted with ids and open/close instants', () => {
    const decision = decideSurvey(draft(), initialSurveyState);
    expect(decision).toEqual({ ok: true, events: [aSurveyDrafted()] });
    const drafted = aSurveyDrafted();
    expect(drafted.type === 'SurveyDrafted' && drafted.data).toMatchObject({
      surveyId,
      holderId: MINFIN,
      category: 'Public finance',
      // 30 March 00:00 in Almaty (UTC+5) to the end of 10 April.
      opensAt: '2026-03-29T19:00:00.000Z',
      closesAt: '2026-04-10T19:00:00.000Z',
      questions: [
        { questionId: 'q1', kind: 'single', options: [{ optionId: 'q1-o1' }, { optionId: 'q1-o2' }] },
        { questionId: 'q2', kind: 'multiple', options: [{ optionId: 'q2-o1' }, { optionId: 'q2-o2' }, { optionId: 'q2-o3' }] },
      ],
    });
  });

  it('C8: given nothing, when the template has no category, no questions or a question with one option, then it is refused naming the field', () => {
    surveySpec
      .given()
      .when(draft(aTemplate({ category: ' ' })))
      .then({ ok: false, rejection: { code: 'survey_template_invalid', rule: 'C8', field: 'category', message: 'Annex 2 needs the survey’s category' } });
    surveySpec
      .given()
      .when(draft(aTemplate({ questions: [] })))
      .then({
        ok: false,
        rejection: { code: 'survey_template_invalid', rule: 'C8', field: 'questions', message: 'Annex 2 needs at least one question with answer options' },
      });
    surveySpec
      .given()
      .when(draft(aTemplate({ questions: [{ kind: 'single', text: text('Q'), options: [{ text: text('A') }] }] })))
      .then({
        ok: false,
        rejection: { code: 'survey_template_invalid', rule: 'C8', field: 'questions[0].options', message: 'A question needs at least 2 answer options' },
      });
  });

  it('C2: given nothing, when Kazakh or Russian texts are missing, then it is refused naming every missing text; English is optional', () => {
    const template = aTemplate({
      name: { ru: 'Бюджет', en: 'Budget' },
      questions: [{ kind: 'single', text: { kk: 'Сұрақ' }, options: [{ text: text('Да') }, { text: { kk: 'Жоқ', ru: ' ' } }] }],
    });
    surveySpec
      .given()
      .when(draft(template))
      .then({
        ok: false,
        rejection: {
          code: 'survey_text_missing_language',
          rule: 'C2',
          field: 'name.kk',
          message: 'Texts are given in Kazakh and Russian (English where needed); missing: name.kk, questions[0].text.ru, questions[0].options[1].text.ru',
        },
      });
    expect(decideSurvey(draft(aTemplate({ name: { kk: 'Бюджет', ru: 'Бюджет', en: 'Budget' } })), initialSurveyState).ok).toBe(true);
  });

  it('C1: submitted on Thursday 19 March 2026, the 3 working days are 20, 26 and 27 March (Nauryz 21–25 March is off): the earliest launch is 28 March', () => {
    expect(earliestLaunch(thursdayBeforeNauryz)).toEqual({ date: '2026-03-28', lastNoticeDay: '2026-03-27', calendarVersions: ['2026.1'] });
  });

  it('C1: given a draft, when it is submitted less than 3 working days before the launch, then it is refused citing C1 and the earliest allowed launch', () => {
    surveySpec
      .given()
      .when(draft(aTemplate({ launchDate: '2026-03-27', closingDate: '2026-04-10' })))
      .then({
        ok: false,
        rejection: {
          code: 'survey_launch_too_soon',
          rule: 'C1',
          field: 'launchDate',
          message: 'The template must reach the operator at least 3 working days before the launch: the earliest allowed launch date is 2026-03-28',
        },
      });
    // Drafted early enough on 2 March, submitted only on 19 March: the submission is what counts.
    const draftedEarly = aSurveyDrafted(aTemplate({ launchDate: '2026-03-27', closingDate: '2026-04-10' }), new Date('2026-03-02T05:00:00Z'));
    const refused = decideSurvey(submit(), [draftedEarly].reduce(evolve, initialSurveyState));
    expect(refused).toMatchObject({ ok: false, rejection: { code: 'survey_launch_too_soon', rule: 'C1', field: 'launchDate' } });
  });

  it('C1: given a draft, when it is submitted 3 working days before the launch, then it reaches the operator with the earliest launch recorded', () => {
    surveySpec
      .given(aSurveyDrafted(aTemplate({ launchDate: '2026-03-28', closingDate: '2026-04-10' })))
      .when(submit())
      .then({ ok: true, events: [aSurveySubmitted('2026-03-28', '2026-04-10')] });
  });

  it('C6: from Monday 30 March 2026 the 10th working day is Friday 10 April: closing on 9 April is refused, naming the earliest closing date', () => {
    expect(surveyWorkingDays('2026-03-30', '2026-04-09')).toBe(9);
    expect(earliestClosingDate('2026-03-30')).toBe('2026-04-10');
    surveySpec
      .given()
      .when(draft(aTemplate({ closingDate: '2026-04-09' })))
      .then({
        ok: false,
        rejection: {
          code: 'survey_too_short',
          rule: 'C6',
          field: 'closingDate',
          message: 'A survey lasts at least 10 working days; 2026-03-30 to 2026-04-09 has 9: the earliest closing date is 2026-04-10',
        },
      });
  });

  it('C6: the Nauryz days off do not count: 16 March to 1 April 2026 has exactly 10 working days', () => {
    expect(surveyWorkingDays('2026-03-16', '2026-03-31')).toBe(9);
    expect(surveyWorkingDays('2026-03-16', '2026-04-01')).toBe(10);
  });

  it('C1: given a submitted template, when the operator approves, then the survey is published with its instants', () => {
    const approvedAt = '2026-03-20T06:00:00.000Z';
    surveySpec
      .given(aSurveyDrafted(), aSurveySubmitted())
      .when({ type: 'ApproveSurvey', context: { now: new Date(approvedAt), actor: operator } })
      .then({ ok: true, events: [aSurveyApproved(approvedAt)] });
  });

  it('C1: given a submitted template, when the operator returns it with a reason, then it is returned; without a reason it is refused naming the field', () => {
    const now = new Date('2026-03-20T06:00:00Z');
    surveySpec
      .given(aSurveyDrafted(), aSurveySubmitted())
      .when({ type: 'ReturnSurvey', data: { reason: ' Question 2 is leading ' }, context: { now, actor: operator } })
      .then({
        ok: true,
        events: [
          { type: 'SurveyReturned', schemaVersion: 1, data: { surveyId, holderId: MINFIN, reason: 'Question 2 is leading', returnedAt: now.toISOString() } },
        ],
      });
    surveySpec
      .given(aSurveyDrafted(), aSurveySubmitted())
      .when({ type: 'ReturnSurvey', data: { reason: ' ' }, context: { now, actor: operator } })
      .then({ ok: false, rejection: { code: 'reason_required', field: 'reason', rule: 'C1', message: 'A returned template must say why' } });
  });

  it('C1: given a returned template, when it is submitted again with new dates, then C1 and C6 are counted anew from the resubmission', () => {
    const returned = {
      type: 'SurveyReturned' as const,
      schemaVersion: 1 as const,
      data: { surveyId, holderId: MINFIN, reason: 'dates', returnedAt: '2026-03-20T06:00:00.000Z' },
    };
    const now = new Date('2026-03-27T05:00:00Z'); // Friday 27 March: 30, 31 March and 1 April → earliest 2 April
    surveySpec
      .given(aSurveyDrafted(), aSurveySubmitted(), returned)
      .when(submit(now))
      .then({
        ok: false,
        rejection: {
          code: 'survey_launch_too_soon',
          rule: 'C1',
          field: 'launchDate',
          message: 'The template must reach the operator at least 3 working days before the launch: the earliest allowed launch date is 2026-04-02',
        },
      });
    const accepted = decideSurvey(
      submit(now, { launchDate: '2026-04-02', closingDate: '2026-04-15' }),
      [aSurveyDrafted(), aSurveySubmitted(), returned].reduce(evolve, initialSurveyState),
    );
    expect(accepted).toMatchObject({
      ok: true,
      events: [{ type: 'SurveySubmitted', data: { launchDate: '2026-04-02', closingDate: '2026-04-15', earliestLaunchDate: '2026-04-02' } }],
    });
  });

  it('C1: only the operator approves; only the holder’s administrator submits', () => {
    const now = new Date('2026-03-20T06:00:00Z');
    surveySpec
      .given(aSurveyDrafted(), aSurveySubmitted())
      .when({ type: 'ApproveSurvey', context: { now, actor: admin } })
      .then({
        ok: false,
        rejection: { code: 'role_not_allowed', rule: 'C1', message: 'Only the operator approves or returns survey templates' },
      });
    surveySpec
      .given(aSurveyDrafted())
      .when(submit(thursdayBeforeNauryz, {}, otherAdmin))
      .then({ ok: false, rejection: { code: 'not_your_holder', message: `No survey ${surveyId} at your agency` } });
  });

  it('C1: given an approved survey, when the operator approves again, then it is refused naming the state', () => {
    surveySpec
      .given(aSurveyDrafted(), aSurveySubmitted(), aSurveyApproved('2026-03-20T06:00:00.000Z'))
      .when({ type: 'ApproveSurvey', context: { now: new Date('2026-03-20T07:00:00Z'), actor: operator } })
      .then({ ok: false, rejection: { code: 'survey_wrong_state', message: 'Cannot approve a survey that is approved; it must be submitted' } });
  });

  it('C3: given a published survey, when the administrator records an announcement link, then it is recorded; a non-link is refused naming the field', () => {
    const now = new Date('2026-03-30T06:00:00.000Z');
    const given = [aSurveyDrafted(), aSurveySubmitted(), aSurveyApproved('2026-03-20T06:00:00.000Z')];
    surveySpec
      .given(...given)
      .when({ type: 'AnnounceSurvey', data: { url: 'https://minfin.gov.kz/survey' }, context: { now, actor: admin } })
      .then({ ok: true, events: [aSurveyAnnounced(now.toISOString())] });
    surveySpec
      .given(...given)
      .when({ type: 'AnnounceSurvey', data: { url: 'our site' }, context: { now, actor: admin } })
      .then({
        ok: false,
        rejection: {
          code: 'announcement_url_invalid',
          rule: 'C3',
          field: 'url',
          message: 'An announcement is a link (http or https) to the agency’s own page',
        },
      });
  });

  it('C3: given a published survey, when the administrator declares a publication time, then it is kept beside the recorded time, which dates the announcement', () => {
    const now = new Date('2026-03-30T06:00:00.000Z');
    const announced = aSurveyAnnounced(now.toISOString());
    surveySpec
      .given(aSurveyDrafted(), aSurveySubmitted(), aSurveyApproved('2026-03-20T06:00:00.000Z'))
      .when({ type: 'AnnounceSurvey', data: { url: 'https://minfin.gov.kz/survey', publishedAt: '2026-03-27T10:00:00+05:00' }, context: { now, actor: admin } })
      .then({ ok: true, events: [{ ...announced, data: { ...announced.data, publishedAt: '2026-03-27T05:00:00.000Z' } } as SurveyEvent] });
  });

  it('C3: given a published survey, when the declared publication time is before the approval or after now, then it is refused naming the field, like a conference', () => {
    const now = new Date('2026-03-30T06:00:00.000Z');
    const given = [aSurveyDrafted(), aSurveySubmitted(), aSurveyApproved('2026-03-20T06:00:00.000Z')];
    surveySpec
      .given(...given)
      .when({ type: 'AnnounceSurvey', data: { url: 'https://minfin.gov.kz/survey', publishedAt: '2026-03-19T06:00:00.000Z' }, context: { now, actor: admin } })
      .then({
        ok: false,
        rejection: {
          code: 'announcement_invalid',
          field: 'publishedAt',
          rule: 'C3',
          message: 'publishedAt must not be before the operator approved the template (2026-03-20T06:00:00.000Z): nothing was there to announce',
        },
      });
    surveySpec
      .given(...given)
      .when({ type: 'AnnounceSurvey', data: { url: 'https://minfin.gov.kz/survey', publishedAt: '2026-03-30T06:00:01.000Z' }, context: { now, actor: admin } })
      .thenRejects('announcement_invalid', 'C3', { field: 'publishedAt' });
  });

  it('C6: given a running survey, when the administrator closes it before the end of its closing date, then it is refused; after, it is closed', () => {
    const given = [aSurveyDrafted(), aSurveySubmitted(), aSurveyApproved('2026-03-20T06:00:00.000Z')];
    surveySpec
      .given(...given)
      .when({ type: 'CloseSurvey', context: { now: new Date('2026-04-10T18:59:59.999Z'), actor: admin } })
      .then({
        ok: false,
        rejection: {
          code: 'survey_still_running',
          rule: 'C6',
          message: 'The survey runs until the end of its closing date 2026-04-10 (2026-04-10T19:00:00.000Z); it cannot be closed earlier',
        },
      });
    surveySpec
      .given(...given)
      .when({ type: 'CloseSurvey', context: { now: new Date('2026-04-10T19:00:00.000Z'), actor: admin } })
      .then({
        ok: true,
        events: [{ type: 'SurveyClosed', schemaVersion: 1, data: { surveyId, holderId: MINFIN, closedAt: '2026-04-10T19:00:00.000Z' } }],
      });
  });
});
