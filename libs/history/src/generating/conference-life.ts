import { conferenceStream, type Actor, type ConferenceEvent, type ConferenceTemplate } from '@od/contracts';
import {
  conferenceClockTable,
  decideConference,
  DEFAULT_WARNING_WORKING_DAYS,
  earliestEndFor,
  evolveConference,
  idFromClientCommand,
  initialConferenceState,
  type ConferenceActor,
  type ConferenceCommand,
  type ConferenceFact,
  type ConferenceState,
} from '@od/domain';
import { ClockSimulation } from './clock-simulation';
import type { HistoryWorld, StaffMember } from './history-world';
import { aModerator } from './people';
import { SeededRandom } from './seeded-random';
import { RecordedFacts } from './subject-facts';
import { CONFERENCE_ANSWERS, CONFERENCE_QUESTIONS, CONFERENCE_TOPICS } from './texts';

const OPERATOR: ConferenceActor = { kind: 'operator', id: 'operator-egov-1', staffRoles: [], phoneVerified: true };
const staff = (member: StaffMember): ConferenceActor => ({
  kind: 'staff',
  id: member.accountId,
  holderId: member.holderId,
  staffRoles: member.roles,
  phoneVerified: true,
});

interface Planned {
  readonly at: number;
  readonly order: number;
  readonly run: () => void;
}

/**
 * One internet conference (chapter 3) through `decideConference`: Annex 1 filled and sent to the operator at
 * least 3 working days ahead (C1), sometimes returned once and revised, approved, announced on the agency's
 * site (C3; now and then late), questions from verified users while it runs, answered by its responders (C4;
 * some after the end, and in a few conferences some never, which then cannot close), closed after its end.
 * Its clocks (`conferenceClockTable`) as the deadlines service records them.
 */
export function conferenceLife(world: HistoryWorld, index: number, filledAt: number): RecordedFacts {
  const random = SeededRandom.forSubject(world.seed, 'conference', index);
  const out = new RecordedFacts(filledAt);
  const clocks = new ClockSimulation(conferenceClockTable, { calendar: world.calendar, warningWorkingDays: DEFAULT_WARNING_WORKING_DAYS }, out, random);
  const holderId = random.pick(world.holderIds);
  const admin = random.pick(world.staffOf(holderId, 'administrator'));
  const fillCommandId = random.uuid();
  const conferenceId = idFromClientCommand('conference', fillCommandId);
  const streamId = conferenceStream(conferenceId);
  let state: ConferenceState = initialConferenceState;

  const act = (command: ConferenceCommand, commandId: string, action: string, body: unknown, actor: Actor): boolean => {
    if (command.context.now.getTime() >= world.end) return false;
    for (const fact of out.command(
      { streamId, commandId, action, body, actor, now: command.context.now, holderId },
      decideConference(command, state),
      random.int(5, 120),
    )) {
      state = evolveConference(state, fact as unknown as ConferenceEvent);
      clocks.fact({ ...(fact as unknown as ConferenceEvent), eventId: fact.metadata.eventId } as ConferenceFact, fact);
    }
    return true;
  };
  const context = (at: number, actor: ConferenceActor) => ({ now: new Date(at), actor, calendar: world.calendar });
  const actorOf = (actor: ConferenceActor): Actor => ({ kind: actor.kind, id: actor.id });

  const submitAt = world.workingMoment(random, filledAt, random.int(0, 1));
  const startsAt = world.workingMoment(random, submitAt, random.int(6, 12));
  // C4: at least a working day long (24 working hours), often two or three.
  const endsAt = Math.max(
    world.workingMoment(random, startsAt, random.int(1, 3)),
    Date.parse(earliestEndFor(new Date(startsAt).toISOString(), world.calendar)) + random.int(0, 8) * 3_600_000,
  );
  const topic = random.pick(CONFERENCE_TOPICS);
  const english = random.chance(0.3);
  const text = (kk: string, ru: string, en: string) => ({ kk, ru, ...(english ? { en } : {}) });
  const template: ConferenceTemplate = {
    startsAt: new Date(startsAt).toISOString(),
    endsAt: new Date(endsAt).toISOString(),
    title: text(topic.kk, topic.ru, topic.en),
    summary: text(`${topic.kk}: сұрақтар мен жауаптар`, `${topic.ru}: вопросы и ответы`, `${topic.en}: questions and answers`),
    description: text('Ведомство сұрақтарға жауап береді.', 'Ведомство ответит на вопросы.', 'The agency answers questions.'),
    moderator: aModerator(random, holderId),
  };
  const adminActor = staff(admin);
  if (
    !act(
      { type: 'FillConferenceTemplate', data: { conferenceId, holderId, template }, context: context(filledAt, adminActor) },
      fillCommandId,
      'fill-conference-template',
      { holderId, template },
      actorOf(adminActor),
    )
  )
    return finish();
  if (!act({ type: 'SubmitConferenceTemplate', context: context(submitAt, adminActor) }, random.uuid(), 'submit-conference-template', {}, actorOf(adminActor)))
    return finish();
  let at = submitAt;
  if (random.chance(0.08)) {
    at = world.workingMoment(random, at, random.int(0, 1));
    const reason = 'The Russian description is incomplete';
    if (
      !act(
        { type: 'ReturnConferenceTemplate', data: { reason }, context: context(at, OPERATOR) },
        random.uuid(),
        'return-conference-template',
        { reason },
        actorOf(OPERATOR),
      )
    )
      return finish();
    at += random.int(1, 4) * 3_600_000;
    if (
      !act(
        { type: 'ReviseConferenceTemplate', data: { template }, context: context(at, adminActor) },
        random.uuid(),
        'revise-conference-template',
        { template },
        actorOf(adminActor),
      )
    )
      return finish();
    at += random.int(10, 60) * 60_000;
    if (!act({ type: 'SubmitConferenceTemplate', context: context(at, adminActor) }, random.uuid(), 'submit-conference-template', {}, actorOf(adminActor)))
      return finish();
  }
  at = world.workingMoment(random, at, random.int(0, 1));
  if (!act({ type: 'ApproveConference', context: context(at, OPERATOR) }, random.uuid(), 'approve-conference', {}, actorOf(OPERATOR))) return finish();

  // Everything after approval, in the order it happens.
  const plan: Planned[] = [];
  const announceAt = random.chance(0.12) ? startsAt - random.int(1, 6) * 3_600_000 : at + random.int(1, 20) * 3_600_000;
  const url = `https://${holderId}.gov.kz/news/conference-${index}`;
  plan.push({
    at: announceAt,
    order: plan.length,
    run: () =>
      act(
        { type: 'AnnounceConference', data: { url }, context: context(announceAt, adminActor) },
        random.uuid(),
        'announce-conference',
        { url },
        actorOf(adminActor),
      ),
  });
  const fate = random.weighted({ allAnswered: 0.85, someLate: 0.1, someUnanswered: 0.05 });
  const questions = random.int(2, 25);
  for (let q = 0; q < questions; q += 1) {
    const askAt = startsAt + Math.floor(random.next() * (endsAt - startsAt));
    const askCommandId = random.uuid();
    const questionId = idFromClientCommand('question', askCommandId);
    const user: ConferenceActor = { kind: random.chance(0.95) ? 'citizen' : 'organisation', id: '', staffRoles: [], phoneVerified: true };
    const asker = { ...user, id: user.kind === 'citizen' ? world.citizen(random) : world.organisation(random) };
    const questionText = random.pick(CONFERENCE_QUESTIONS);
    plan.push({
      at: askAt,
      order: plan.length,
      run: () =>
        act(
          { type: 'AskConferenceQuestion', data: { questionId, text: questionText }, context: context(askAt, asker) },
          askCommandId,
          'ask-conference-question',
          { questionId, text: questionText },
          actorOf(asker),
        ),
    });
    const unanswered = fate === 'someUnanswered' && random.chance(0.3);
    if (unanswered) continue;
    const late = fate === 'someLate' && random.chance(0.3);
    const answerAt = late ? endsAt + random.int(1, 48) * 3_600_000 : askAt + Math.floor(random.next() * (endsAt - askAt));
    const responder = staff(random.pick(world.staffOf(holderId, 'responder')));
    const answerText = random.pick(CONFERENCE_ANSWERS);
    plan.push({
      at: answerAt,
      order: plan.length,
      run: () =>
        act(
          { type: 'AnswerConferenceQuestion', data: { questionId, text: answerText }, context: context(answerAt, responder) },
          random.uuid(),
          'answer-conference-question',
          { questionId, text: answerText },
          actorOf(responder),
        ),
    });
  }
  plan.sort((a, b) => a.at - b.at || a.order - b.order);
  for (const step of plan) if (step.at < world.end) step.run();
  if (fate !== 'someUnanswered') {
    const lastAnswer = plan.reduce((last, step) => Math.max(last, step.at), endsAt);
    const closeAt = world.workingMoment(random, lastAnswer, random.int(0, 1));
    act({ type: 'CloseConference', context: context(closeAt, adminActor) }, random.uuid(), 'close-conference', {}, actorOf(adminActor));
  }
  return finish();

  function finish(): RecordedFacts {
    clocks.timeUntil(world.end);
    return out;
  }
}
