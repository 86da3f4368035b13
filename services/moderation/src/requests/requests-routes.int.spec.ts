import { randomUUID } from 'node:crypto';
import { acceptRequest, redirectRequest, requestStream, returnRequest } from '@od/contracts';
import { commandFingerprint } from '@od/platform';
import { aRequestSubmitted, startServiceTier, verifiedAs, type ServiceTier } from '@od/testing';
import { requestsRoutes } from './requests-routes';

jest.setTimeout(30_000);

let tier: ServiceTier;
const now = new Date('2026-03-03T06:00:00Z');

beforeAll(async () => {
  tier = await startServiceTier('moderation_routes');
  await tier.givenRegisteredHolders('kazatomprom', 'kazmunaygas');
});

afterAll(() => tier?.close());

const MINFIN = 'kazatomprom';
const HEALTH = 'kazmunaygas';
const admin = (holderId: string) => ({ actor: { kind: 'staff', id: `staff-${holderId}-admin` } as const, holderId, staffRoles: ['administrator'] });

/** A submitted request of the Ministry of Finance. */
async function aSubmittedRequest(): Promise<string> {
  const requestId = randomUUID();
  await tier.given(requestStream(requestId), aRequestSubmitted(requestId));
  return requestId;
}

const message = <Data>(requestId: string, data: Data, commandId = randomUUID()) => ({
  commandId,
  correlationId: commandId,
  caller: { accessToken: 'verified' },
  requestId,
  data,
});
const at = () => ({ store: tier.store, now, deps: undefined });

describe('Moderation routes on the real store (R2, R3)', () => {
  it('given a submitted request, when its administrator accepts, then the reply has the position and RequestAccepted is appended under the holder', async () => {
    const requestId = await aSubmittedRequest();
    const reply = await requestsRoutes.handle(acceptRequest, verifiedAs(admin(MINFIN), message(requestId, {})), at());
    const [accepted, ...more] = await tier.appendedTo(requestStream(requestId), 1);
    expect(more).toHaveLength(0);
    expect(accepted).toMatchObject({
      type: 'RequestAccepted',
      data: { requestId, holderId: MINFIN },
      metadata: { holderId: MINFIN, actor: { kind: 'staff', id: `staff-${MINFIN}-admin` } },
    });
    expect(reply).toEqual({ ok: true, position: expect.stringMatching(/^\d+:\d+$/) });
  });

  it('keeps the fingerprint a command had on the shared subject ({ action, ...data }), so a retry of one stored then still replays', async () => {
    const requestId = await aSubmittedRequest();
    const accept = message(requestId, {});
    await requestsRoutes.handle(acceptRequest, verifiedAs(admin(MINFIN), accept), at());
    const [accepted] = await tier.appendedTo(requestStream(requestId), 1);
    const before = commandFingerprint({
      intent: { type: 'AcceptRequest', body: { action: 'accept' } },
      target: requestStream(requestId),
      actor: admin(MINFIN).actor,
    });
    expect(accepted.metadata.commandFingerprint).toBe(before);
    expect(await requestsRoutes.handle(acceptRequest, verifiedAs(admin(MINFIN), accept), at())).toEqual({ ok: true, position: expect.any(String) });
    expect(await tier.appendedTo(requestStream(requestId), 2)).toHaveLength(0);
  });

  it('given a submitted request, when it is redirected to a registered holder, then both facts are appended, the second under the new holder', async () => {
    const requestId = await aSubmittedRequest();
    const reply = await requestsRoutes.handle(
      redirectRequest,
      verifiedAs(admin(MINFIN), message(requestId, { toHolderId: HEALTH, reason: 'Hospitals are theirs' })),
      at(),
    );
    expect(reply).toMatchObject({ ok: true });
    const appended = await tier.appendedTo(requestStream(requestId), 1);
    expect(appended.map((fact) => [fact.type, fact.metadata.holderId])).toEqual([
      ['RequestRedirected', MINFIN],
      ['RequestReceived', HEALTH],
    ]);
  });

  it('given a submitted request, when it is redirected to a holder the registry does not know, then it is refused and nothing is appended', async () => {
    const requestId = await aSubmittedRequest();
    const reply = await requestsRoutes.handle(
      redirectRequest,
      verifiedAs(admin(MINFIN), message(requestId, { toHolderId: 'ministry-of-nowhere', reason: 'Not ours' })),
      at(),
    );
    expect(reply).toMatchObject({ ok: false, rejection: { code: 'holder_unknown' } });
    expect(await tier.appendedTo(requestStream(requestId), 1)).toHaveLength(0);
  });

  it('given a submitted request, when it is returned with a reason code of R3, then RequestReturned is appended', async () => {
    const requestId = await aSubmittedRequest();
    const reply = await requestsRoutes.handle(
      returnRequest,
      verifiedAs(admin(MINFIN), message(requestId, { reasonCode: 'no_user_name', reasonText: 'No name given' })),
      at(),
    );
    expect(reply).toMatchObject({ ok: true });
    expect(await tier.appendedTo(requestStream(requestId), 1)).toMatchObject([{ type: 'RequestReturned', data: { reasonCode: 'no_user_name' } }]);
  });

  it('answers a request of another holder exactly like a missing one (request_not_found), appending nothing', async () => {
    const requestId = await aSubmittedRequest();
    const missing = randomUUID();
    const other = await requestsRoutes.handle(acceptRequest, verifiedAs(admin(HEALTH), message(requestId, {})), at());
    const absent = await requestsRoutes.handle(acceptRequest, verifiedAs(admin(HEALTH), message(missing, {})), at());
    expect(other).toEqual({ ok: false, rejection: { code: 'request_not_found', message: `No request ${requestId}` } });
    expect(absent).toEqual({ ok: false, rejection: { code: 'request_not_found', message: `No request ${missing}` } });
    expect(await tier.appendedTo(requestStream(requestId), 1)).toHaveLength(0);
    expect(await tier.appendedTo(requestStream(missing))).toHaveLength(0);
  });

  it('refuses the same command id with another command as command_id_reused', async () => {
    const requestId = await aSubmittedRequest();
    const commandId = randomUUID();
    await requestsRoutes.handle(acceptRequest, verifiedAs(admin(MINFIN), message(requestId, {}, commandId)), at());
    const reused = await requestsRoutes.handle(
      returnRequest,
      verifiedAs(admin(MINFIN), message(requestId, { reasonCode: 'no_user_name', reasonText: 'x' }, commandId)),
      at(),
    );
    expect(reused).toMatchObject({ ok: false, rejection: { code: 'command_id_reused' } });
  });
});
