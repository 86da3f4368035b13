import { ballotStream, surveyStream, type Actor, type SurveyEvent, type SurveyTemplateInput } from '@od/contracts';
import {
  decideBallot,
  decideSurvey,
  DEFAULT_WARNING_WORKING_DAYS,
  evolveSurvey,
  initialBallotState,
  initialSurveyState,
  surveyClockTable,
  surveyIdFor,
  voterIdFor,
  type SurveyActor,
  type SurveyCommand,
  type SurveyFact,
  type SurveyState,
} from '@od/domain';
import { ClockSimulation } from './clock-simulation';
import type { HistoryWorld } from './history-world';
import { SeededRandom } from './seeded-random';
import { RecordedFacts } from './subject-facts';

const OPERATOR: SurveyActor = { kind: 'operator', id: 'operator-egov-1', staffRoles: [] };
const almatyDate = (instant: number) => new Date(instant + 5 * 3_600_000).toISOString().slice(0, 10);
const text = (kk: string, ru: string) => ({ kk, ru });

/**
 * One survey (chapter 3) through `decideSurvey` and `decideBallot`: Annex 2 drafted with its launch at least 3
 * working days ahead (C1) and at least 10 working days long (C6), sent, approved by the operator, announced
 * within a working day of the launch (C3; now and then late) and again every two weeks when longer than a
 * month (sometimes not), votes from verified users while it is open (one ballot stream each), closed after its
 * closing date. Its clocks (`surveyClockTable`) as the deadlines service records them.
 */
export function surveyLife(world: HistoryWorld, index: number, draftedAt: number, votesPerSurvey: number): RecordedFacts {
  const random = SeededRandom.forSubject(world.seed, 'survey', index);
  const out = new RecordedFacts(draftedAt);
  const clocks = new ClockSimulation(surveyClockTable, { calendar: world.calendar, warningWorkingDays: DEFAULT_WARNING_WORKING_DAYS }, out, random);
  const holderId = random.pick(world.holderIds);
  const member = random.pick(world.staffOf(holderId, 'administrator'));
  const admin: SurveyActor = { kind: 'staff', id: member.accountId, holderId, staffRoles: member.roles };
  const draftCommandId = random.uuid();
  const surveyId = surveyIdFor(draftCommandId);
  const streamId = surveyStream(surveyId);
  let state: SurveyState = initialSurveyState;

  const act = (command: SurveyCommand, commandId: string, action: string, body: unknown, actor: Actor): boolean => {
    if (command.context.now.getTime() >= world.end) return false;
    for (const fact of out.command(
      { streamId, commandId, action, body, actor, now: command.context.now, holderId },
      decideSurvey(command, state),
      random.int(5, 120),
    )) {
      state = evolveSurvey(state, fact as unknown as SurveyEvent);
      clocks.fact({ type: fact.type, schemaVersion: fact.schemaVersion, data: fact.data, eventId: fact.metadata.eventId } as SurveyFact, fact);
    }
    return true;
  };
  const context = (at: number, actor: SurveyActor) => ({ now: new Date(at), actor, calendar: world.calendar });
  const actorOf = (actor: SurveyActor): Actor => ({ kind: actor.kind as Actor['kind'], id: actor.id });

  const launch = world.workingMoment(random, draftedAt, random.int(5, 9));
  const closing = world.workingMoment(random, launch, random.chance(0.25) ? random.int(25, 40) : random.int(11, 20));
  const template: SurveyTemplateInput = {
    category: random.pick(['Public finance', 'Healthcare', 'Education', 'Digital services']),
    name: text('Қоғамдық пікір', 'Общественное мнение'),
    launchDate: almatyDate(launch),
    closingDate: almatyDate(closing),
    resultsVisibility: random.chance(0.5) ? 'after_close' : 'live',
    questions: [
      {
        kind: 'single',
        text: text('Қызмет сапасына көңіліңіз тола ма?', 'Довольны ли вы качеством услуг?'),
        options: [{ text: text('Иә', 'Да') }, { text: text('Жоқ', 'Нет') }],
      },
      {
        kind: 'multiple',
        text: text('Нені жақсарту керек?', 'Что нужно улучшить?'),
        options: [{ text: text('Жылдамдық', 'Скорость') }, { text: text('Қолжетімділік', 'Доступность') }, { text: text('Ақпарат', 'Информированность') }],
      },
    ],
  };
  if (
    !act(
      { type: 'DraftSurvey', data: { surveyId, template }, context: context(draftedAt, admin) },
      draftCommandId,
      'draft-survey',
      { template },
      actorOf(admin),
    )
  )
    return finish();
  let at = draftedAt + random.int(10, 120) * 60_000;
  if (!act({ type: 'SubmitSurvey', data: {}, context: context(at, admin) }, random.uuid(), 'submit-survey', {}, actorOf(admin))) return finish();
  at = Math.min(world.workingMoment(random, at, random.int(0, 1)), Date.parse(state.opensAt as string) - 3_600_000);
  if (!act({ type: 'ApproveSurvey', context: context(at, OPERATOR) }, random.uuid(), 'approve-survey', {}, actorOf(OPERATOR))) return finish();

  const opensAt = Date.parse(state.opensAt as string);
  const closesAt = Date.parse(state.closesAt as string);
  const plan: { at: number; order: number; run: () => void }[] = [];
  const announce = (announceAt: number, time: number) =>
    plan.push({
      at: announceAt,
      order: plan.length,
      run: () => {
        const url = `https://${holderId}.gov.kz/surveys/${index}/announcement-${time}`;
        act({ type: 'AnnounceSurvey', data: { url }, context: context(announceAt, admin) }, random.uuid(), 'announce-survey', { url }, actorOf(admin));
      },
    });
  let announceAt = random.chance(0.1) ? world.workingMoment(random, opensAt, random.int(2, 3)) : opensAt + random.int(1, 8) * 3_600_000;
  announce(announceAt, 1);
  while (closesAt - announceAt > 14 * 86_400_000 && closesAt - opensAt > 31 * 86_400_000) {
    announceAt += (random.chance(0.15) ? random.int(15, 18) : random.int(10, 13)) * 86_400_000;
    if (announceAt < closesAt) announce(announceAt, plan.length + 1);
  }
  const votes = Math.max(1, Math.round(votesPerSurvey * (0.3 + random.next() * 1.4)));
  const voters = new Set<string>();
  for (let v = 0; v < votes; v += 1) {
    const organisation = random.chance(0.03);
    const voter = { kind: organisation ? 'organisation' : 'citizen', id: organisation ? world.organisation(random) : world.citizen(random) } as const;
    const key = `${voter.kind}:${voter.id}`;
    if (voters.has(key)) continue; // one ballot per person (a second try is refused and writes nothing)
    voters.add(key);
    const castAt = opensAt + Math.floor(random.next() * (closesAt - opensAt));
    plan.push({ at: castAt, order: plan.length, run: () => cast(voter, castAt) });
  }
  plan.sort((a, b) => a.at - b.at || a.order - b.order);
  for (const step of plan) if (step.at < world.end) step.run();
  act({ type: 'CloseSurvey', context: context(closesAt + random.int(1, 30) * 3_600_000, admin) }, random.uuid(), 'close-survey', {}, actorOf(admin));
  return finish();

  function cast(voter: { kind: 'citizen' | 'organisation'; id: string }, castAt: number): void {
    const voterId = voterIdFor(voter);
    const [single, multiple] = state.questions;
    const answers = [
      { questionId: single.questionId, optionIds: [random.pick(single.options).optionId] },
      { questionId: multiple.questionId, optionIds: multiple.options.filter(() => random.chance(0.5)).map((option) => option.optionId) },
    ];
    if (answers[1].optionIds.length === 0) answers[1].optionIds.push(multiple.options[0].optionId);
    const decision = decideBallot(
      { type: 'CastBallot', data: { surveyId, voterId, answers }, context: { now: new Date(castAt), actor: voter, phoneVerified: true, survey: state } },
      initialBallotState,
    );
    out.command(
      {
        streamId: ballotStream(surveyId, voterId),
        commandId: random.uuid(),
        action: 'cast-ballot',
        body: { surveyId, answers },
        actor: voter,
        now: new Date(castAt),
        holderId,
      },
      decision,
      random.int(5, 60),
    );
  }

  function finish(): RecordedFacts {
    clocks.timeUntil(world.end);
    return out;
  }
}
