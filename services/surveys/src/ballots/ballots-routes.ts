import { ballotStream, castBallot, type BallotEvent } from '@od/contracts';
import { decideBallot, evolveBallot, initialBallotState, voterIdFor, type BallotState, type CastBallotCommand } from '@od/domain';
import { routesFor } from '@od/platform';
import type { PublishedSurveys } from './published-surveys';

/** What the ballot row needs beyond the store: the surveys as published (kept in memory once approved). */
export interface BallotDependencies {
  readonly surveys: PublishedSurveys;
}

/**
 * One ballot per verified user per survey, while it is open. Each ballot is its own stream: a second ballot
 * is refused by the decider, and two raced at once meet the store's version check (`concurrent_change`,
 * 409) — never a double count. No hot stream: ballots never contend.
 */
export const ballotsRoutes = routesFor<BallotState, BallotEvent, CastBallotCommand, BallotDependencies>({
  initialState: initialBallotState,
  evolve: evolveBallot,
  decide: decideBallot,
  holderId: (_event, command) => command.context.survey.holderId,
}).on(castBallot, {
  stream: (message) => ballotStream(message.data.surveyId, voterIdFor(message.actor)),
  // Not 'new': the decider owns "one ballot per voter" and tells it after whether the survey is open (a
  // closed survey's voter hears survey_not_open). An empty stream is still appended with no_stream.
  expected: 'any',
  command: async (message, { now, deps }) => {
    const { surveyId, answers } = message.data;
    const survey = await deps.surveys.get(surveyId);
    return {
      type: 'CastBallot',
      data: { surveyId, voterId: voterIdFor(message.actor), answers },
      context: { now, actor: message.actor, phoneVerified: message.account.phoneVerified, survey },
    };
  },
  reply: (message, { position }) => ({ surveyId: message.data.surveyId, position }),
});
