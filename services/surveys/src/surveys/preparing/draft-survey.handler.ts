import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { commandSubject, type SurveyActionMessage, type SurveyCommandReply, type Verified } from '@od/contracts';
import type { EventStore } from '@od/event-store';
import { CLOCK, EVENT_STORE, readPlatformConfig, type Clock } from '@od/platform';
import { surveyIdFor } from '@od/domain';
import { handleSurveyCommand, surveyActorOf } from '../handle-survey-command';

/** C8, C2, C1, C6: the agency's administrator prepares the Annex 2 template; the survey id comes from the command id. */
@Controller()
export class DraftSurveyHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @MessagePattern(commandSubject(readPlatformConfig().subjectRoot, 'surveys', 'draft'))
  handle(@Payload() message: Verified<SurveyActionMessage>): Promise<SurveyCommandReply> {
    const context = { now: this.clock.now(), actor: surveyActorOf(message) };
    const action = message.data;
    if (action.action !== 'draft') return Promise.resolve({ ok: false, rejection: { code: 'survey_wrong_state', message: `Expected a draft action, got ${action.action}` } });
    return handleSurveyCommand(this.store, message, surveyIdFor(message.commandId), 'new', { type: 'DraftSurvey', data: { surveyId: surveyIdFor(message.commandId), template: action.template }, context });
  }
}
