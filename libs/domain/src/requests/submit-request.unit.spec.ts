import type { RequestSubmitted } from '@od/contracts';
import { deciderSpec } from '@od/testing';
import { decideRequest, type SubmitRequest } from './request-decide';
import { evolveRequest, initialRequestState } from './request';
import { ECONOMY, HOLDERS_ON_RECORD, KAP, KMG, SAMRUK, anAdministratorOf, redirectBy } from './request-test-builders';
import type { HolderOnRecord } from '../legal-basis/blog-eligibility';

const stateAfter = (...events: RequestSubmitted[]) => events.reduce(evolveRequest, initialRequestState);

const now = new Date('2026-03-02T10:15:00Z');
const signature = {
  cms: 'MIIB...',
  certificateFingerprintSha256: 'ab'.repeat(32),
  certificateSerialNumber: '01',
  certificateIssuer: 'CN=OD Test Intermediate',
  signedAt: '2026-03-02T10:14:58.000Z',
};

function aSubmitRequest(overrides: Partial<SubmitRequest['data']> = {}, holder: HolderOnRecord | null = HOLDERS_ON_RECORD[KAP], when = now): SubmitRequest {
  return {
    type: 'SubmitRequest',
    data: {
      requestId: 'b1a7e0f2-0000-4000-8000-000000000001',
      holderId: 'kazatomprom',
      author: { kind: 'citizen', id: '900101300017' },
      subject: 'Budget of the district school',
      text: 'Please publish the 2026 budget of school No. 12.',
      language: 'en',
      ...overrides,
    },
    context: { now: when, holder: holder ?? undefined, signature },
  };
}

function aRequestSubmitted(overrides: Partial<RequestSubmitted['data']> = {}): RequestSubmitted {
  return {
    type: 'RequestSubmitted',
    schemaVersion: 1,
    data: {
      requestId: 'b1a7e0f2-0000-4000-8000-000000000001',
      holderId: 'kazatomprom',
      author: { kind: 'citizen', id: '900101300017' },
      subject: 'Budget of the district school',
      text: 'Please publish the 2026 budget of school No. 12.',
      language: 'en',
      submittedAt: now.toISOString(),
      signature,
      legalBasis: 'order-145-2023',
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
      holderId: 'kazatomprom',
      holderChain: ['kazatomprom'],
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
      .when(aSubmitRequest({ holderId: 'ministry-of-magic' }, null))
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

// Order 145 as amended by Order No. 95 of 14 March 2023, p. 2 subp. 1 and 4 (seeds/004, lines ~530-575): "the blog
// platform of the first heads of quasi-public sector entities, except those with 100 % state participation".
// The original 2021 text: "the first heads of state bodies and quasi-public companies".
describe('Which holders take requests: the text of Order 145 in force at receipt', () => {
  const underThe2021Text = new Date('2022-06-01T05:00:00Z');
  const ministry = HOLDERS_ON_RECORD['ministry-of-finance'];
  const blogRule = 'Order 145 as amended in 2023, p. 2 subp. 1 and 4';

  it('2023 text: given no request, when a user writes to a quasi-public entity with shares in free float, then it is submitted under the 2023 text', () => {
    spec
      .given()
      .when(aSubmitRequest())
      .then({ ok: true, events: [aRequestSubmitted({ legalBasis: 'order-145-2023' })] });
  });

  it('2023 text: given no request, when a user writes to a state body, then holder_has_no_blog names holderId and the provision', () => {
    spec
      .given()
      .when(aSubmitRequest({ holderId: 'ministry-of-finance' }, ministry))
      .thenRejects('holder_has_no_blog', blogRule, { field: 'holderId' });
  });

  it('2023 text: given no request, when a user writes to a wholly state-owned company, then holder_has_no_blog (100 % state participation)', () => {
    spec
      .given()
      .when(aSubmitRequest({ holderId: SAMRUK }, HOLDERS_ON_RECORD[SAMRUK]))
      .thenRejects('holder_has_no_blog', blogRule, { field: 'holderId' });
  });

  it('2023 text: a quasi-public entity whose state participation is not on record has no blog (the registry must show it)', () => {
    spec
      .given()
      .when(aSubmitRequest({ holderId: KMG }, { holderId: KMG, kind: 'quasi_public', stateParticipation: null }))
      .thenRejects('holder_has_no_blog', blogRule, { field: 'holderId' });
  });

  it('2021 text: given no request, when a user wrote to a state body in 2022, then it was submitted under the 2021 text', () => {
    spec
      .given()
      .when(aSubmitRequest({ holderId: 'ministry-of-finance' }, ministry, underThe2021Text))
      .then({
        ok: true,
        events: [aRequestSubmitted({ holderId: 'ministry-of-finance', submittedAt: underThe2021Text.toISOString(), legalBasis: 'order-145-2021' })],
      });
  });

  it('2021 text: a request received then stays under it: its holder may still redirect it to a state body today', () => {
    const received2021 = aRequestSubmitted({ holderId: 'ministry-of-finance', submittedAt: underThe2021Text.toISOString(), legalBasis: 'order-145-2021' });
    const redirect = redirectBy(anAdministratorOf('ministry-of-finance'), { toHolderId: ECONOMY });
    const outcome = decideRequest(redirect, stateAfter(received2021));
    expect(outcome).toMatchObject({ ok: true, events: [{ type: 'RequestRedirected' }, { type: 'RequestReceived', data: { holderId: ECONOMY } }] });
  });

  it('2021 text: a request stored before the legal basis was recorded is read under the text in force at its submission', () => {
    const { legalBasis: _none, ...old } = aRequestSubmitted({ holderId: 'ministry-of-finance', submittedAt: underThe2021Text.toISOString() }).data;
    expect(stateAfter({ type: 'RequestSubmitted', schemaVersion: 1, data: old })).toMatchObject({ legalBasis: 'order-145-2021' });
    expect(stateAfter({ type: 'RequestSubmitted', schemaVersion: 1, data: { ...old, submittedAt: now.toISOString() } })).toMatchObject({
      legalBasis: 'order-145-2023',
    });
  });

  it('2023 text: given a received request, when the administrator redirects it to a state body, then holder_has_no_blog names toHolderId', () => {
    spec
      .given(aRequestSubmitted({ holderId: KAP }))
      .when(redirectBy(anAdministratorOf(KAP), { toHolderId: ECONOMY }))
      .thenRejects('holder_has_no_blog', blogRule, { field: 'toHolderId' });
  });
});
