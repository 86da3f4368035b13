import { surveyStream, type SurveyActionMessage, type SurveyCommandReply, type SurveyEvent, type Verified } from '@od/contracts';
import { decideSurvey, evolveSurvey, initialSurveyState, type SurveyActor, type SurveyCommand, type SurveyState } from '@od/domain';
import type { EventStore } from '@od/event-store';
import { clientCommandEnvelope, handleCommand, type ExpectedStream } from '@od/platform';

/** The acting staff member or operator, as the gateway verified them (holder and active AWP roles). */
export function surveyActorOf(message: Verified<SurveyActionMessage>): SurveyActor {
  return { kind: message.actor.kind, id: message.actor.id, holderId: message.staff.holderId, staffRoles: message.staff.staffRoles };
}

/** Decides one command on `survey-<surveyId>` and appends its facts under the survey's holder. */
export async function handleSurveyCommand(store: EventStore, message: Verified<SurveyActionMessage>, surveyId: string, expected: ExpectedStream, command: SurveyCommand): Promise<SurveyCommandReply> {
  const outcome = await handleCommand<SurveyState, SurveyEvent, string>(store, {
    streamId: surveyStream(surveyId),
    expected,
    initialState: initialSurveyState,
    evolve: evolveSurvey,
    decide: (state) => decideSurvey(command, state),
    command: clientCommandEnvelope(message, command.context.now, command.type),
    holderId: (event) => event.data.holderId,
  });
  if (!outcome.ok) {
    const rejection = outcome.rejection.code === 'stream_not_found' ? { ...outcome.rejection, code: 'survey_not_found', message: `No survey ${surveyId}` } : outcome.rejection;
    return { ok: false, rejection };
  }
  return { ok: true, surveyId, position: outcome.position };
}
