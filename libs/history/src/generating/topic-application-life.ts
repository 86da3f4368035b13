import { topicApplicationStream, type Actor, type TopicApplicationEvent } from '@od/contracts';
import {
  conferenceClockTable,
  decideTopicApplication,
  DEFAULT_WARNING_WORKING_DAYS,
  evolveTopicApplication,
  idFromClientCommand,
  initialTopicApplicationState,
  type ConferenceActor,
  type ConferenceFact,
  type TopicApplicationCommand,
  type TopicApplicationState,
} from '@od/domain';
import { ClockSimulation } from './clock-simulation';
import type { HistoryWorld } from './history-world';
import { SeededRandom } from './seeded-random';
import { RecordedFacts } from './subject-facts';
import { CONFERENCE_TOPICS } from './texts';

/**
 * A user's application for a conference topic (C5) through `decideTopicApplication`: the holder's administrator
 * accepts it or refuses it with a reason, within 5 working days or (the holder's conduct) late, now and then
 * never. Its C5 clock (`conferenceClockTable`) as the deadlines service records it.
 */
export function topicApplicationLife(world: HistoryWorld, index: number, submittedAt: number): RecordedFacts {
  const random = SeededRandom.forSubject(world.seed, 'topic-application', index);
  const out = new RecordedFacts(submittedAt);
  const clocks = new ClockSimulation(conferenceClockTable, { calendar: world.calendar, warningWorkingDays: DEFAULT_WARNING_WORKING_DAYS }, out, random);
  const holderId = random.pick(world.holderIds);
  const commandId = random.uuid();
  const applicationId = idFromClientCommand('topicApplication', commandId);
  const streamId = topicApplicationStream(applicationId);
  let state: TopicApplicationState = initialTopicApplicationState;

  const act = (command: TopicApplicationCommand, id: string, action: string, body: unknown, actor: ConferenceActor): boolean => {
    if (command.context.now.getTime() >= world.end) return false;
    const by: Actor = { kind: actor.kind, id: actor.id };
    for (const fact of out.command(
      { streamId, commandId: id, action, body, actor: by, now: command.context.now, holderId },
      decideTopicApplication(command, state),
      random.int(5, 120),
    )) {
      state = evolveTopicApplication(state, fact as unknown as TopicApplicationEvent);
      clocks.fact({ ...(fact as unknown as TopicApplicationEvent), eventId: fact.metadata.eventId } as ConferenceFact, fact);
    }
    return true;
  };

  const applicant: ConferenceActor = { kind: 'citizen', id: world.citizen(random), staffRoles: [], phoneVerified: true };
  const language = random.weighted({ kk: 0.45, ru: 0.5, en: 0.05 });
  const topic = random.pick(CONFERENCE_TOPICS)[language];
  const text = {
    kk: 'Осы тақырыпта конференция өткізуді ұсынамын.',
    ru: 'Предлагаю провести конференцию на эту тему.',
    en: 'I propose a conference on this topic.',
  }[language];
  const data = { applicationId, holderId, topic, text, language };
  const context = (at: number, actor: ConferenceActor) => ({ now: new Date(at), actor, calendar: world.calendar });
  if (
    !act(
      { type: 'ApplyForConferenceTopic', data, context: { ...context(submittedAt, applicant), holderExists: true } },
      commandId,
      'apply-for-conference-topic',
      { holderId, topic, text, language },
      applicant,
    )
  ) {
    return finish();
  }
  const conduct = world.conductOf(holderId);
  if (!random.chance(conduct.neverAnswered)) {
    const member = random.pick(world.staffOf(holderId, 'administrator'));
    const admin: ConferenceActor = { kind: 'staff', id: member.accountId, holderId, staffRoles: member.roles, phoneVerified: true };
    const at = world.workingMoment(random, submittedAt, random.chance(conduct.lateModeration) ? random.int(6, 9) : random.int(0, 4));
    if (random.chance(0.7)) act({ type: 'AcceptTopicApplication', context: context(at, admin) }, random.uuid(), 'accept-topic-application', {}, admin);
    else {
      const reason = 'Тема не относится к компетенции ведомства.';
      act({ type: 'RefuseTopicApplication', data: { reason }, context: context(at, admin) }, random.uuid(), 'refuse-topic-application', { reason }, admin);
    }
  }
  return finish();

  function finish(): RecordedFacts {
    clocks.timeUntil(world.end);
    return out;
  }
}
