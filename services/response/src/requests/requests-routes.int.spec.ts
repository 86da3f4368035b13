import { randomUUID } from 'node:crypto';
import { answerRequest, draftAnswer, extendDeadline, rateAnswer, refuseRequest, requestStream } from '@od/contracts';
import { idFromClientCommand } from '@od/domain';
import { aRequestAccepted, aRequestSubmitted, startServiceTier, verifiedAs, type ServiceTier } from '@od/testing';
import { requestsRoutes } from './requests-routes';

jest.setTimeout(30_000);

let tier: ServiceTier;
const now = new Date('2026-03-03T06:00:00Z');
const at = () => ({ store: tier.store, now, deps: undefined });

beforeAll(async () => {
  tier = await startServiceTier('response_routes');
  await tier.givenRegisteredHolders('kazatomprom', 'kazmunaygas');
});

afterAll(() => tier?.close());

const MINFIN = 'kazatomprom';
const staff = (role: string) => ({ actor: { kind: 'staff', id: `staff-kap-${role}` } as const, holderId: MINFIN, staffRoles: [role] });
const author = { actor: { kind: 'citizen', id: '900101300017' } as const };
const message = <Data>(requestId: string, data: Data, commandId = randomUUID()) => ({
  commandId,
  correlationId: commandId,
  caller: { accessToken: 'verified' },
  requestId,
  data,
});

/** An accepted request of the Ministry of Finance, with the facts it has so far. */
async function anAcceptedRequest(): Promise<{ requestId: string; known: number }> {
  const requestId = randomUUID();
  await tier.given(requestStream(requestId), aRequestSubmitted(requestId), aRequestAccepted(requestId));
  return { requestId, known: 2 };
}

describe('Response routes on the real store (R4–R7)', () => {
  it('given an accepted request, when a responder drafts, then the draft id derives from the command id and a retry is the same draft', async () => {
    const { requestId, known } = await anAcceptedRequest();
    const draft = message(requestId, { text: 'The budget is at minfin.gov.kz' });
    const reply = await requestsRoutes.handle(draftAnswer, verifiedAs(staff('responder'), draft), at());
    expect(reply).toMatchObject({ ok: true });
    expect(await requestsRoutes.handle(draftAnswer, verifiedAs(staff('responder'), draft), at())).toEqual(reply);
    expect(await tier.appendedTo(requestStream(requestId), known)).toMatchObject([
      { type: 'AnswerDrafted', data: { draftId: idFromClientCommand('draft', draft.commandId) } },
    ]);
  });

  it('given an answered request, when its author rates it and another citizen tries, then the rating is appended and the other is told the request is missing', async () => {
    const { requestId, known } = await anAcceptedRequest();
    expect(await requestsRoutes.handle(answerRequest, verifiedAs(staff('responder'), message(requestId, { text: 'The answer' })), at())).toMatchObject({
      ok: true,
    });
    expect(
      await requestsRoutes.handle(rateAnswer, verifiedAs(author, message(requestId, { rating: 'dislike' as const, reason: 'No figures' })), at()),
    ).toMatchObject({ ok: true });
    const stranger = await requestsRoutes.handle(
      rateAnswer,
      verifiedAs({ actor: { kind: 'citizen', id: '850505400018' } }, message(requestId, { rating: 'like' as const })),
      at(),
    );
    expect(stranger).toEqual({ ok: false, rejection: { code: 'request_not_found', message: `No request ${requestId}` } });
    expect((await tier.appendedTo(requestStream(requestId), known)).map((fact) => fact.type)).toEqual(['RequestAnswered', 'AnswerRated']);
  });

  it('given an accepted request, when the first head extends naming a holder the registry does not know, then it is refused (R5) and nothing is appended', async () => {
    const { requestId, known } = await anAcceptedRequest();
    const reply = await requestsRoutes.handle(
      extendDeadline,
      verifiedAs(staff('first_head'), message(requestId, { days: 10, otherHolderIds: ['ministry-of-nowhere'], reason: 'Figures elsewhere' })),
      at(),
    );
    expect(reply).toMatchObject({ ok: false, rejection: { code: 'holder_unknown', rule: 'R5', field: 'otherHolderIds' } });
    expect(await tier.appendedTo(requestStream(requestId), known)).toHaveLength(0);
  });

  it('given an accepted request, when the first head extends naming a registered holder, then DeadlineExtended and the notice to the user (R5) are appended', async () => {
    const { requestId, known } = await anAcceptedRequest();
    const reply = await requestsRoutes.handle(
      extendDeadline,
      verifiedAs(staff('first_head'), message(requestId, { days: 10, otherHolderIds: ['kazmunaygas'], reason: 'Figures elsewhere' })),
      at(),
    );
    expect(reply).toMatchObject({ ok: true });
    expect(await tier.appendedTo(requestStream(requestId), known)).toMatchObject([
      { type: 'DeadlineExtended', data: { days: 10, otherHolderIds: ['kazmunaygas'] } },
      { type: 'ExtensionNoticeSent' },
    ]);
  });

  it('given no request, when a refusal comes, then it is request_not_found', async () => {
    const requestId = randomUUID();
    const reply = await requestsRoutes.handle(
      refuseRequest,
      verifiedAs(staff('administrator'), message(requestId, { groundCode: 'state_secrets', reasonText: 'Secret' })),
      at(),
    );
    expect(reply).toEqual({ ok: false, rejection: { code: 'request_not_found', message: `No request ${requestId}` } });
  });
});
