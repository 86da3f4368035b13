import type { AgencyQueueItem, ClockView } from '@od/contracts';
import { loadCatalogues, translatorFor } from '../../i18n/translator';
import { clockInWords, inPageLanguage, queueRow } from './agency-views';
import { decisionNamed, decisionsFor } from './decisions';

const catalogues = loadCatalogues();
const en = translatorFor('en', catalogues.en);
const ru = translatorFor('ru', catalogues.ru);

/** An R4 clock: 15 calendar days from receipt on 25 February 2026, the 12th of March moved from a Sunday. */
const countedFromReceipt = {
  rule: 'calendar-days',
  start: '2026-02-25T05:00:00.000Z',
  days: 15,
  calendarVersions: ['2026.1'],
  movedFrom: '2026-03-08',
} as const;
const answerClock: ClockView = {
  kind: 'request',
  subjectId: 'r-1',
  requestId: 'r-1',
  holderId: 'kazatomprom',
  rule: 'R4',
  clockId: 'c-1',
  status: 'running',
  open: true,
  dueAt: '2026-03-12T19:00:00.000Z',
  overdue: false,
  startedAt: '2026-02-25T05:00:00.000Z',
  warnedAt: null,
  breachedAt: null,
  stoppedAt: null,
  explanation: countedFromReceipt,
  lastDay: '2026-03-12',
  lastDayText: '',
  mustAct: { holderId: 'kazatomprom', roles: ['responder', 'first_head'] },
};

describe('The agency pages in words', () => {
  it('given an R4 clock moved off a day off, when the page shows it, then it says the last day, the count, the move and the calendar', () => {
    expect(clockInWords(answerClock, 'en', en)).toBe(
      'R4, answer: due by the end of Thursday, 12 March 2026: 15 calendar days from 25 February 2026, moved from Sunday, 8 March 2026, a day off; calendar 2026.1.',
    );
    expect(clockInWords(answerClock, 'ru', ru)).toContain('15 календарных дней с 25 февраля 2026');
    expect(clockInWords({ ...answerClock, explanation: { ...countedFromReceipt, days: 3, rule: 'working-days', movedFrom: undefined } }, 'ru', ru)).toContain(
      '3 рабочих дня с',
    );
  });

  it('given an overdue queue item, when the queue shows it, then its last day is the Almaty day before the exclusive due instant, marked overdue', () => {
    const item = { requestId: 'r-1', subject: 'Budget', status: 'accepted', receivedAt: '2026-02-25T05:00:00.000Z', submittedAt: '2026-02-25T05:00:00.000Z' };
    const row = queueRow({ ...item, nextDueAt: '2026-03-12T19:00:00.000Z', nextDueRule: 'R4', overdue: true } as AgencyQueueItem, 'en', en);
    expect(row).toMatchObject({ href: '/agency/requests/r-1', status: 'Accepted', nextDue: 'by the end of 12 March 2026 (R4, answer)', overdue: true });
  });

  it('given the staff member’s roles and the status, then only the decisions Order 145 lets them take now are offered', () => {
    const names = (roles: string[], status: string) => decisionsFor(roles, status).map((decision) => decision.name);
    expect(names(['administrator'], 'received')).toEqual(['accept', 'redirect', 'return', 'refuse']);
    expect(names(['responder'], 'received')).toEqual([]);
    expect(names(['responder'], 'accepted')).toEqual(['draft', 'answer']);
    expect(names(['first_head'], 'accepted')).toEqual(['answer', 'extend', 'refuse']);
    expect(names(['administrator'], 'answered')).toEqual([]);
  });

  it('given an extension form, then days go as a number when whole and as typed otherwise, the other holders always as a list', () => {
    const extend = decisionNamed('extend');
    expect(extend.body({ days: '10', otherHolderIds: 'kazmunaygas', reason: 'r' })).toEqual({ days: 10, otherHolderIds: ['kazmunaygas'], reason: 'r' });
    expect(extend.body({ days: 'ten', reason: '' })).toEqual({ days: 'ten', otherHolderIds: [], reason: '' });
  });

  it('given a rejection in the account’s language with all three beside it, then the page shows the page’s language and the refusal’s code beside the rule', () => {
    const answer = {
      ok: false,
      status: 422,
      body: {
        error: 'holder_has_no_blog',
        message: 'У этого обладателя нет блога',
        fields: [{ field: 'toHolderId', rule: 'Order 145', message: 'У этого обладателя нет блога' }],
        messages: { kk: 'Блогы жоқ', ru: 'У этого обладателя нет блога', en: 'This holder has no blog' },
      },
    };
    expect(inPageLanguage(answer, 'en').body).toMatchObject({
      message: 'This holder has no blog',
      fields: [{ field: 'toHolderId', message: 'This holder has no blog' }],
    });
  });
});
