import { acceptRequest, redirectRequest, returnRequest } from '@od/contracts';
import { requestActorOf, requestAggregate, requestStreamOf } from '@od/domain';
import { holderOnRecordInStore, routesFor, withAction } from '@od/platform';

/**
 * R2, R3: the holder's administrator accepts a received request, redirects it to the competent holder or
 * returns it under Article 11. One row per command, each on an existing request.
 */
export const requestsRoutes = routesFor(requestAggregate)
  .on(acceptRequest, {
    stream: requestStreamOf,
    expected: 'existing',
    command: (message, { now }) => ({ type: 'AcceptRequest', context: { now, actor: requestActorOf(message) } }),
    fingerprintBody: withAction('accept'),
  })
  .on(redirectRequest, {
    stream: requestStreamOf,
    expected: 'existing',
    command: async (message, { now, store }) => {
      const { toHolderId, reason } = message.data;
      return {
        type: 'RedirectRequest',
        data: { toHolderId, reason },
        context: { now, actor: requestActorOf(message), toHolder: await holderOnRecordInStore(store, toHolderId) },
      };
    },
    fingerprintBody: withAction('redirect'),
  })
  .on(returnRequest, {
    stream: requestStreamOf,
    expected: 'existing',
    command: (message, { now }) => ({
      type: 'ReturnRequest',
      data: { reasonCode: message.data.reasonCode, reasonText: message.data.reasonText },
      context: { now, actor: requestActorOf(message) },
    }),
    fingerprintBody: withAction('return'),
  });
