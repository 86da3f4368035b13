import { kzCalendar } from '@od/calendar';
import {
  announceConference,
  answerConferenceQuestion,
  approveConference,
  askConferenceQuestion,
  closeConference,
  conferenceStream,
  fillConferenceTemplate,
  returnConferenceTemplate,
  reviseConferenceTemplate,
  submitConferenceTemplate,
  type ConferenceCommandMessage,
  type ConferenceEvent,
  type Verified,
} from '@od/contracts';
import {
  conferenceIdFor,
  decideConference,
  evolveConference,
  initialConferenceState,
  questionIdFor,
  type ConferenceCommand,
  type ConferenceCommandContext,
  type ConferenceState,
} from '@od/domain';
import { idInStream, routesFor, withAction } from '@od/platform';

/** Who acts, with their holder and active AWP roles (C7) and whether their phone is verified, and the working calendar. */
export function conferenceContextOf(message: Verified<unknown>, now: Date): ConferenceCommandContext {
  const { actor, staff, account } = message;
  return {
    now,
    calendar: kzCalendar,
    actor: { kind: actor.kind, id: actor.id, holderId: staff.holderId, staffRoles: staff.staffRoles, phoneVerified: account.phoneVerified },
  };
}

const existing = {
  stream: (message: ConferenceCommandMessage<unknown>) => conferenceStream(message.conferenceId),
  expected: 'existing',
  reply: (message: ConferenceCommandMessage<unknown>, { position }: { readonly position: string }) => ({ position, conferenceId: message.conferenceId }),
} as const;

/**
 * C1–C5, C8: every command on a conference is a row. The conference id (filling) and the question id
 * (asking) derive from the client's command id, so a retry lands on the same.
 */
export const conferencesRoutes = routesFor<ConferenceState, ConferenceEvent, ConferenceCommand>({
  initialState: initialConferenceState,
  evolve: evolveConference,
  decide: decideConference,
  holderId: (event) => event.data.holderId,
  refusal: (rejection, streamId) =>
    rejection.code === 'stream_not_found' ? { code: 'conference_not_found', message: `No conference ${idInStream(streamId)}` } : rejection,
})
  .on(fillConferenceTemplate, {
    stream: (message) => conferenceStream(conferenceIdFor(message.commandId)),
    expected: 'new',
    command: (message, { now }) => ({
      type: 'FillConferenceTemplate',
      data: { conferenceId: conferenceIdFor(message.commandId), holderId: message.staff.holderId ?? '', template: message.data.template },
      context: conferenceContextOf(message, now),
    }),
    fingerprintBody: withAction('fill'),
    reply: (message, { position }) => ({ position, conferenceId: conferenceIdFor(message.commandId) }),
  })
  .on(reviseConferenceTemplate, {
    ...existing,
    command: (message, { now }) => ({
      type: 'ReviseConferenceTemplate',
      data: { template: message.data.template },
      context: conferenceContextOf(message, now),
    }),
    fingerprintBody: withAction('revise'),
  })
  .on(submitConferenceTemplate, {
    ...existing,
    command: (message, { now }) => ({ type: 'SubmitConferenceTemplate', context: conferenceContextOf(message, now) }),
    fingerprintBody: withAction('submit'),
  })
  .on(approveConference, {
    ...existing,
    command: (message, { now }) => ({ type: 'ApproveConference', context: conferenceContextOf(message, now) }),
    fingerprintBody: withAction('approve'),
  })
  .on(returnConferenceTemplate, {
    ...existing,
    command: (message, { now }) => ({ type: 'ReturnConferenceTemplate', data: { reason: message.data.reason }, context: conferenceContextOf(message, now) }),
    fingerprintBody: withAction('return'),
  })
  .on(announceConference, {
    ...existing,
    command: (message, { now }) => ({
      type: 'AnnounceConference',
      data: { url: message.data.url, ...(message.data.publishedAt !== undefined ? { publishedAt: message.data.publishedAt } : {}) },
      context: conferenceContextOf(message, now),
    }),
    fingerprintBody: withAction('announce'),
  })
  .on(askConferenceQuestion, {
    ...existing,
    command: (message, { now }) => ({
      type: 'AskConferenceQuestion',
      data: { questionId: questionIdFor(message.commandId), text: message.data.text },
      context: conferenceContextOf(message, now),
    }),
    fingerprintBody: withAction('ask'),
    reply: (message, { position }) => ({ position, conferenceId: message.conferenceId, questionId: questionIdFor(message.commandId) }),
  })
  .on(answerConferenceQuestion, {
    ...existing,
    command: (message, { now }) => ({
      type: 'AnswerConferenceQuestion',
      data: { questionId: message.data.questionId, text: message.data.text },
      context: conferenceContextOf(message, now),
    }),
    fingerprintBody: withAction('answer'),
  })
  .on(closeConference, {
    ...existing,
    command: (message, { now }) => ({ type: 'CloseConference', context: conferenceContextOf(message, now) }),
    fingerprintBody: withAction('close'),
  });
