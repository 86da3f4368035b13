import type { RequestEvent } from '@od/contracts';
import type { RecordedEvent } from '@od/event-store';
import { noticeFor, noticeIdFor } from './issue-notice';
import { NOTICE_TEMPLATES } from './notice-templates';
import { renderNotice } from './render-notice';

const redirected: RequestEvent = {
  type: 'RequestRedirected',
  schemaVersion: 1,
  data: { requestId: 'r1', holderId: 'kazatomprom', toHolderId: 'kazmunaygas', reason: 'competence', redirectedAt: '2026-03-03T05:00:00Z' },
};

describe('Notice texts', () => {
  it('every kind has a title and body in kk, ru and en, and every placeholder is one a fact fills', () => {
    for (const [kind, byLanguage] of Object.entries(NOTICE_TEMPLATES)) {
      for (const language of ['kk', 'ru', 'en'] as const) {
        const template = byLanguage[language];
        expect({ kind, language, title: template.title.length > 0, body: template.body.length > 0 }).toEqual({ kind, language, title: true, body: true });
        for (const [, name] of `${template.title} ${template.body}`.matchAll(/\{(\w+)\}/g))
          expect(['subject', 'holderName', 'toHolderName', 'reason', 'days', 'topic']).toContain(name);
      }
    }
  });

  it('is written in the request’s language, with the holders named in it', () => {
    expect(renderNotice(redirected, 'Road plan', 'kk')?.text.body).toBe(
      '«Қазатомөнеркәсіп» ҰАК АҚ «Road plan» сұрауыңызды құзыреті бойынша «ҚазМұнайГаз» ҰК АҚ жолдады. Себебі: competence',
    );
    expect(renderNotice(redirected, 'Road plan', 'en')?.text).toEqual({
      title: 'Your request was redirected',
      body: 'National Atomic Company Kazatomprom JSC sent your request "Road plan" on to National Company KazMunayGas JSC, whose competence it is. Reason: competence',
    });
  });

  it('a fact that tells the author nothing makes no notice; the same fact always makes the same notice id', () => {
    expect(
      renderNotice({ type: 'AnswerDrafted', schemaVersion: 1, data: { requestId: 'r1', holderId: 'h', draftId: 'd', text: 't', draftedAt: 't' } }, 's', 'ru'),
    ).toBeUndefined();
    const fact = {
      ...redirected,
      metadata: {
        eventId: '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
        commandId: 'c',
        correlationId: 'k',
        causationId: 'c',
        actor: { kind: 'staff', id: 'a' },
        occurredAt: 't',
      },
    } as unknown as RecordedEvent<RequestEvent>;
    const author = { requestId: 'r1', authorKind: 'citizen', authorId: '900101300017', language: 'ru' as const, subject: 's' };
    const first = noticeFor(fact, author, new Date('2026-03-03T05:00:00Z'));
    const again = noticeFor(fact, author, new Date('2026-03-04T05:00:00Z'));
    expect(first?.metadata.eventId).toBe(noticeIdFor('6ba7b810-9dad-11d1-80b4-00c04fd430c8'));
    expect(again?.metadata.eventId).toBe(first?.metadata.eventId);
    expect(first?.data).toMatchObject({
      userId: '900101300017',
      kind: 'request_redirected',
      language: 'ru',
      causedByEventId: '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
      // Notices carry dates: the instant of the fact it tells of (the redirect's), not when it was issued.
      factAt: '2026-03-03T05:00:00Z',
    });
    expect(first?.metadata.holderId).toBeUndefined();
  });
});
