import {
  KMG,
  KAP,
  aDeadlineExtended,
  aFirstHeadOf,
  aRequestAccepted,
  aRequestAnswered,
  aRequestRefused,
  aRequestReturned,
  aRequestSubmitted,
  aResponderOf,
  anAdministratorOf,
  anExtensionNoticeSent,
  at,
  refuseBy,
  spec,
  stateAfter,
} from './request-test-builders';

describe('Refusing a request (R6)', () => {
  it('R6: given a received request, when the administrator refuses on an Article 11 p. 16 ground with reasons, then it is refused', () => {
    spec
      .given(aRequestSubmitted())
      .when(refuseBy(anAdministratorOf(KAP)))
      .then({ ok: true, events: [aRequestRefused()] });
    expect(stateAfter(aRequestSubmitted(), aRequestRefused())).toMatchObject({
      status: 'refused',
      refusal: { groundCode: 'state_secrets', reasonText: 'The figures of the defence budget are a state secret.', refusedAt: at },
    });
  });

  it('R6: given an accepted and extended request, when the first head refuses (personal data of others), then it is refused', () => {
    spec
      .given(aRequestSubmitted(), aRequestAccepted(), aDeadlineExtended(), anExtensionNoticeSent())
      .when(refuseBy(aFirstHeadOf(KAP), { groundCode: 'personal_data_of_others', reasonText: 'The salaries asked for are personal data of the teachers.' }))
      .then({
        ok: true,
        events: [aRequestRefused({ groundCode: 'personal_data_of_others', reasonText: 'The salaries asked for are personal data of the teachers.' })],
      });
  });

  it('R6: given a received request, when refused without reasons, then reason_required names reasonText', () => {
    spec
      .given(aRequestSubmitted())
      .when(refuseBy(anAdministratorOf(KAP), { reasonText: '   ' }))
      .then({
        ok: false,
        rejection: { code: 'reason_required', field: 'reasonText', rule: 'R6', message: 'A refusal must be reasoned: give the reason in reasonText' },
      });
  });

  it('R6: given a received request, when the reasons run past 4000 characters, then text_too_long names reasonText', () => {
    spec
      .given(aRequestSubmitted())
      .when(refuseBy(anAdministratorOf(KAP), { reasonText: 'r'.repeat(4_001) }))
      .then({
        ok: false,
        rejection: { code: 'text_too_long', field: 'reasonText', rule: 'R6', message: 'The reasonText must be at most 4000 characters; it has 4001' },
      });
  });

  it('R6: given a received request, when refused on an unknown ground, then reason_code_unknown names groundCode', () => {
    spec
      .given(aRequestSubmitted())
      .when(refuseBy(anAdministratorOf(KAP), { groundCode: 'busy' }))
      .then({
        ok: false,
        rejection: {
          code: 'reason_code_unknown',
          field: 'groundCode',
          rule: 'R6',
          message: '"busy" is not a ground for refusal under Article 11 (paragraph 16) of the Law on Access to Information',
        },
      });
  });

  it('R6: given a received request, when refused on a return ground (R3 code), then reason_code_unknown', () => {
    spec
      .given(aRequestSubmitted())
      .when(refuseBy(anAdministratorOf(KAP), { groundCode: 'anonymous' }))
      .then({
        ok: false,
        rejection: {
          code: 'reason_code_unknown',
          field: 'groundCode',
          rule: 'R6',
          message: '"anonymous" is not a ground for refusal under Article 11 (paragraph 16) of the Law on Access to Information',
        },
      });
  });

  it('R6: given an accepted request, when a responder refuses, then role_not_allowed names R6', () => {
    spec
      .given(aRequestSubmitted(), aRequestAccepted())
      .when(refuseBy(aResponderOf(KAP)))
      .then({
        ok: false,
        rejection: {
          code: 'role_not_allowed',
          rule: 'R6',
          message: 'Only administrator or first_head of the holder may refuse a request (R6); you have responder',
        },
      });
  });

  it('R6: given a request of another holder, when its first head refuses, then not_your_holder', () => {
    spec
      .given(aRequestSubmitted())
      .when(refuseBy(aFirstHeadOf(KMG)))
      .then({
        ok: false,
        rejection: {
          code: 'not_your_holder',
          rule: 'R6',
          message: "This request is not with your information holder; only its current holder's staff may refuse it",
        },
      });
  });

  for (const [status, history] of [
    ['answered', [aRequestSubmitted(), aRequestAccepted(), aRequestAnswered()]],
    ['returned', [aRequestSubmitted(), aRequestReturned()]],
    ['refused', [aRequestSubmitted(), aRequestRefused()]],
  ] as const) {
    it(`R6: given a ${status} request, when refused, then request_wrong_state names ${status}`, () => {
      spec
        .given(...history)
        .when(refuseBy(anAdministratorOf(KAP)))
        .then({
          ok: false,
          rejection: { code: 'request_wrong_state', rule: 'R6', message: `Cannot refuse a request that is ${status}; it must be received or accepted` },
        });
    });
  }
});
