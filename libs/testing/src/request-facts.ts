import type { RequestAccepted, RequestSubmitted } from '@od/contracts';

/** Facts of a request as the store holds them, for service-tier specs that start from a request's history. */
export function aRequestSubmitted(requestId: string, overrides: Partial<RequestSubmitted['data']> = {}): RequestSubmitted {
  return {
    type: 'RequestSubmitted',
    schemaVersion: 1,
    data: {
      requestId,
      holderId: 'kazatomprom',
      author: { kind: 'citizen', id: '900101300017' },
      subject: 'Budget of the district school',
      text: 'Please publish the 2026 budget of school No. 12.',
      language: 'en',
      submittedAt: '2026-03-02T10:15:00.000Z',
      signature: { cms: 'MIIB...', certificateFingerprintSha256: 'ab'.repeat(32), certificateSerialNumber: '01', certificateIssuer: 'CN=OD Test Intermediate' },
      ...overrides,
    },
  };
}

export function aRequestAccepted(requestId: string, overrides: Partial<RequestAccepted['data']> = {}): RequestAccepted {
  return {
    type: 'RequestAccepted',
    schemaVersion: 1,
    data: { requestId, holderId: 'kazatomprom', acceptedAt: '2026-03-02T12:00:00.000Z', ...overrides },
  };
}
