import type { RecordedEvent } from '@od/event-store';
import type { StaffMember } from '../staff/staff-grants';
import { recipientsOf, staffClockFactOf, staffClockNotices, staffNoticeIdFor, type StaffClockFact } from './clock-notice';

// Kazatomprom's staff with active access: one each of the four roles, and one who is responder and first head.
const ADMIN = '780302300111';
const RESPONDER = '820711400220';
const HEAD = '790808300997';
const OFFICER = '760514300110';
const BOTH = '850101300333';
const kazatomprom: StaffMember[] = [
  { employeeIin: ADMIN, role: 'administrator' },
  { employeeIin: RESPONDER, role: 'responder' },
  { employeeIin: HEAD, role: 'first_head' },
  { employeeIin: OFFICER, role: 'information_officer' },
];

const REQUEST_ID = '3c9e8f00-5555-4c55-9f31-3f7f5a9d0c05';
// R4 due at Almaty midnight of 18 December 2026: the last day on time is 17 December.
const DUE_AT = '2026-12-17T19:00:00.000Z';

function recorded(event: { type: string; data: unknown }, eventId = '11111111-2222-4333-8444-555555555555'): RecordedEvent {
  return {
    ...event,
    schemaVersion: 1,
    streamId: `deadline-${REQUEST_ID}`,
    metadata: { eventId, commandId: eventId, correlationId: 'k', causationId: 'c', actor: { kind: 'system', id: 'deadlines' }, occurredAt: '' },
  } as unknown as RecordedEvent;
}

const clock = (rule: string, subject = { kind: 'request', id: REQUEST_ID, holderId: 'kazatomprom' }) => ({ clockId: 'clock-1', rule, subject, dueAt: DUE_AT });
const warning = (rule: string, subject?: { kind: string; id: string; holderId: string }) =>
  recorded({ type: 'ClockWarningIssued', data: { ...clock(rule, subject), warnedAt: '2026-12-16T19:00:00.000Z' } });
const breach = (rule: string, metLate = false) => recorded({ type: 'ClockBreached', data: { ...clock(rule), breachedAt: DUE_AT, metLate } });
const fact = (event: RecordedEvent) => staffClockFactOf(event) as RecordedEvent<StaffClockFact>;
const now = new Date('2026-12-16T19:00:05.000Z');

describe('Staff notices: who is told when a clock of their holder warns or breaches', () => {
  it('R4: given the holder’s four staff, when the answer clock warns, then the responder and the first head are told, not the administrator or the officer', () => {
    expect(recipientsOf(fact(warning('R4')), kazatomprom)).toEqual([RESPONDER, HEAD].sort());
  });

  it('R2, R3: given the same staff, when moderation or return clocks breach, then only the administrator is told', () => {
    expect(recipientsOf(fact(breach('R2')), kazatomprom)).toEqual([ADMIN]);
    expect(recipientsOf(fact(warning('R3')), kazatomprom)).toEqual([ADMIN]);
  });

  it('R5: given the same staff, when telling the user of an extension is due, then only the first head (who extends) is told', () => {
    expect(recipientsOf(fact(warning('R5')), kazatomprom)).toEqual([HEAD]);
  });

  it('R6: given one employee who is both responder and first head, when the refusal clock warns, then they get one notice, not two', () => {
    const notices = staffClockNotices(
      fact(warning('R6')),
      [...kazatomprom, { employeeIin: BOTH, role: 'responder' }, { employeeIin: BOTH, role: 'first_head' }],
      now,
    );
    expect(notices.map((notice) => notice.data.userId).sort()).toEqual([BOTH, HEAD, RESPONDER].sort());
  });

  it('C3, C4, C5: given a conference’s, a survey’s or a topic application’s clock, then the holder’s administrator is told what to do', () => {
    const survey = staffClockNotices(fact(warning('C3', { kind: 'survey', id: 'survey-1', holderId: 'kazatomprom' })), kazatomprom, now);
    expect(survey.map((notice) => [notice.data.userId, notice.data.texts?.en.body])).toEqual([
      [
        ADMIN,
        'Announce the survey on the holder’s site: survey survey-1, National Atomic Company Kazatomprom JSC. Due by the end of 17 December 2026, Almaty time.',
      ],
    ]);
    const conference = staffClockNotices(fact(warning('C4', { kind: 'conference', id: 'conf-1', holderId: 'kazatomprom' })), kazatomprom, now);
    expect(conference.map((notice) => [notice.data.userId, notice.data.texts?.ru.body])).toEqual([
      [ADMIN, 'Ответить на вопросы конференции: конференция conf-1, АО «НАК «Казатомпром». Срок: до конца дня 17 декабря 2026 г., время Алматы.'],
    ]);
    const application = staffClockNotices(fact(warning('C5', { kind: 'topic-application', id: 'app-1', holderId: 'kazatomprom' })), kazatomprom, now);
    expect(application.map((notice) => [notice.data.userId, notice.data.applicationId, notice.data.requestId])).toEqual([[ADMIN, 'app-1', undefined]]);
  });

  it('given no active staff in the roles that must act, then nobody is told', () => {
    expect(staffClockNotices(fact(warning('R4')), [{ employeeIin: ADMIN, role: 'administrator' }], now)).toEqual([]);
  });
});

describe('Staff notices: what they say, and once per fact and recipient', () => {
  it('R4 warning: says what is due, for which request, and the last day in words in kk, ru and en; carries the fact’s instant and the due instant', () => {
    const [toHead] = staffClockNotices(fact(warning('R4')), [{ employeeIin: HEAD, role: 'first_head' }], now, 'Uranium exports 2025');
    expect(toHead.data).toMatchObject({
      userId: HEAD,
      kind: 'clock_warning',
      requestId: REQUEST_ID,
      clock: { clockId: 'clock-1', rule: 'R4', subject: { kind: 'request', id: REQUEST_ID, holderId: 'kazatomprom' } },
      factAt: '2026-12-16T19:00:00.000Z',
      dueAt: DUE_AT,
      issuedAt: now.toISOString(),
    });
    expect(toHead.data.texts).toEqual({
      kk: {
        title: 'Мерзім аяқталуда (R4)',
        body: 'Сұрауға жауап беру: «Uranium exports 2025» сұрауы, «Қазатомөнеркәсіп» ҰАК АҚ. Мерзімі: 2026 жылғы 17 желтоқсан күннің соңына дейін, Алматы уақыты.',
      },
      ru: {
        title: 'Срок истекает (R4)',
        body: 'Ответить на запрос: запрос «Uranium exports 2025», АО «НАК «Казатомпром». Срок: до конца дня 17 декабря 2026 г., время Алматы.',
      },
      en: {
        title: 'A term ends soon (R4)',
        body: 'Answer the request: request “Uranium exports 2025”, National Atomic Company Kazatomprom JSC. Due by the end of 17 December 2026, Almaty time.',
      },
    });
  });

  it('R4 breach: the notice says the term passed unmet; a breach met late (the act came after the due instant) tells nobody, nor does a clock’s start', () => {
    const [toResponder] = staffClockNotices(fact(breach('R4')), [{ employeeIin: RESPONDER, role: 'responder' }], now);
    expect(toResponder.data).toMatchObject({ kind: 'clock_breached', factAt: DUE_AT, dueAt: DUE_AT });
    expect(toResponder.data.texts?.en.body).toBe(
      `The term passed unmet. Answer the request: request “${REQUEST_ID}”, National Atomic Company Kazatomprom JSC. It was due by the end of 17 December 2026, Almaty time.`,
    );
    expect(staffClockFactOf(breach('R4', true))).toBeUndefined();
    expect(staffClockFactOf(recorded({ type: 'ClockStarted', data: { ...clock('R4'), startedAt: 'a', warnAt: 'b', explanation: {} } }))).toBeUndefined();
  });

  it('a warning stored before the clock family was one (DeadlineWarningIssued) tells the same staff', () => {
    const legacy = recorded({
      type: 'DeadlineWarningIssued',
      data: { clockId: 'clock-1', rule: 'R4', requestId: REQUEST_ID, holderId: 'kazatomprom', dueAt: DUE_AT, warnedAt: '2026-12-16T19:00:00.000Z' },
    });
    expect(recipientsOf(fact(legacy), kazatomprom)).toEqual([RESPONDER, HEAD].sort());
  });

  it('the same fact handled again (a redelivery) makes the same notice ids; each recipient’s id differs, and none is the citizen notice id of the fact', () => {
    const first = staffClockNotices(fact(warning('R4')), kazatomprom, now).map((notice) => notice.data.noticeId);
    const again = staffClockNotices(fact(warning('R4')), kazatomprom, new Date('2026-12-18T00:00:00.000Z')).map((notice) => notice.data.noticeId);
    expect(again).toEqual(first);
    expect(new Set(first).size).toBe(2);
    expect(first).toEqual([HEAD, RESPONDER].sort().map((iin) => staffNoticeIdFor('11111111-2222-4333-8444-555555555555', iin)));
  });
});
