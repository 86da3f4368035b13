/** Small builders for the survey specs (test-only; not exported from the lib). */
import type { BallotEvent, SurveyEvent, SurveyTemplateInput } from '@od/contracts';
import { deciderSpec } from '@od/testing';
import { evolveBallot, evolveSurvey, initialBallotState, initialSurveyState, type SurveyState } from './survey';
import { decideBallot, decideSurvey, type CastBallotCommand, type SurveyActor, type SurveyCommand } from './survey-decide';
import { endOfAlmatyDay, startOfAlmatyDay } from './survey-rules';

export const surveyId = 'c0ffee00-0000-4000-8000-000000000001';
export const MINFIN = 'ministry-of-finance';
export const admin: SurveyActor = { kind: 'staff', id: 'staff-minfin-admin', holderId: MINFIN, staffRoles: ['administrator'] };
export const otherAdmin: SurveyActor = { kind: 'staff', id: 'staff-minhealth-admin', holderId: 'ministry-of-healthcare', staffRoles: ['administrator'] };
export const operator: SurveyActor = { kind: 'operator', id: 'operator-1', staffRoles: [] };
export const citizen = { kind: 'citizen', id: '900101300017' } as const;

/** Thursday 19 March 2026, 10:00 in Almaty: the day before the Nauryz break (21–25 March are days off). */
export const thursdayBeforeNauryz = new Date('2026-03-19T05:00:00Z');

export const text = (ru: string) => ({ kk: `${ru} (kk)`, ru });

export function aTemplate(overrides: Partial<SurveyTemplateInput> = {}): SurveyTemplateInput {
  return {
    category: 'Public finance',
    name: text('Бюджет 2027'),
    launchDate: '2026-03-30',
    closingDate: '2026-04-10',
    resultsVisibility: 'after_close',
    questions: [
      { kind: 'single', text: text('Знаете ли вы о бюджете?'), options: [{ text: text('Да') }, { text: text('Нет') }] },
      { kind: 'multiple', text: text('Что важнее?'), options: [{ text: text('Дороги') }, { text: text('Школы') }, { text: text('Больницы') }] },
    ],
    ...overrides,
  };
}

export function aSurveyDrafted(template = aTemplate(), draftedAt = thursdayBeforeNauryz): SurveyEvent {
  const decision = decideSurvey({ type: 'DraftSurvey', data: { surveyId, template }, context: { now: draftedAt, actor: admin } }, initialSurveyState);
  if (!decision.ok) throw new Error(decision.rejection.message);
  return decision.events[0];
}

export const aSurveySubmitted = (launchDate = '2026-03-30', closingDate = '2026-04-10', submittedAt = thursdayBeforeNauryz): SurveyEvent => ({
  type: 'SurveySubmitted',
  schemaVersion: 1,
  data: {
    surveyId,
    holderId: MINFIN,
    submittedAt: submittedAt.toISOString(),
    launchDate,
    closingDate,
    opensAt: startOfAlmatyDay(launchDate),
    closesAt: endOfAlmatyDay(closingDate),
    earliestLaunchDate: '2026-03-28',
    calendarVersions: ['2026.1'],
  },
});

export const aSurveyApproved = (approvedAt: string, launchDate = '2026-03-30', closingDate = '2026-04-10'): SurveyEvent => ({
  type: 'SurveyApproved',
  schemaVersion: 1,
  data: { surveyId, holderId: MINFIN, approvedAt, opensAt: startOfAlmatyDay(launchDate), closesAt: endOfAlmatyDay(closingDate) },
});

export const aSurveyAnnounced = (announcedAt: string, url = 'https://minfin.gov.kz/survey'): SurveyEvent => ({
  type: 'SurveyAnnounced',
  schemaVersion: 1,
  data: { surveyId, holderId: MINFIN, url, announcedAt },
});

export const aSurveyClosed = (closedAt: string): SurveyEvent => ({ type: 'SurveyClosed', schemaVersion: 1, data: { surveyId, holderId: MINFIN, closedAt } });

export const surveySpec = deciderSpec<SurveyCommand, SurveyEvent, SurveyState, ReturnType<typeof decideSurvey>>({
  decide: decideSurvey,
  evolve: evolveSurvey,
  initialState: initialSurveyState,
});
export const ballotSpec = deciderSpec({ decide: decideBallot, evolve: evolveBallot, initialState: initialBallotState });
export const surveyAfter = (...events: SurveyEvent[]): SurveyState => events.reduce(evolveSurvey, initialSurveyState);
export type { BallotEvent, CastBallotCommand };
