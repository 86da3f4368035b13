import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ballotStream, commandSubject, type BallotEvent, type CastBallotMessage, type CastBallotReply, type Verified } from '@od/contracts';
import { decideBallot, evolveBallot, initialBallotState, voterIdFor, type BallotState } from '@od/domain';
import type { EventStore } from '@od/event-store';
import { CLOCK, clientCommandEnvelope, EVENT_STORE, handleCommand, readPlatformConfig, type Clock } from '@od/platform';
import { PublishedSurveys } from './published-surveys';

/**
 * One ballot per verified user per survey, while it is open. Each ballot is its own stream appended with
 * `no_stream`: a second ballot is refused by the decider, and two raced at once meet the store's version
 * check (`concurrent_change`, 409) — never a double count. No hot stream: ballots never contend.
 */
@Controller()
export class CastBallotHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(PublishedSurveys) private readonly surveys: PublishedSurveys,
  ) {}

  @MessagePattern(commandSubject(readPlatformConfig().subjectRoot, 'surveys', 'cast-ballot'))
  async handle(@Payload() message: Verified<CastBallotMessage>): Promise<CastBallotReply> {
    const now = this.clock.now();
    const { surveyId, answers } = message.data;
    const survey = await this.surveys.get(surveyId);
    const voterId = voterIdFor(message.actor);
    const outcome = await handleCommand<BallotState, BallotEvent, string>(this.store, {
      streamId: ballotStream(surveyId, voterId),
      // Not 'new': the decider owns "one ballot per voter" and tells it after whether the survey is open (a
      // closed survey's voter hears survey_not_open). An empty stream is still appended with no_stream.
      expected: 'any',
      initialState: initialBallotState,
      evolve: evolveBallot,
      decide: (state) => decideBallot({ type: 'CastBallot', data: { surveyId, voterId, answers }, context: { now, actor: message.actor, phoneVerified: message.account.phoneVerified, survey } }, state),
      command: clientCommandEnvelope(message, now, 'CastBallot'),
      holderId: survey.holderId,
    });
    if (!outcome.ok) return outcome;
    return { ok: true, surveyId, position: outcome.position };
  }
}
