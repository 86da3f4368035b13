import type { RequestSubmitted } from '@od/contracts';
import { deciderSpec } from '@od/testing';
import { decideRequest, type SubmitRequest } from './request-decide';
import { evolveRequest, initialRequestState } from './request';

const stateAfter = (...events: RequestSubmitted[]) => events.reduce(evolveRequest, initialRequestState);

const now = new Date('2026-03-02T10:15:00Z');
const signature = {
  cms: 'MIIB...',
  certificateFingerprintSha256: 'ab'.repeat(32),
  certificateSerialNumber: '01',
  certificateIssuer: 'CN=OD Test Intermediate',
  signedAt: '2026-03-02T10:14:58.000Z',
};

function aSubmitRequest(overrides: Partial<SubmitRequest['data']> = {}, holderExists = true): SubmitRequest {
  return {
    type: 'SubmitRequest',
    data: {
      requestId: 'b1a7e0f2-0000-4000-8000-000000000001',
      holderId: 'ministry-of-finance',
      author: { kind: 'citizen', id: '900101300017' },
      subject: 'Budget of the district school',
      text: 'Please publish the 2026 budget of school No. 12.',
      language: 'en',
      ...overrides,
    },
    context: { now, holderExists, signature },
  };
}

function aRequestSubmitted(overrides: Partial<RequestSubmitted['data']> = {}): RequestSubmitted {
  return {
    type: 'RequestSubmitted',
    schemaVersion: 1,
    data: {
      requestId: 'b1a7e0f2-0000-4000-8000-000000000001',
      holderId: 'ministry-of-finance',
      author: { kind: 'citizen', id: '900101300017' },
      subject: 'Budget of the district school',
      text: 'Please publish the 2026 budget of school No. 12.',
      language: 'en',
      submittedAt: now.toISOString(),
      signature,
      ...overrides,
    },
  };
}

const spec = deciderSpec({ decide: decideRequest, evolve: evolveRequest, initialState: initialRequestState });

describe('Submitting a request (R1 intake)', () => {
  it('given no request, when a user submits to a known holder, then the request is submitted and received by that holder (R2 moderation next)', () => {
    spec
      .given()
      .when(aSubmitRequest())
      .then({ ok: true, events: [aRequestSubmitted()] });
    expect(stateAfter(aRequestSubmitted())).toMatchObject({
      status: 'received',
      holderId: 'ministry-of-finance',
      holderChain: ['ministry-of-finance'],
      authorKind: 'citizen',
      authorId: '900101300017',
      receivedAt: now.toISOString(),
    });
  });

  it('given no request, when the subject and text have surrounding spaces, then they are stored trimmed', () => {
    spec
      .given()
      .when(aSubmitRequest({ subject: '  Budget of the district school ', text: '\nPlease publish the 2026 budget of school No. 12.  ' }))
      .then({ ok: true, events: [aRequestSubmitted()] });
  });

  it('given no request, when the holder is unknown, then it is rejected naming the holder field', () => {
    spec
      .given()
      .when(aSubmitRequest({ holderId: 'ministry-of-magic' }, false))
      .thenRejects('holder_unknown', undefined, { field: 'holderId' });
  });

  it('given no request, when the text is only spaces, then it is rejected naming the text field', () => {
    spec
      .given()
      .when(aSubmitRequest({ text: '   ' }))
      .thenRejects('request_text_empty', undefined, { field: 'text' });
  });

  it('given a submitted request, when it is submitted again, then it is rejected', () => {
    spec.given(aRequestSubmitted()).when(aSubmitRequest()).thenRejects('request_already_submitted', undefined);
  });
});
