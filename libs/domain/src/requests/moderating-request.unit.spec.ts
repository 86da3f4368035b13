import {
  ECONOMY,
  KEGOC,
  KMG,
  KAP,
  aRequestAccepted,
  aRequestAnswered,
  aRequestReceived,
  aRequestRedirected,
  aRequestRefused,
  aRequestReturned,
  aRequestSubmitted,
  aResponderOf,
  acceptBy,
  aFirstHeadOf,
  anAdministratorOf,
  at,
  redirectBy,
  returnBy,
  spec,
  stateAfter,
  theAuthor,
} from './request-test-builders';

describe('Accepting a request (R2)', () => {
  it("R2: given a received request, when its holder's administrator accepts it, then it is accepted by that holder", () => {
    spec
      .given(aRequestSubmitted())
      .when(acceptBy(anAdministratorOf(KAP)))
      .then({ ok: true, events: [aRequestAccepted()] });
  });

  it('R2: given a received request, when a responder of its holder accepts it, then role_not_allowed names R2', () => {
    spec
      .given(aRequestSubmitted())
      .when(acceptBy(aResponderOf(KAP)))
      .then({
        ok: false,
        rejection: { code: 'role_not_allowed', rule: 'R2', message: 'Only administrator of the holder may accept a request (R2); you have responder' },
      });
  });

  it('R2: given a request of Kazatomprom, when an administrator of another holder accepts it, then not_your_holder (and the request stays put)', () => {
    spec
      .given(aRequestSubmitted())
      .when(acceptBy(anAdministratorOf(KMG)))
      .then({
        ok: false,
        rejection: {
          code: 'not_your_holder',
          rule: 'R2',
          message: "This request is not with your information holder; only its current holder's staff may accept it",
        },
      });
  });

  it('R2: given a received request, when its author (a citizen) tries to accept it, then not_your_holder', () => {
    spec
      .given(aRequestSubmitted())
      .when(acceptBy(theAuthor))
      .then({
        ok: false,
        rejection: {
          code: 'not_your_holder',
          rule: 'R2',
          message: "This request is not with your information holder; only its current holder's staff may accept it",
        },
      });
  });

  it('R2: given an accepted request, when it is accepted again, then request_wrong_state names accepted and received', () => {
    spec
      .given(aRequestSubmitted(), aRequestAccepted())
      .when(acceptBy(anAdministratorOf(KAP)))
      .then({ ok: false, rejection: { code: 'request_wrong_state', rule: 'R2', message: 'Cannot accept a request that is accepted; it must be received' } });
  });

  it('R2: given no request, when an administrator accepts, then request_wrong_state says it was never submitted', () => {
    spec
      .given()
      .when(acceptBy(anAdministratorOf(KAP)))
      .then({ ok: false, rejection: { code: 'request_wrong_state', rule: 'R2', message: 'Cannot accept a request that was never submitted' } });
  });
});

describe('Redirecting a request (R2)', () => {
  it('R2: given a received request, when the administrator redirects it to the competent holder, then it is redirected from the old holder and received anew by the new one', () => {
    spec
      .given(aRequestSubmitted())
      .when(redirectBy(anAdministratorOf(KAP)))
      .then({ ok: true, events: [aRequestRedirected(), aRequestReceived()] });
  });

  it('R2: after a redirect the new holder holds it, received at the redirect instant, and the chain keeps both holders', () => {
    expect(stateAfter(aRequestSubmitted(), aRequestRedirected(), aRequestReceived())).toMatchObject({
      status: 'received',
      holderId: KMG,
      holderChain: [KAP, KMG],
      receivedAt: at,
    });
  });

  it("R2: given a redirected request, when the new holder's administrator accepts it, then it is accepted by the new holder", () => {
    spec
      .given(aRequestSubmitted(), aRequestRedirected(), aRequestReceived())
      .when(acceptBy(anAdministratorOf(KMG)))
      .then({ ok: true, events: [aRequestAccepted({ holderId: KMG })] });
  });

  it("R2: given a redirected request, when the old holder's administrator acts on it, then it is the wrong state (it moved on), without saying where", () => {
    spec
      .given(aRequestSubmitted(), aRequestRedirected(), aRequestReceived())
      .when(acceptBy(anAdministratorOf(KAP)))
      .then({
        ok: false,
        rejection: { code: 'request_wrong_state', rule: 'R2', message: 'Cannot accept a request that was redirected away from your holder' },
      });
  });

  it('R2: given a request redirected back before redirect_back existed (stored facts), then it still folds and the chain records the hop back', () => {
    const back = { holderId: KMG, toHolderId: KAP, reason: "Capital budgets of schools are Kazatomprom's" };
    expect(
      stateAfter(
        aRequestSubmitted(),
        aRequestRedirected(),
        aRequestReceived(),
        aRequestRedirected(back),
        aRequestReceived({ holderId: KAP, fromHolderId: KMG }),
      ),
    ).toMatchObject({
      holderId: KAP,
      holderChain: [KAP, KMG, KAP],
    });
  });

  it('R2: given a received request, when redirected to its own holder, then redirect_to_same_holder names toHolderId', () => {
    spec
      .given(aRequestSubmitted())
      .when(redirectBy(anAdministratorOf(KAP), { toHolderId: KAP }))
      .then({
        ok: false,
        rejection: {
          code: 'redirect_to_same_holder',
          field: 'toHolderId',
          rule: 'R2',
          message: 'The request is already with kazatomprom; redirect it to another holder',
        },
      });
  });

  it('R2: given a request redirected from Kazatomprom, when its new holder redirects it back, then redirect_back names toHolderId (no ping-pong)', () => {
    spec
      .given(aRequestSubmitted(), aRequestRedirected(), aRequestReceived())
      .when(redirectBy(anAdministratorOf(KMG), { toHolderId: KAP }))
      .thenRejects('redirect_back', 'R2', { field: 'toHolderId' });
  });

  it('R2: given a request passed from Kazatomprom to KazMunayGas to KEGOC, when KEGOC redirects it to the first holder, then redirect_back', () => {
    spec
      .given(
        aRequestSubmitted(),
        aRequestRedirected(),
        aRequestReceived(),
        aRequestRedirected({ holderId: KMG, toHolderId: KEGOC }),
        aRequestReceived({ holderId: KEGOC, fromHolderId: KMG }),
      )
      .when(redirectBy(anAdministratorOf(KEGOC), { toHolderId: KAP }))
      .thenRejects('redirect_back', 'R2', { field: 'toHolderId' });
  });

  it('R2: given a redirected request, when its new holder passes it on to a holder that never had it, then it moves on', () => {
    spec
      .given(aRequestSubmitted(), aRequestRedirected(), aRequestReceived())
      .when(redirectBy(anAdministratorOf(KMG), { toHolderId: KEGOC }))
      .then({
        ok: true,
        events: [aRequestRedirected({ holderId: KMG, toHolderId: KEGOC }), aRequestReceived({ holderId: KEGOC, fromHolderId: KMG })],
      });
  });

  it('R2: given a received request, when redirected to an unknown holder, then holder_unknown names toHolderId', () => {
    spec
      .given(aRequestSubmitted())
      .when(redirectBy(anAdministratorOf(KAP), { toHolderId: 'ministry-of-magic' }))
      .then({
        ok: false,
        rejection: { code: 'holder_unknown', field: 'toHolderId', rule: 'R2', message: 'No information holder has the id "ministry-of-magic"' },
      });
  });

  it('R2: given a received request, when redirected without a reason, then reason_required names the reason', () => {
    spec
      .given(aRequestSubmitted())
      .when(redirectBy(anAdministratorOf(KAP), { reason: '  \n' }))
      .then({
        ok: false,
        rejection: { code: 'reason_required', field: 'reason', rule: 'R2', message: "A redirect must say why the request is the other holder's competence" },
      });
  });

  it('R2: given an accepted request, when the administrator redirects it, then request_wrong_state (redirect is a moderation decision)', () => {
    spec
      .given(aRequestSubmitted(), aRequestAccepted())
      .when(redirectBy(anAdministratorOf(KAP), { toHolderId: ECONOMY }))
      .then({ ok: false, rejection: { code: 'request_wrong_state', rule: 'R2', message: 'Cannot redirect a request that is accepted; it must be received' } });
  });

  it('R2: given a received request, when a first head (not an administrator) redirects it, then role_not_allowed', () => {
    spec
      .given(aRequestSubmitted())
      .when(redirectBy(aFirstHeadOf(KAP)))
      .then({
        ok: false,
        rejection: { code: 'role_not_allowed', rule: 'R2', message: 'Only administrator of the holder may redirect a request (R2); you have first_head' },
      });
  });
});

describe('Returning a request (R3)', () => {
  it('R3: given a received request, when the administrator returns it on a known Article 11 ground, then it is returned with the code and text', () => {
    spec
      .given(aRequestSubmitted())
      .when(returnBy(anAdministratorOf(KAP)))
      .then({ ok: true, events: [aRequestReturned()] });
    expect(stateAfter(aRequestSubmitted(), aRequestReturned())).toMatchObject({
      status: 'returned',
      returned: { reasonCode: 'not_a_request_for_information', reasonText: 'This is a complaint about a teacher.', returnedAt: at },
    });
  });

  it("R3: given a received request in Russian, when returned without own words, then the ground's Russian text is sent", () => {
    spec
      .given(aRequestSubmitted({ language: 'ru' }))
      .when(returnBy(anAdministratorOf(KAP), { reasonCode: 'no_reply_address', reasonText: ' ' }))
      .then({
        ok: true,
        events: [
          aRequestReturned({
            reasonCode: 'no_reply_address',
            reasonText: 'В запросе не указан почтовый адрес или адрес электронной почты для направления ответа.',
          }),
        ],
      });
  });

  it('R3: given a received request, when returned with an unknown code, then reason_code_unknown names reasonCode', () => {
    spec
      .given(aRequestSubmitted())
      .when(returnBy(anAdministratorOf(KAP), { reasonCode: 'too_boring' }))
      .then({
        ok: false,
        rejection: {
          code: 'reason_code_unknown',
          field: 'reasonCode',
          rule: 'R3',
          message: '"too_boring" is not a ground for return under Article 11 of the Law on Access to Information',
        },
      });
  });

  it('R3: given a received request, when returned with a refusal ground (R6 code), then reason_code_unknown: return and refusal grounds are separate lists', () => {
    spec
      .given(aRequestSubmitted())
      .when(returnBy(anAdministratorOf(KAP), { reasonCode: 'state_secrets' }))
      .then({
        ok: false,
        rejection: {
          code: 'reason_code_unknown',
          field: 'reasonCode',
          rule: 'R3',
          message: '"state_secrets" is not a ground for return under Article 11 of the Law on Access to Information',
        },
      });
  });

  it('R3: given a received request, when a responder returns it, then role_not_allowed names R3', () => {
    spec
      .given(aRequestSubmitted())
      .when(returnBy(aResponderOf(KAP)))
      .then({
        ok: false,
        rejection: { code: 'role_not_allowed', rule: 'R3', message: 'Only administrator of the holder may return a request (R3); you have responder' },
      });
  });

  it('R3: given a request of another holder, when an administrator returns it, then not_your_holder', () => {
    spec
      .given(aRequestSubmitted())
      .when(returnBy(anAdministratorOf(ECONOMY)))
      .then({
        ok: false,
        rejection: {
          code: 'not_your_holder',
          rule: 'R3',
          message: "This request is not with your information holder; only its current holder's staff may return it",
        },
      });
  });

  for (const [status, history] of [
    ['accepted', [aRequestSubmitted(), aRequestAccepted()]],
    ['answered', [aRequestSubmitted(), aRequestAccepted(), aRequestAnswered()]],
    ['returned', [aRequestSubmitted(), aRequestReturned()]],
    ['refused', [aRequestSubmitted(), aRequestRefused()]],
  ] as const) {
    it(`R3: given a ${status} request, when it is returned, then request_wrong_state names ${status}`, () => {
      spec
        .given(...history)
        .when(returnBy(anAdministratorOf(KAP)))
        .then({ ok: false, rejection: { code: 'request_wrong_state', rule: 'R3', message: `Cannot return a request that is ${status}; it must be received` } });
    });
  }
});
