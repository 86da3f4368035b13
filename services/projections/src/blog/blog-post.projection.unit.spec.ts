import { aRequestFact, aRequestSubmitted, recorded } from '../../test/facts';
import { evolveBlogPost } from './blog-post.projection';

const fold = (...events: Parameters<typeof evolveBlogPost>[1][]) => events.reduce(evolveBlogPost, null);

describe('A holder’s public blog feed', () => {
  it('shows a request only once accepted, with its answer, and nothing that names the author', () => {
    const submitted = fold(recorded(aRequestSubmitted()));
    expect(submitted?.published).toBe(false);
    const answered = fold(
      recorded(aRequestSubmitted()),
      recorded(aRequestFact('RequestAccepted', { acceptedAt: '2026-03-03T05:00:00.000Z' })),
      recorded(aRequestFact('RequestAnswered', { text: 'Published at example.kz', answeredAt: '2026-03-07T05:00:00.000Z' })),
    );
    expect(answered).toMatchObject({ published: true, outcome: 'answered', answerText: 'Published at example.kz' });
    const shown = JSON.stringify(answered);
    expect(shown).not.toContain('900101300017');
    expect(shown).not.toContain('701 123');
    expect(shown).not.toContain('citizen');
  });

  it('moves to the new holder’s feed on a redirect, shown there once that holder accepts', () => {
    const post = fold(
      recorded(aRequestSubmitted()),
      recorded(aRequestFact('RequestRedirected', { toHolderId: 'ministry-of-healthcare', reason: 'r' })),
      recorded(aRequestFact('RequestReceived', { holderId: 'ministry-of-healthcare', fromHolderId: 'ministry-of-finance', receivedAt: '2026-03-03T05:00:00.000Z' })),
    );
    expect(post).toMatchObject({ holderId: 'ministry-of-healthcare', published: false });
    expect(evolveBlogPost(post, recorded(aRequestFact('RequestAccepted', { holderId: 'ministry-of-healthcare', acceptedAt: '2026-03-04T05:00:00.000Z' })))).toMatchObject({ published: true });
  });
});
