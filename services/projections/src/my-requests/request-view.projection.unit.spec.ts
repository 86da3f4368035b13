import { evolveRequest, initialRequestState } from '@od/domain';
import { aRequestFact, aRequestSubmitted, recorded } from '../../test/facts';
import { evolveRequestView } from './request-view.projection';
import { toRequestView } from './request-view.mapping';

const fold = (...events: Parameters<typeof evolveRequestView>[1][]) => events.reduce(evolveRequestView, null);

describe('The author’s view of a request', () => {
  it('says the domain’s status after every fact: a request just submitted is received, as is one redirected', () => {
    const facts = [
      recorded(aRequestSubmitted()),
      recorded(aRequestFact('RequestRedirected', { toHolderId: 'kazmunaygas', reason: 'not our competence', redirectedAt: '2026-03-03T05:00:00.000Z' })),
      recorded(aRequestFact('RequestReceived', { holderId: 'kazmunaygas', fromHolderId: 'kazatomprom', receivedAt: '2026-03-03T05:00:00.000Z' })),
      recorded(aRequestFact('RequestAccepted', { holderId: 'kazmunaygas', acceptedAt: '2026-03-04T05:00:00.000Z' })),
      recorded(aRequestFact('RequestAnswered', { holderId: 'kazmunaygas', text: 'Published.', answeredAt: '2026-03-05T05:00:00.000Z' })),
    ];
    const steps = facts.map((_, index) => facts.slice(0, index + 1));
    const viewStatuses = steps.map((seen) => fold(...seen)?.status);
    const domainStatuses = steps.map((seen) => seen.reduce(evolveRequest, initialRequestState).status);
    expect(viewStatuses).toEqual(domainStatuses);
    expect(viewStatuses).toEqual(['received', 'received', 'received', 'accepted', 'answered']);
  });

  it('follows a redirect: the new holder receives it, the chain keeps where it went, and its acceptance there counts', () => {
    const view = fold(
      recorded(aRequestSubmitted()),
      recorded(aRequestFact('RequestRedirected', { toHolderId: 'kazmunaygas', reason: 'not our competence', redirectedAt: '2026-03-03T05:00:00.000Z' })),
      recorded(aRequestFact('RequestReceived', { holderId: 'kazmunaygas', fromHolderId: 'kazatomprom', receivedAt: '2026-03-03T05:00:00.000Z' })),
      recorded(aRequestFact('RequestAccepted', { holderId: 'kazmunaygas', acceptedAt: '2026-03-04T05:00:00.000Z' })),
    );
    expect(toRequestView(view!)).toMatchObject({
      status: 'accepted',
      holderId: 'kazmunaygas',
      redirects: [{ fromHolderId: 'kazatomprom', toHolderId: 'kazmunaygas', reason: 'not our competence' }],
      acceptedAt: '2026-03-04T05:00:00.000Z',
      receivedAt: '2026-03-03T05:00:00.000Z',
    });
  });

  it('an answer, an extension and a rating are all shown; a draft is not', () => {
    const view = fold(
      recorded(aRequestSubmitted()),
      recorded(aRequestFact('RequestAccepted', { acceptedAt: '2026-03-03T05:00:00.000Z' })),
      recorded(
        aRequestFact('DeadlineExtended', {
          days: 10,
          otherHolderIds: ['kazmunaygas'],
          reason: 'two holders',
          extendedAt: '2026-03-05T05:00:00.000Z',
        }),
      ),
      recorded(aRequestFact('AnswerDrafted', { draftId: 'd1', text: 'internal draft', draftedAt: '2026-03-06T05:00:00.000Z' })),
      recorded(aRequestFact('RequestAnswered', { text: 'The plan is published.', answeredAt: '2026-03-07T05:00:00.000Z' })),
      recorded(aRequestFact('AnswerRated', { rating: 'dislike', reason: 'incomplete', ratedAt: '2026-03-08T05:00:00.000Z' })),
    );
    expect(toRequestView(view!)).toMatchObject({
      status: 'answered',
      extendedDays: 10,
      answer: { text: 'The plan is published.', answeredAt: '2026-03-07T05:00:00.000Z' },
      rating: { rating: 'dislike', reason: 'incomplete' },
    });
    expect(JSON.stringify(toRequestView(view!))).not.toContain('internal draft');
  });

  it('a return and a refusal carry their reasons', () => {
    expect(
      toRequestView(
        fold(
          recorded(aRequestSubmitted()),
          recorded(aRequestFact('RequestReturned', { reasonCode: 'art11', reasonText: 'No subject', returnedAt: '2026-03-02T09:00:00.000Z' })),
        )!,
      ),
    ).toMatchObject({
      status: 'returned',
      reason: { code: 'art11', text: 'No subject' },
    });
    expect(
      toRequestView(
        fold(
          recorded(aRequestSubmitted()),
          recorded(aRequestFact('RequestRefused', { groundCode: 'art11p16', reasonText: 'State secret', refusedAt: '2026-03-04T09:00:00.000Z' })),
        )!,
      ),
    ).toMatchObject({
      status: 'refused',
      reason: { code: 'art11p16', text: 'State secret' },
    });
  });

  it('a fact about a request whose submission it has not seen changes nothing', () => {
    expect(evolveRequestView(null, recorded(aRequestFact('RequestAccepted', { acceptedAt: '2026-03-03T05:00:00.000Z' })))).toBeNull();
  });
});
