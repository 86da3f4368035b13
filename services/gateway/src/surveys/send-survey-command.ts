import type { ClientProxy } from '@nestjs/microservices';
import { commandSubject, type SurveyAction, type SurveyActionMessage, type SurveyCommandReply } from '@od/contracts';
import { askBus } from '../http/bus-request';
import { rejectionToHttp } from '../http/rejection-status';
import { callerOf, type AuthenticatedUser } from '@od/platform';

/** Sends one survey action to the surveys service with the caller's holder and active AWP roles; a refusal becomes its HTTP error. */
export async function sendSurveyAction(bus: ClientProxy, subjectRoot: string, target: { surveyId?: string; commandId: string }, user: AuthenticatedUser, action: SurveyAction) {
  const message: SurveyActionMessage = {
    commandId: target.commandId,
    correlationId: target.commandId,
    caller: callerOf(user),
    ...(target.surveyId ? { surveyId: target.surveyId } : {}),
    data: action,
  };
  const reply = await askBus<SurveyCommandReply>(bus, commandSubject(subjectRoot, 'surveys', action.action), message);
  if (!reply.ok) throw rejectionToHttp(reply, user.locale);
  return { surveyId: reply.surveyId, position: reply.position };
}
