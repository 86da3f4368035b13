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
      recorded(aRequestFact('RequestRedirected', { toHolderId: 'kazmunaygas', reason: 'r' })),
      recorded(aRequestFact('RequestReceived', { holderId: 'kazmunaygas', fromHolderId: 'kazatomprom', receivedAt: '2026-03-03T05:00:00.000Z' })),
    );
    expect(post).toMatchObject({ holderId: 'kazmunaygas', published: false });
    expect(evolveBlogPost(post, recorded(aRequestFact('RequestAccepted', { holderId: 'kazmunaygas', acceptedAt: '2026-03-04T05:00:00.000Z' })))).toMatchObject({
      published: true,
    });
  });

  it('masks IINs, phone numbers and e-mail addresses in every published text, however written, and marks the post as machine-redacted', () => {
    const post = fold(
      recorded(
        aRequestSubmitted({
          subject: 'ИИН８５０５０５４０００１８',
          text: 'Мой ИИН 850\u200B505 400 018, тел. 8 (727) 272-12-34, почта dana@mail.kz. Школа №12, 2026 год.',
        }),
      ),
      recorded(aRequestFact('RequestAccepted', { acceptedAt: '2026-03-03T05:00:00.000Z' })),
      recorded(aRequestFact('RequestAnswered', { text: 'Ответ направлен на +7.701.123.45.67', answeredAt: '2026-03-07T05:00:00.000Z' })),
    );
    expect(post).toMatchObject({
      subject: 'ИИН[iin-or-bin]',
      text: 'Мой ИИН [iin-or-bin], тел. [phone], почта [email]. Школа №12, 2026 год.',
      redacted: true,
      answerText: 'Ответ направлен на [phone]',
      answerRedacted: true,
    });
  });

  it('does not mark a post whose texts had nothing to mask', () => {
    const post = fold(
      recorded(aRequestSubmitted({ subject: 'Бюджет школы №12', text: 'Прошу опубликовать бюджет на 2026 год: 1 500 000 тенге, от 05.05.2026.' })),
      recorded(aRequestFact('RequestRefused', { groundCode: 'g', reasonText: 'Ст. 11 п. 16', refusedAt: '2026-03-07T05:00:00.000Z' })),
    );
    expect(post).toMatchObject({ redacted: false, answerRedacted: false, text: 'Прошу опубликовать бюджет на 2026 год: 1 500 000 тенге, от 05.05.2026.' });
  });
});
