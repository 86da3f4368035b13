import type { BallotEvent } from '@od/contracts';
import { decideBallot, type CastBallotCommand } from './survey-decide';
import { initialBallotState } from './survey';
import { aSurveyApproved, aSurveyClosed, aSurveyDrafted, aSurveySubmitted, ballotSpec, citizen, MINFIN, surveyAfter, surveyId } from './survey-test-builders';

const voterId = 'b0b0b0b0-0000-5000-8000-000000000001';
const published = surveyAfter(aSurveyDrafted(), aSurveySubmitted(), aSurveyApproved('2026-03-20T06:00:00.000Z'));
const duringSurvey = new Date('2026-04-01T06:00:00.000Z');
const validAnswers = [
  { questionId: 'q1', optionIds: ['q1-o2'] },
  { questionId: 'q2', optionIds: ['q2-o1', 'q2-o3'] },
];

function cast(overrides: Partial<CastBallotCommand['context']> = {}, answers: CastBallotCommand['data']['answers'] = validAnswers): CastBallotCommand {
  return {
    type: 'CastBallot',
    data: { surveyId, voterId, answers },
    context: { now: duringSurvey, actor: citizen, phoneVerified: true, survey: published, ...overrides },
  };
}

const ballotCast: BallotEvent = {
  type: 'BallotCast',
  schemaVersion: 1,
  data: { surveyId, holderId: MINFIN, voterId, answers: validAnswers, castAt: duringSurvey.toISOString() },
};

describe('Casting a ballot (C6, C8)', () => {
  it('given no ballot, when a verified citizen answers every question validly while the survey is open, then the ballot is cast', () => {
    ballotSpec
      .given()
      .when(cast())
      .then({ ok: true, events: [ballotCast] });
  });

  it('given a ballot, when the same user votes again, then it is refused: one ballot per user per survey', () => {
    ballotSpec
      .given(ballotCast)
      .when(cast())
      .then({ ok: false, rejection: { code: 'ballot_already_cast', message: 'You have already voted in this survey' } });
  });

  it('C6: before the first instant of the launch date and from the end of the closing date, the survey is not open', () => {
    const notOpen = {
      ok: false as const,
      rejection: { code: 'survey_not_open' as const, rule: 'C6', message: 'The survey is open from 2026-03-29T19:00:00.000Z until 2026-04-10T19:00:00.000Z' },
    };
    ballotSpec
      .given()
      .when(cast({ now: new Date('2026-03-29T18:59:59.999Z') }))
      .then(notOpen);
    ballotSpec
      .given()
      .when(cast({ now: new Date('2026-04-10T19:00:00.000Z') }))
      .then(notOpen);
    expect(ballotSpecResult(cast({ now: new Date('2026-03-29T19:00:00.000Z') })).ok).toBe(true);
    expect(ballotSpecResult(cast({ now: new Date('2026-04-10T18:59:59.999Z') })).ok).toBe(true);
  });

  it('C6: given a closed survey, when a user votes, then it is refused', () => {
    const closed = surveyAfter(aSurveyDrafted(), aSurveySubmitted(), aSurveyApproved('2026-03-20T06:00:00.000Z'), aSurveyClosed('2026-04-11T06:00:00.000Z'));
    expect(ballotSpecResult(cast({ survey: closed, now: new Date('2026-04-05T06:00:00.000Z') }))).toMatchObject({
      ok: false,
      rejection: { code: 'survey_not_open' },
    });
  });

  it('given a survey not yet published, when a user votes, then there is no such survey for them', () => {
    expect(ballotSpecResult(cast({ survey: surveyAfter(aSurveyDrafted(), aSurveySubmitted()) }))).toEqual({
      ok: false,
      rejection: { code: 'survey_not_found', message: `No published survey ${surveyId}` },
    });
  });

  it('R1: an account without a verified phone does not vote; staff do not vote', () => {
    ballotSpec
      .given()
      .when(cast({ phoneVerified: false }))
      .then({
        ok: false,
        rejection: { code: 'phone_not_verified', rule: 'R1', message: 'Voting needs an e-government account with a verified mobile number' },
      });
    expect(ballotSpecResult(cast({ actor: { kind: 'staff', id: 'x' } }))).toMatchObject({ ok: false, rejection: { code: 'role_not_allowed' } });
  });

  it('C8: a single-choice question takes exactly one option; a multiple-choice one at least one, each once, from the question', () => {
    const invalid = (field: string, message: string) => ({ ok: false as const, rejection: { code: 'ballot_invalid' as const, rule: 'C8', field, message } });
    ballotSpec
      .given()
      .when(cast({}, [{ questionId: 'q1', optionIds: ['q1-o1', 'q1-o2'] }, validAnswers[1]]))
      .then(invalid('answers[0].optionIds', 'Question q1 takes exactly one option'));
    ballotSpec
      .given()
      .when(cast({}, [validAnswers[0], { questionId: 'q2', optionIds: [] }]))
      .then(invalid('answers[1].optionIds', 'Question q2 needs an answer option'));
    ballotSpec
      .given()
      .when(cast({}, [validAnswers[0], { questionId: 'q2', optionIds: ['q2-o1', 'q2-o1'] }]))
      .then(invalid('answers[1].optionIds', 'An option of question q2 is chosen twice'));
    ballotSpec
      .given()
      .when(cast({}, [validAnswers[0], { questionId: 'q2', optionIds: ['q1-o1'] }]))
      .then(invalid('answers[1].optionIds', 'Question q2 has no option q1-o1'));
    ballotSpec
      .given()
      .when(cast({}, [validAnswers[0]]))
      .then(invalid('answers', 'Every question is answered; missing: q2'));
    ballotSpec
      .given()
      .when(cast({}, [...validAnswers, { questionId: 'q9', optionIds: ['q9-o1'] }]))
      .then(invalid('answers[2].questionId', 'The survey has no question q9'));
    ballotSpec
      .given()
      .when(cast({}, [validAnswers[0], validAnswers[0], validAnswers[1]]))
      .then(invalid('answers[1].questionId', 'Question q1 is answered twice'));
  });
});

function ballotSpecResult(command: CastBallotCommand) {
  return decideBallot(command, initialBallotState);
}
