import type { RequestEvent } from '@od/contracts';
import { holderOfRequestEvent } from './request';
import { REFUSAL_GROUNDS, RETURN_GROUNDS, findRefusalGround, findReturnGround } from './request-reasons.data';
import {
  ECONOMY,
  KMG,
  KAP,
  aDeadlineExtended,
  aFirstHeadOf,
  aRequestAccepted,
  aRequestAnswered,
  aRequestReceived,
  aRequestRedirected,
  aRequestRefused,
  aRequestReturned,
  aRequestSubmitted,
  aResponderOf,
  acceptBy,
  anAdministratorOf,
  anAnswerDrafted,
  anAnswerRated,
  anExtensionNoticeSent,
  answerBy,
  at,
  draftBy,
  extendBy,
  redirectBy,
  refuseBy,
  returnBy,
  spec,
  stateAfter,
  submittedAt,
} from './request-test-builders';

describe("A request's life as its facts tell it (R2-R7)", () => {
  it('R2-R7: a request redirected once, accepted, extended, drafted, answered and rated ends answered by the second holder, with everything on the state', () => {
    const history: RequestEvent[] = [
      aRequestSubmitted(),
      aRequestRedirected(),
      aRequestReceived(),
      aRequestAccepted({ holderId: KMG }),
      aDeadlineExtended({ holderId: KMG }),
      anExtensionNoticeSent({ holderId: KMG }),
      anAnswerDrafted({ holderId: KMG }),
      aRequestAnswered({ holderId: KMG, draftId: 'draft-1' }),
      anAnswerRated({ holderId: KMG, rating: 'dislike', reason: 'Late' }),
    ];
    expect(stateAfter(...history)).toEqual({
      status: 'answered',
      requestId: 'b1a7e0f2-0000-4000-8000-000000000001',
      holderId: KMG,
      holderChain: [KAP, KMG],
      authorKind: 'citizen',
      authorId: '900101300017',
      language: 'en',
      legalBasis: 'order-145-2023',
      submittedAt: submittedAt.toISOString(),
      receivedAt: at,
      acceptedAt: at,
      extensionUsed: true,
      extension: { days: 10, otherHolderIds: [ECONOMY], reason: 'The figures come from the Ministry of National Economy', extendedAt: at, noticeSentAt: at },
      drafts: [{ draftId: 'draft-1', holderId: KMG, text: 'The budget is published at minfin.gov.kz/budgets/school-12.', draftedAt: at }],
      answer: { text: 'The budget is published at minfin.gov.kz/budgets/school-12.', draftId: 'draft-1', answeredAt: at },
      rating: { rating: 'dislike', reason: 'Late', ratedAt: at },
    });
  });

  it('R2: a just submitted request is received by its first holder at the submission instant', () => {
    expect(stateAfter(aRequestSubmitted())).toMatchObject({
      status: 'received',
      holderId: KAP,
      holderChain: [KAP],
      receivedAt: submittedAt.toISOString(),
      extensionUsed: false,
      drafts: [],
    });
  });

  it('R2: every fact names the holder it concerns, so it is routed to that agency (the redirect to the old one, the receipt to the new one)', () => {
    expect(holderOfRequestEvent(aRequestRedirected())).toBe(KAP);
    expect(holderOfRequestEvent(aRequestReceived())).toBe(KMG);
    expect(holderOfRequestEvent(aRequestSubmitted())).toBe(KAP);
    expect(holderOfRequestEvent(anAnswerRated({ holderId: ECONOMY }))).toBe(ECONOMY);
  });
});

describe('Every staff command on a request that was never submitted is refused with the state named (R2-R6)', () => {
  const cases = [
    ['R2', 'accept', acceptBy(anAdministratorOf(KAP))],
    ['R2', 'redirect', redirectBy(anAdministratorOf(KAP))],
    ['R3', 'return', returnBy(anAdministratorOf(KAP))],
    ['R4', 'draft an answer to', draftBy(aResponderOf(KAP))],
    ['R4', 'answer', answerBy(aResponderOf(KAP))],
    ['R5', 'extend the deadline of', extendBy(aFirstHeadOf(KAP))],
    ['R6', 'refuse', refuseBy(anAdministratorOf(KAP))],
  ] as const;
  for (const [rule, action, command] of cases) {
    it(`${rule}: ${command.type} on no request -> request_wrong_state`, () => {
      spec
        .given()
        .when(command)
        .then({ ok: false, rejection: { code: 'request_wrong_state', rule, message: `Cannot ${action} a request that was never submitted` } });
    });
  }
});

describe('Finished requests stay finished (R2, R3)', () => {
  for (const [status, history] of [
    ['answered', [aRequestSubmitted(), aRequestAccepted(), aRequestAnswered()]],
    ['returned', [aRequestSubmitted(), aRequestReturned()]],
    ['refused', [aRequestSubmitted(), aRequestRefused()]],
  ] as const) {
    it(`R2: given a ${status} request, when the administrator accepts or redirects it, then request_wrong_state names ${status}`, () => {
      spec
        .given(...history)
        .when(acceptBy(anAdministratorOf(KAP)))
        .then({ ok: false, rejection: { code: 'request_wrong_state', rule: 'R2', message: `Cannot accept a request that is ${status}; it must be received` } });
      spec
        .given(...history)
        .when(redirectBy(anAdministratorOf(KAP)))
        .then({
          ok: false,
          rejection: { code: 'request_wrong_state', rule: 'R2', message: `Cannot redirect a request that is ${status}; it must be received` },
        });
    });
  }
});

describe('Article 11 grounds as data (R3, R6)', () => {
  it('R3/R6: every ground has a unique code, its rule, a basis and kk/ru/en texts', () => {
    const all = [...RETURN_GROUNDS, ...REFUSAL_GROUNDS];
    expect(new Set(all.map((ground) => ground.code)).size).toBe(all.length);
    for (const ground of RETURN_GROUNDS) expect(ground.rule).toBe('R3');
    for (const ground of REFUSAL_GROUNDS) expect(ground.rule).toBe('R6');
    for (const ground of all) {
      expect(ground.code).toMatch(/^[a-z][a-z_]*[a-z]$/);
      expect(ground.basis).toMatch(/Art\.|Article|Administrative Procedural Code/);
      for (const language of ['kk', 'ru', 'en'] as const) expect(ground.text[language].trim().length).toBeGreaterThan(10);
    }
  });

  it('R3/R6: lookups find a ground only in its own list', () => {
    expect(findReturnGround('anonymous')?.text.en).toBe('The request is anonymous: its author cannot be identified.');
    expect(findRefusalGround('anonymous')).toBeUndefined();
    expect(findRefusalGround('state_secrets')?.rule).toBe('R6');
    expect(findReturnGround('state_secrets')).toBeUndefined();
  });
});
