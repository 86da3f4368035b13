import {
  announceSurvey,
  approveSurvey,
  closeSurvey,
  draftSurvey,
  returnSurvey,
  submitSurvey,
  surveyStream,
  type SurveyCommandMessage,
  type SurveyEvent,
  type Verified,
} from '@od/contracts';
import { decideSurvey, evolveSurvey, initialSurveyState, surveyIdFor, type SurveyCommand, type SurveyContext, type SurveyState } from '@od/domain';
import { idInStream, routesFor, withAction } from '@od/platform';

/** The acting staff member or operator, as the service verified them (holder and active AWP roles). */
function surveyContextOf(message: Verified<unknown>, now: Date): SurveyContext {
  return { now, actor: { kind: message.actor.kind, id: message.actor.id, holderId: message.staff.holderId, staffRoles: message.staff.staffRoles } };
}

const existing = {
  stream: (message: SurveyCommandMessage<unknown>) => surveyStream(message.surveyId),
  expected: 'existing',
  reply: (message: SurveyCommandMessage<unknown>, { position }: { readonly position: string }) => ({ surveyId: message.surveyId, position }),
} as const;

/** C1, C2, C3, C6, C8: the agency prepares, submits, announces and closes its survey; the operator approves or returns it. */
export const surveysRoutes = routesFor<SurveyState, SurveyEvent, SurveyCommand>({
  initialState: initialSurveyState,
  evolve: evolveSurvey,
  decide: decideSurvey,
  holderId: (event) => event.data.holderId,
  refusal: (rejection, streamId) =>
    rejection.code === 'stream_not_found' ? { ...rejection, code: 'survey_not_found', message: `No survey ${idInStream(streamId)}` } : rejection,
})
  .on(draftSurvey, {
    // The survey id comes from the command id: a retried draft is the same survey.
    stream: (message) => surveyStream(surveyIdFor(message.commandId)),
    expected: 'new',
    command: (message, { now }) => ({
      type: 'DraftSurvey',
      data: { surveyId: surveyIdFor(message.commandId), template: message.data.template },
      context: surveyContextOf(message, now),
    }),
    fingerprintBody: withAction('draft'),
    reply: (message, { position }) => ({ surveyId: surveyIdFor(message.commandId), position }),
  })
  .on(submitSurvey, {
    ...existing,
    command: (message, { now }) => ({
      type: 'SubmitSurvey',
      data: { launchDate: message.data.launchDate, closingDate: message.data.closingDate },
      context: surveyContextOf(message, now),
    }),
    fingerprintBody: withAction('submit'),
  })
  .on(approveSurvey, {
    ...existing,
    command: (message, { now }) => ({ type: 'ApproveSurvey', context: surveyContextOf(message, now) }),
    fingerprintBody: withAction('approve'),
  })
  .on(returnSurvey, {
    ...existing,
    command: (message, { now }) => ({ type: 'ReturnSurvey', data: { reason: message.data.reason }, context: surveyContextOf(message, now) }),
    fingerprintBody: withAction('return'),
  })
  .on(announceSurvey, {
    ...existing,
    command: (message, { now }) => ({
      type: 'AnnounceSurvey',
      data: { url: message.data.url, ...(message.data.publishedAt !== undefined ? { publishedAt: message.data.publishedAt } : {}) },
      context: surveyContextOf(message, now),
    }),
    fingerprintBody: withAction('announce'),
  })
  .on(closeSurvey, {
    ...existing,
    command: (message, { now }) => ({ type: 'CloseSurvey', context: surveyContextOf(message, now) }),
    fingerprintBody: withAction('close'),
  });
