import { answerRequest, draftAnswer, extendDeadline, rateAnswer, refuseRequest } from '@od/contracts';
import { idFromClientCommand, requestActorOf, requestAggregate, requestStreamOf } from '@od/domain';
import { holderIsRegistered, routesFor, withAction } from '@od/platform';

/** R4–R7: drafts and answers, the one extension, reasoned refusals, and the author's rating. One row per command. */
export const requestsRoutes = routesFor(requestAggregate)
  .on(draftAnswer, {
    stream: requestStreamOf,
    expected: 'existing',
    // The draft id comes from the command id, so a retried draft is the same draft.
    command: (message, { now }) => ({
      type: 'DraftAnswer',
      data: { draftId: idFromClientCommand('draft', message.commandId), text: message.data.text },
      context: { now, actor: requestActorOf(message) },
    }),
    fingerprintBody: withAction('draft'),
  })
  .on(answerRequest, {
    stream: requestStreamOf,
    expected: 'existing',
    command: (message, { now }) => ({
      type: 'AnswerRequest',
      data: { text: message.data.text, draftId: message.data.draftId },
      context: { now, actor: requestActorOf(message) },
    }),
    fingerprintBody: withAction('answer'),
  })
  .on(extendDeadline, {
    stream: requestStreamOf,
    expected: 'existing',
    command: async (message, { now, store }) => {
      const { days, otherHolderIds, reason } = message.data;
      const known = await Promise.all(otherHolderIds.map(async (id) => ((await holderIsRegistered(store, id)) ? id : undefined)));
      return {
        type: 'ExtendDeadline',
        data: { days, otherHolderIds, reason },
        context: { now, actor: requestActorOf(message), knownHolderIds: known.filter((id): id is string => id !== undefined) },
      };
    },
    fingerprintBody: withAction('extend'),
  })
  .on(refuseRequest, {
    stream: requestStreamOf,
    expected: 'existing',
    command: (message, { now }) => ({
      type: 'RefuseRequest',
      data: { groundCode: message.data.groundCode, reasonText: message.data.reasonText },
      context: { now, actor: requestActorOf(message) },
    }),
    fingerprintBody: withAction('refuse'),
  })
  .on(rateAnswer, {
    stream: requestStreamOf,
    expected: 'existing',
    command: (message, { now }) => ({
      type: 'RateAnswer',
      data: { rating: message.data.rating, reason: message.data.reason },
      context: { now, actor: requestActorOf(message) },
    }),
    fingerprintBody: withAction('rate'),
  });
