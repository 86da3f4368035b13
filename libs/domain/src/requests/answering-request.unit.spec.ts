import {
  KMG,
  KAP,
  aFirstHeadOf,
  aRequestAccepted,
  aRequestAnswered,
  aRequestRefused,
  aRequestReturned,
  aRequestSubmitted,
  aResponderOf,
  anAdministratorOf,
  anAnswerDrafted,
  anInformationOfficerOf,
  answerBy,
  at,
  daysAfterSubmission,
  draftBy,
  spec,
  stateAfter,
  theAuthor,
} from './request-test-builders';

const accepted = [aRequestSubmitted(), aRequestAccepted()] as const;

describe('Drafting an answer (R4)', () => {
  it('R4: given an accepted request, when a responder drafts an answer, then the draft is recorded with its id', () => {
    spec
      .given(...accepted)
      .when(draftBy(aResponderOf(KAP)))
      .then({ ok: true, events: [anAnswerDrafted()] });
  });

  it('R4: given an accepted request, when an administrator drafts, then it is allowed too', () => {
    spec
      .given(...accepted)
      .when(draftBy(anAdministratorOf(KAP), { draftId: 'draft-2' }))
      .then({ ok: true, events: [anAnswerDrafted({ draftId: 'draft-2' })] });
  });

  it('R4: the request keeps every draft, in order', () => {
    const second = anAnswerDrafted({ draftId: 'draft-2', text: 'Second try.' });
    expect(stateAfter(...accepted, anAnswerDrafted(), second)).toMatchObject({
      status: 'accepted',
      drafts: [
        { draftId: 'draft-1', holderId: KAP, draftedAt: at },
        { draftId: 'draft-2', holderId: KAP, text: 'Second try.', draftedAt: at },
      ],
    });
  });

  it("R4: given an accepted request, when a first head drafts, then role_not_allowed (drafting is the responder's)", () => {
    spec
      .given(...accepted)
      .when(draftBy(aFirstHeadOf(KAP)))
      .then({
        ok: false,
        rejection: {
          code: 'role_not_allowed',
          rule: 'R4',
          message: 'Only responder or administrator of the holder may draft an answer to a request (R4); you have first_head',
        },
      });
  });

  it('R4: given a draft with this id, when drafted again with the same id, then draft_id_taken', () => {
    spec
      .given(...accepted, anAnswerDrafted())
      .when(draftBy(aResponderOf(KAP)))
      .then({
        ok: false,
        rejection: { code: 'draft_id_taken', field: 'draftId', rule: 'R4', message: 'The draft id "draft-1" is blank or already used on this request' },
      });
  });

  it('R4: given an accepted request, when a blank draft is sent, then text_required names the text', () => {
    spec
      .given(...accepted)
      .when(draftBy(aResponderOf(KAP), { text: ' ' }))
      .then({ ok: false, rejection: { code: 'text_required', field: 'text', rule: 'R4', message: 'A draft answer must not be blank' } });
  });

  it('R4: given a received (not yet accepted) request, when a responder drafts, then request_wrong_state names received', () => {
    spec
      .given(aRequestSubmitted())
      .when(draftBy(aResponderOf(KAP)))
      .then({
        ok: false,
        rejection: { code: 'request_wrong_state', rule: 'R4', message: 'Cannot draft an answer to a request that is received; it must be accepted' },
      });
  });

  it('R4: given a request of another holder, when its responder drafts, then not_your_holder', () => {
    spec
      .given(...accepted)
      .when(draftBy(aResponderOf(KMG)))
      .then({
        ok: false,
        rejection: {
          code: 'not_your_holder',
          rule: 'R4',
          message: "This request is not with your information holder; only its current holder's staff may draft an answer to it",
        },
      });
  });
});

describe('Answering a request (R4)', () => {
  it('R4: given an accepted request, when a responder answers, then it is answered', () => {
    spec
      .given(...accepted)
      .when(answerBy(aResponderOf(KAP)))
      .then({ ok: true, events: [aRequestAnswered()] });
    expect(stateAfter(...accepted, aRequestAnswered())).toMatchObject({ status: 'answered', answer: { answeredAt: at } });
  });

  it('R4: given an accepted request with a draft, when the first head answers with that draft, then the answer names the draft', () => {
    spec
      .given(...accepted, anAnswerDrafted())
      .when(answerBy(aFirstHeadOf(KAP), { draftId: 'draft-1' }))
      .then({ ok: true, events: [aRequestAnswered({ draftId: 'draft-1' })] });
  });

  it('R4: given an accepted request, when an administrator answers, then it is answered', () => {
    spec
      .given(...accepted)
      .when(answerBy(anAdministratorOf(KAP)))
      .then({ ok: true, events: [aRequestAnswered()] });
  });

  it("R4: given an accepted request, when answered 40 days after receipt (late), then the answer is still accepted - lateness is the clock's business", () => {
    const late = daysAfterSubmission(40);
    spec
      .given(...accepted)
      .when(answerBy(aResponderOf(KAP), {}, late))
      .then({ ok: true, events: [aRequestAnswered({ answeredAt: late.toISOString() })] });
  });

  it('R4: given an accepted request, when the answer names a draft it does not have, then draft_unknown', () => {
    spec
      .given(...accepted)
      .when(answerBy(aResponderOf(KAP), { draftId: 'draft-9' }))
      .then({ ok: false, rejection: { code: 'draft_unknown', field: 'draftId', rule: 'R4', message: 'This request has no draft "draft-9"' } });
  });

  it('R4: given an accepted request, when the answer is blank, then text_required', () => {
    spec
      .given(...accepted)
      .when(answerBy(aResponderOf(KAP), { text: '\t' }))
      .then({ ok: false, rejection: { code: 'text_required', field: 'text', rule: 'R4', message: 'An answer must not be blank' } });
  });

  it('R4: given an accepted request, when the answer is longer than 20000 characters, then text_too_long (20000 itself is fine)', () => {
    spec
      .given(...accepted)
      .when(answerBy(aResponderOf(KAP), { text: 'x'.repeat(20_001) }))
      .then({ ok: false, rejection: { code: 'text_too_long', field: 'text', rule: 'R4', message: 'The text must be at most 20000 characters; it has 20001' } });
    spec
      .given(...accepted)
      .when(answerBy(aResponderOf(KAP), { text: 'x'.repeat(20_000) }))
      .then({ ok: true, events: [aRequestAnswered({ text: 'x'.repeat(20_000) })] });
  });

  it('R4: given an accepted request, when the information officer answers, then role_not_allowed', () => {
    spec
      .given(...accepted)
      .when(answerBy(anInformationOfficerOf(KAP)))
      .then({
        ok: false,
        rejection: {
          code: 'role_not_allowed',
          rule: 'R4',
          message: 'Only responder, administrator or first_head of the holder may answer a request (R4); you have information_officer',
        },
      });
  });

  it('R4: given an accepted request, when the author tries to answer it, then not_your_holder', () => {
    spec
      .given(...accepted)
      .when(answerBy(theAuthor))
      .then({
        ok: false,
        rejection: {
          code: 'not_your_holder',
          rule: 'R4',
          message: "This request is not with your information holder; only its current holder's staff may answer it",
        },
      });
  });

  for (const [status, history] of [
    ['received', [aRequestSubmitted()]],
    ['answered', [...accepted, aRequestAnswered()]],
    ['returned', [aRequestSubmitted(), aRequestReturned()]],
    ['refused', [...accepted, aRequestRefused()]],
  ] as const) {
    it(`R4: given a ${status} request, when a responder answers, then request_wrong_state names ${status}`, () => {
      spec
        .given(...history)
        .when(answerBy(aResponderOf(KAP)))
        .then({ ok: false, rejection: { code: 'request_wrong_state', rule: 'R4', message: `Cannot answer a request that is ${status}; it must be accepted` } });
    });
  }
});
