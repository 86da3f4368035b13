import { randomUUID } from 'node:crypto';
import type { ClockEvent, ClockRule, DeadlineEvent, DeadlineRule, DomainEvent, RequestEvent } from '@od/contracts';
import type { RecordedEvent } from '@od/event-store';

/** Small builders of recorded facts for the view functions' tests (positions count up per builder call). */
let sequence = 0n;

export function recorded<E extends DomainEvent>(event: E, occurredAt = '2026-03-02T05:00:00.000Z', streamId = 'request-x'): RecordedEvent<E> {
  sequence += 1n;
  return {
    ...event,
    metadata: {
      eventId: randomUUID(),
      commandId: randomUUID(),
      correlationId: randomUUID(),
      causationId: randomUUID(),
      actor: { kind: 'system', id: 'test' },
      occurredAt,
    },
    streamId,
    streamVersion: Number(sequence),
    position: { transactionId: 1000n, sequence },
    recordedAt: occurredAt,
  } as RecordedEvent<E>;
}

export const REQUEST_ID = '11111111-1111-4111-8111-111111111111';

export function aRequestSubmitted(
  overrides: Partial<Extract<RequestEvent, { type: 'RequestSubmitted' }>['data']> = {},
): Extract<RequestEvent, { type: 'RequestSubmitted' }> {
  return {
    type: 'RequestSubmitted',
    schemaVersion: 1,
    data: {
      requestId: REQUEST_ID,
      holderId: 'kazatomprom',
      author: { kind: 'citizen', id: '900101300017' },
      subject: 'Road repair plan',
      text: 'Please publish the 2027 road repair plan. My IIN is 900101300017, phone +7 701 123 45 67.',
      language: 'ru',
      submittedAt: '2026-03-02T05:00:00.000Z',
      signature: { cms: 'x', certificateFingerprintSha256: 'f', certificateSerialNumber: '1', certificateIssuer: 'CN=Test' },
      ...overrides,
    },
  };
}

type DataOf<T extends RequestEvent['type']> = Extract<RequestEvent, { type: T }>['data'];

export function aRequestFact<T extends RequestEvent['type']>(type: T, data: Partial<DataOf<T>> = {}): Extract<RequestEvent, { type: T }> {
  return { type, schemaVersion: 1, data: { requestId: REQUEST_ID, holderId: 'kazatomprom', ...data } } as unknown as Extract<RequestEvent, { type: T }>;
}

type ClockDataOf<T extends ClockEvent['type']> = Extract<ClockEvent, { type: T }>['data'];

/** A request clock's fact (R4 of the finance ministry unless told otherwise), as the deadlines service records it now. */
export function aClockFact<T extends ClockEvent['type']>(
  type: T,
  data: Partial<ClockDataOf<T>> & { rule?: ClockRule; requestId?: string } = {},
): Extract<ClockEvent, { type: T }> {
  const { requestId = REQUEST_ID, ...rest } = data;
  return {
    type,
    schemaVersion: 1,
    data: {
      subject: { kind: 'request', id: requestId, holderId: 'kazatomprom' },
      rule: 'R4',
      clockId: 'R4/kazatomprom',
      dueAt: '2026-03-17T18:59:59.999Z',
      ...rest,
    },
  } as unknown as Extract<ClockEvent, { type: T }>;
}

type LegacyClockDataOf<T extends DeadlineEvent['type']> = Extract<DeadlineEvent, { type: T }>['data'];

/** A request clock's fact as the deadlines service recorded it before the clock family was one (`Deadline*`). */
export function aLegacyClockFact<T extends DeadlineEvent['type']>(
  type: T,
  data: Partial<LegacyClockDataOf<T>> & { rule?: DeadlineRule } = {},
): Extract<DeadlineEvent, { type: T }> {
  return {
    type,
    schemaVersion: 1,
    data: { requestId: REQUEST_ID, holderId: 'kazatomprom', rule: 'R4', clockId: 'R4/kazatomprom', dueAt: '2026-03-17T18:59:59.999Z', ...data },
  } as unknown as Extract<DeadlineEvent, { type: T }>;
}
