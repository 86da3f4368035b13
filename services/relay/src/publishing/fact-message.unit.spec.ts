import { HEADER_EVENT_TYPE, HEADER_STORE_POSITION, HEADER_STREAM_ID, HEADER_STREAM_VERSION } from '@od/contracts';
import type { RecordedEvent } from '@od/event-store';
import { factMessage } from './fact-message';

function aRecordedEvent(overrides: { holderId?: string; streamId?: string; type?: string } = {}): RecordedEvent {
  return {
    type: overrides.type ?? 'RequestSubmitted',
    schemaVersion: 2,
    data: { subject: 'Street lights' },
    metadata: {
      eventId: '6f1c1c55-2f0e-4a55-9d3a-4c1f3c1b2a10',
      commandId: 'c1',
      correlationId: 'c1',
      causationId: 'c1',
      actor: { kind: 'citizen', id: '900101300123' },
      ...('holderId' in overrides ? { holderId: overrides.holderId } : { holderId: 'akimat-astana' }),
      occurredAt: '2026-11-25T10:00:00.000Z',
    },
    streamId: overrides.streamId ?? 'request-42',
    streamVersion: 3,
    position: { transactionId: 18446744073709551615n, sequence: 7n },
    recordedAt: '2026-11-25T10:00:00.120Z',
  };
}

describe('a stored fact as a JetStream message', () => {
  it('goes to the holder, category and type subject with the event id as message id', () => {
    const message = factMessage('od', aRecordedEvent());
    expect(message.subject).toBe('od.events.akimat-astana.request.RequestSubmitted');
    expect(message.msgId).toBe('6f1c1c55-2f0e-4a55-9d3a-4c1f3c1b2a10');
  });

  it('goes under _platform when the fact concerns no holder', () => {
    expect(factMessage('od', aRecordedEvent({ holderId: undefined })).subject).toBe('od.events._platform.request.RequestSubmitted');
  });

  it('carries stream id, version, store position and type in headers, and position as text in the body (bigints survive)', () => {
    const message = factMessage('od', aRecordedEvent());
    expect(message.headers.get(HEADER_STREAM_ID)).toBe('request-42');
    expect(message.headers.get(HEADER_STREAM_VERSION)).toBe('3');
    expect(message.headers.get(HEADER_STORE_POSITION)).toBe('18446744073709551615:7');
    expect(message.headers.get(HEADER_EVENT_TYPE)).toBe('RequestSubmitted');
    expect(JSON.parse(message.body)).toEqual({
      type: 'RequestSubmitted',
      schemaVersion: 2,
      data: { subject: 'Street lights' },
      metadata: expect.objectContaining({ eventId: '6f1c1c55-2f0e-4a55-9d3a-4c1f3c1b2a10', holderId: 'akimat-astana' }),
      streamId: 'request-42',
      streamVersion: 3,
      position: '18446744073709551615:7',
      recordedAt: '2026-11-25T10:00:00.120Z',
    });
  });

  it('refuses a holder id that would escape its subject (an agency must not receive another one’s facts)', () => {
    expect(() => factMessage('od', aRecordedEvent({ holderId: 'akimat.>' }))).toThrow(/holder id/);
  });
});
