import { randomUUID } from 'node:crypto';
import { requestStream, submitRequest } from '@od/contracts';
import { idFromClientCommand } from '@od/domain';
import type { SignatureVerifier, VerificationResult } from '@od/signatures';
import { startServiceTier, verifiedAs, type ServiceTier } from '@od/testing';
import { requestsRoutes } from './requests-routes';

jest.setTimeout(30_000);

let tier: ServiceTier;
const now = new Date('2026-03-03T06:00:00Z');

beforeAll(async () => {
  tier = await startServiceTier('intake_routes');
  await tier.givenRegisteredHolders('kazatomprom', 'kazmunaygas');
});

afterAll(() => tier?.close());

const valid: VerificationResult = {
  ok: true,
  evidence: {
    certificateFingerprintSha256: 'ab'.repeat(32),
    serialNumber: '01',
    issuer: 'CN=OD Test Intermediate',
    subject: 'CN=Aigerim',
    validAt: '2026-03-03T06:00:00.000Z',
  },
};
const expired: VerificationResult = {
  ok: false,
  code: 'certificate_expired',
  rule: 'R1',
  message: { kk: 'мерзімі өткен', ru: 'истёк', en: 'The certificate has expired' },
  detail: 'notAfter passed',
};
/** The verifier is the row's dependency: the service tier gives it the answer it needs (its own specs cover the CMS). */
const verifierAnswering = (result: VerificationResult): SignatureVerifier => ({ verify: async () => result });
const at = (result: VerificationResult = valid) => ({ store: tier.store, now, deps: { signatures: verifierAnswering(result) } });

const citizen = { actor: { kind: 'citizen', id: '900101300017' } as const, iin: '900101300017' };
const submission = (overrides: { holderId?: string; signature?: string } = {}, commandId = randomUUID()) => ({
  commandId,
  correlationId: commandId,
  caller: { accessToken: 'verified' },
  data: {
    holderId: 'kazatomprom',
    subject: 'School budget',
    text: 'Please publish the budget of school No. 12.',
    language: 'ru' as const,
    signature: 'MIIB-first',
    ...overrides,
  },
});

describe('Intake routes on the real store (R1)', () => {
  it('given a valid signature, when a request is submitted, then it opens its own stream named from the command id and the reply names it', async () => {
    const message = submission();
    const requestId = idFromClientCommand('request', message.commandId);
    const reply = await requestsRoutes.handle(submitRequest, verifiedAs(citizen, message), at());
    expect(reply).toEqual({ ok: true, requestId, position: expect.stringMatching(/^\d+:\d+$/) });
    expect(await tier.appendedTo(requestStream(requestId))).toMatchObject([
      {
        type: 'RequestSubmitted',
        data: { requestId, holderId: 'kazatomprom', author: citizen.actor, signature: { cms: 'MIIB-first' } },
        metadata: { holderId: 'kazatomprom' },
      },
    ]);
  });

  it('answers a re-signed retry of the same request as the first (the signature is not part of the command), appending nothing', async () => {
    const first = submission();
    const reply = await requestsRoutes.handle(submitRequest, verifiedAs(citizen, first), at());
    const again = await requestsRoutes.handle(submitRequest, verifiedAs(citizen, { ...first, data: { ...first.data, signature: 'MIIB-second' } }), at());
    expect(again).toEqual(reply);
    expect(await tier.appendedTo(requestStream(idFromClientCommand('request', first.commandId)))).toHaveLength(1);
  });

  it('refuses a signature the verifier refuses with its R1 code and texts, before anything is read or appended', async () => {
    const message = submission();
    const reply = await requestsRoutes.handle(submitRequest, verifiedAs(citizen, message), at(expired));
    expect(reply).toEqual({
      ok: false,
      rejection: {
        code: 'certificate_expired',
        rule: 'R1',
        field: 'signature',
        message: 'The certificate has expired',
        messages: expired.ok ? undefined : expired.message,
      },
    });
    expect(await tier.appendedTo(requestStream(idFromClientCommand('request', message.commandId)))).toHaveLength(0);
  });

  it('refuses a request to a holder the registry does not know (holder_unknown), appending nothing', async () => {
    const message = submission({ holderId: 'ministry-of-nowhere' });
    expect(await requestsRoutes.handle(submitRequest, verifiedAs(citizen, message), at())).toMatchObject({ ok: false, rejection: { code: 'holder_unknown' } });
    expect(await tier.appendedTo(requestStream(idFromClientCommand('request', message.commandId)))).toHaveLength(0);
  });
});
