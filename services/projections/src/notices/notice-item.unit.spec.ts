import { NoticeViewEntity } from './notice-view.entity';
import { noticeItemOf } from './notice-item';

const base = {
  noticeId: '824a970e-3f93-5c23-ac33-05ee7ec033b4',
  userId: '820711400220',
  requestId: '3c9e8f00-5555-4c55-9f31-3f7f5a9d0c05',
  applicationId: null,
  causedByEventId: '11111111-2222-4333-8444-555555555555',
  issuedAt: new Date('2026-12-16T19:00:05.000Z'),
  position: '1:1',
};

describe('GET /api/me/notices: a notice as its reader gets it', () => {
  it('given a staff notice kept in every language, then it is read in the reader’s, with the fact’s instant and the last day in words', () => {
    const staffNotice = Object.assign(new NoticeViewEntity(), {
      ...base,
      kind: 'clock_warning',
      language: 'kk',
      title: 'Мерзім аяқталуда (R4)',
      body: 'kk body',
      texts: {
        kk: { title: 'Мерзім аяқталуда (R4)', body: 'kk body' },
        ru: { title: 'Срок истекает (R4)', body: 'ru body' },
        en: { title: 'A term ends soon (R4)', body: 'en body' },
      },
      clock: { clockId: 'clock-1', rule: 'R4', subject: { kind: 'request', id: base.requestId, holderId: 'kazatomprom' } },
      factAt: new Date('2026-12-16T19:00:00.000Z'),
      dueAt: new Date('2026-12-17T19:00:00.000Z'),
    });
    expect(noticeItemOf(staffNotice, 'ru')).toMatchObject({
      language: 'ru',
      title: 'Срок истекает (R4)',
      body: 'ru body',
      factAt: '2026-12-16T19:00:00.000Z',
      dueAt: '2026-12-17T19:00:00.000Z',
      lastDay: '2026-12-17',
      lastDayText: 'до конца дня 17 декабря 2026 г., время Алматы',
      clock: { rule: 'R4' },
    });
  });

  it('given a citizen’s notice (in the request’s language) issued before dates were kept, then it stays in its language with null dates', () => {
    expect(noticeItemOf(anAcceptanceNotice({ factAt: null }), 'kk')).toMatchObject({
      language: 'en',
      title: 'Your request was accepted',
      factAt: null,
      dueAt: null,
      lastDay: null,
      lastDayText: null,
    });
  });

  it('given an acceptance notice, when the answer term (R4) runs, then it carries that term’s last day in the notice’s language; other notices do not', () => {
    const r4Due = new Date('2026-04-06T19:00:00.000Z');
    expect(noticeItemOf(anAcceptanceNotice(), 'kk', r4Due)).toMatchObject({
      dueAt: '2026-04-06T19:00:00.000Z',
      lastDay: '2026-04-06',
      lastDayText: 'by the end of 6 April 2026, Almaty time',
    });
    expect(noticeItemOf(anAcceptanceNotice({ kind: 'request_returned' }), 'kk', r4Due)).toMatchObject({ dueAt: null });
  });
});

/** A citizen's acceptance notice in English, with no due instant of its own. */
function anAcceptanceNotice(overrides: Partial<NoticeViewEntity> = {}): NoticeViewEntity {
  return Object.assign(new NoticeViewEntity(), {
    ...base,
    kind: 'request_accepted',
    language: 'en',
    title: 'Your request was accepted',
    body: 'b',
    texts: null,
    clock: null,
    factAt: new Date('2026-03-26T05:00:00.000Z'),
    dueAt: null,
    ...overrides,
  });
}
