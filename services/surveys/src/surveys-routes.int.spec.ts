import { randomUUID } from 'node:crypto';
import { approveSurvey, ballotStream, castBallot, draftSurvey, submitSurvey, surveyStream, type SurveyTemplateInput } from '@od/contracts';
import { surveyIdFor, voterIdFor } from '@od/domain';
import { startServiceTier, verifiedAs, type ServiceTier } from '@od/testing';
import { ballotsRoutes } from './ballots/ballots-routes';
import { PublishedSurveys } from './ballots/published-surveys';
import { surveysRoutes } from './surveys/surveys-routes';

jest.setTimeout(30_000);

let tier: ServiceTier;
let deps: { surveys: PublishedSurveys };

beforeAll(async () => {
  tier = await startServiceTier('survey_routes');
  deps = { surveys: new PublishedSurveys(tier.store) };
});

afterAll(() => tier?.close());

/** Thursday 19 March 2026, 10:00 in Almaty, before the Nauryz days off: a launch on 30 March meets C1. */
const prepared = new Date('2026-03-19T05:00:00Z');
const whileOpen = new Date('2026-04-01T06:00:00Z');
const at = (now: Date) => ({ store: tier.store, now, deps });

const administrator = { actor: { kind: 'staff', id: 'staff-kap-admin' } as const, holderId: 'kazatomprom', staffRoles: ['administrator'] };
const operator = { actor: { kind: 'operator', id: 'operator-1' } as const };
const voter = { actor: { kind: 'citizen', id: '900101300017' } as const, phoneVerified: true };
const command = () => {
  const commandId = randomUUID();
  return { commandId, correlationId: commandId, caller: { accessToken: 'verified' } };
};
const text = (ru: string) => ({ kk: `${ru} (kk)`, ru });
const template: SurveyTemplateInput = {
  category: 'Public finance',
  name: text('Бюджет 2027'),
  launchDate: '2026-03-30',
  closingDate: '2026-04-10',
  resultsVisibility: 'after_close',
  questions: [{ kind: 'single', text: text('Знаете ли вы о бюджете?'), options: [{ text: text('Да') }, { text: text('Нет') }] }],
};

/** A survey drafted, submitted and approved through the table itself. */
async function anApprovedSurvey(): Promise<string> {
  const draft = { ...command(), data: { template } };
  const surveyId = surveyIdFor(draft.commandId);
  expect(await surveysRoutes.handle(draftSurvey, verifiedAs(administrator, draft), at(prepared))).toEqual({ ok: true, surveyId, position: expect.any(String) });
  expect(await surveysRoutes.handle(submitSurvey, verifiedAs(administrator, { ...command(), surveyId, data: {} }), at(prepared))).toMatchObject({
    ok: true,
    surveyId,
  });
  expect(await surveysRoutes.handle(approveSurvey, verifiedAs(operator, { ...command(), surveyId, data: {} }), at(prepared))).toMatchObject({
    ok: true,
    surveyId,
  });
  return surveyId;
}

const aBallot = (surveyId: string) => ({ ...command(), data: { surveyId, answers: [{ questionId: 'q1', optionIds: ['q1-o1'] }] } });

describe('Survey and ballot routes on the real store (C1, C6, C8)', () => {
  it('given an approved survey, when a verified user votes while it is open, then the ballot is its own stream under the survey’s holder; a second is ballot_already_cast', async () => {
    const surveyId = await anApprovedSurvey();
    expect((await tier.appendedTo(surveyStream(surveyId))).map((fact) => fact.type)).toEqual(['SurveyDrafted', 'SurveySubmitted', 'SurveyApproved']);
    expect(await ballotsRoutes.handle(castBallot, verifiedAs(voter, aBallot(surveyId)), at(whileOpen))).toEqual({
      ok: true,
      surveyId,
      position: expect.any(String),
    });
    const again = await ballotsRoutes.handle(castBallot, verifiedAs(voter, aBallot(surveyId)), at(whileOpen));
    expect(again).toMatchObject({ ok: false, rejection: { code: 'ballot_already_cast' } });
    expect(await tier.appendedTo(ballotStream(surveyId, voterIdFor(voter.actor)))).toMatchObject([
      { type: 'BallotCast', metadata: { holderId: 'kazatomprom' } },
    ]);
  });

  it('given no survey, when it is submitted, then it is survey_not_found', async () => {
    const surveyId = randomUUID();
    expect(await surveysRoutes.handle(submitSurvey, verifiedAs(administrator, { ...command(), surveyId, data: {} }), at(prepared))).toMatchObject({
      ok: false,
      rejection: { code: 'survey_not_found', message: `No survey ${surveyId}` },
    });
  });
});
