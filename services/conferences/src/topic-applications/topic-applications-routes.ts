import {
  acceptTopicApplication,
  applyForConferenceTopic,
  refuseTopicApplication,
  topicApplicationStream,
  type TopicApplicationCommandMessage,
  type TopicApplicationEvent,
} from '@od/contracts';
import {
  decideTopicApplication,
  evolveTopicApplication,
  initialTopicApplicationState,
  topicApplicationIdFor,
  type TopicApplicationCommand,
  type TopicApplicationState,
} from '@od/domain';
import { holderIsRegistered, idInStream, routesFor, withAction } from '@od/platform';
import { conferenceContextOf } from '../conferences/conferences-routes';

const existing = {
  stream: (message: TopicApplicationCommandMessage<unknown>) => topicApplicationStream(message.applicationId),
  expected: 'existing',
  reply: (message: TopicApplicationCommandMessage<unknown>, { position }: { readonly position: string }) => ({
    position,
    applicationId: message.applicationId,
  }),
} as const;

/** C5: a user applies for a conference topic to a holder (the application id derives from the command id); its administrator accepts or refuses with a reason. */
export const topicApplicationsRoutes = routesFor<TopicApplicationState, TopicApplicationEvent, TopicApplicationCommand>({
  initialState: initialTopicApplicationState,
  evolve: evolveTopicApplication,
  decide: decideTopicApplication,
  holderId: (event) => event.data.holderId,
  refusal: (rejection, streamId) =>
    rejection.code === 'stream_not_found' ? { code: 'topic_application_not_found', message: `No topic application ${idInStream(streamId)}` } : rejection,
})
  .on(applyForConferenceTopic, {
    stream: (message) => topicApplicationStream(topicApplicationIdFor(message.commandId)),
    expected: 'new',
    command: async (message, { now, store }) => {
      const { holderId, topic, text, language } = message.data;
      return {
        type: 'ApplyForConferenceTopic',
        data: { applicationId: topicApplicationIdFor(message.commandId), holderId, topic, text, language },
        context: { ...conferenceContextOf(message, now), holderExists: await holderIsRegistered(store, holderId) },
      };
    },
    fingerprintBody: withAction('apply'),
    reply: (message, { position }) => ({ position, applicationId: topicApplicationIdFor(message.commandId) }),
  })
  .on(acceptTopicApplication, {
    ...existing,
    command: (message, { now }) => ({ type: 'AcceptTopicApplication', context: conferenceContextOf(message, now) }),
    fingerprintBody: withAction('accept'),
  })
  .on(refuseTopicApplication, {
    ...existing,
    command: (message, { now }) => ({ type: 'RefuseTopicApplication', data: { reason: message.data.reason }, context: conferenceContextOf(message, now) }),
    fingerprintBody: withAction('refuse'),
  });
