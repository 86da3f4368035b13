import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { commandSubject, type SurveyActionMessage, type SurveyCommandReply, type Verified } from '@od/contracts';
import type { EventStore } from '@od/event-store';
import { CLOCK, EVENT_STORE, readPlatformConfig, type Clock } from '@od/platform';
import { handleSurveyCommand, surveyActorOf } from '../handle-survey-command';

/** C3: the administrator records the announcement posted on the agency's own site (a link). */
@Controller()
export class AnnounceSurveyHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @MessagePattern(commandSubject(readPlatformConfig().subjectRoot, 'surveys', 'announce'))
  handle(@Payload() message: Verified<SurveyActionMessage>): Promise<SurveyCommandReply> {
    const context = { now: this.clock.now(), actor: surveyActorOf(message) };
    const action = message.data;
    if (action.action !== 'announce') return Promise.resolve({ ok: false, rejection: { code: 'survey_wrong_state', message: `Expected a announce action, got ${action.action}` } });
    return handleSurveyCommand(this.store, message, message.surveyId as string, 'existing', { type: 'AnnounceSurvey', data: { url: action.url }, context });
  }
}
