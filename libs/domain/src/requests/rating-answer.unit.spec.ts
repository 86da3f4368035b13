import {
  AUTHOR_IIN,
  KAP,
  aCitizen,
  aRequestAccepted,
  aRequestAnswered,
  aRequestRefused,
  aRequestReturned,
  aRequestSubmitted,
  anAdministratorOf,
  anAnswerRated,
  at,
  rateBy,
  spec,
  stateAfter,
  theAuthor,
} from './request-test-builders';

const answered = [aRequestSubmitted(), aRequestAccepted(), aRequestAnswered()] as const;

describe('Rating an answer (R7)', () => {
  it('R7: given an answered request, when the author likes the answer, then the rating is recorded', () => {
    spec
      .given(...answered)
      .when(rateBy(theAuthor))
      .then({ ok: true, events: [anAnswerRated()] });
    expect(stateAfter(...answered, anAnswerRated())).toMatchObject({ status: 'answered', rating: { rating: 'like', ratedAt: at } });
  });

  it('R7: given an answered request, when the author dislikes it with a reason, then the reason is kept (trimmed)', () => {
    spec
      .given(...answered)
      .when(rateBy(theAuthor, { rating: 'dislike', reason: '  The link leads nowhere. ' }))
      .then({ ok: true, events: [anAnswerRated({ rating: 'dislike', reason: 'The link leads nowhere.' })] });
  });

  it('R7: given an answered request, when the author dislikes it without a reason, then reason_required names the reason', () => {
    spec
      .given(...answered)
      .when(rateBy(theAuthor, { rating: 'dislike', reason: ' ' }))
      .then({ ok: false, rejection: { code: 'reason_required', field: 'reason', rule: 'R7', message: 'A dislike must give its reason' } });
    spec
      .given(...answered)
      .when(rateBy(theAuthor, { rating: 'dislike' }))
      .then({ ok: false, rejection: { code: 'reason_required', field: 'reason', rule: 'R7', message: 'A dislike must give its reason' } });
  });

  it('R7: given an answered request, when another citizen rates it, then not_the_author', () => {
    spec
      .given(...answered)
      .when(rateBy(aCitizen('850505400123')))
      .then({ ok: false, rejection: { code: 'not_the_author', rule: 'R7', message: 'Only the user who sent the request may rate its answer' } });
  });

  it("R7: given an answered request, when the holder's administrator rates it, then not_the_author", () => {
    spec
      .given(...answered)
      .when(rateBy(anAdministratorOf(KAP)))
      .then({ ok: false, rejection: { code: 'not_the_author', rule: 'R7', message: 'Only the user who sent the request may rate its answer' } });
  });

  it("R7: given a citizen's request, when an organisation whose BIN equals the author's IIN rates it, then not_the_author (kind and id must both match)", () => {
    spec
      .given(...answered)
      .when(rateBy({ kind: 'organisation', id: AUTHOR_IIN, staffRoles: [] }))
      .then({ ok: false, rejection: { code: 'not_the_author', rule: 'R7', message: 'Only the user who sent the request may rate its answer' } });
  });

  it('R7: given a rated answer, when the author rates it again, then already_rated', () => {
    spec
      .given(...answered, anAnswerRated())
      .when(rateBy(theAuthor, { rating: 'dislike', reason: 'Changed my mind' }))
      .then({ ok: false, rejection: { code: 'already_rated', rule: 'R7', message: `The answer was already rated (like) on ${at}; it is rated once` } });
  });

  for (const [status, history] of [
    ['received', [aRequestSubmitted()]],
    ['accepted', [aRequestSubmitted(), aRequestAccepted()]],
    ['returned', [aRequestSubmitted(), aRequestReturned()]],
  ] as const) {
    it(`R7: given a ${status} request, when the author rates it, then not_answered_yet names ${status}`, () => {
      spec
        .given(...history)
        .when(rateBy(theAuthor))
        .then({
          ok: false,
          rejection: {
            code: 'not_answered_yet',
            rule: 'R7',
            message: `Cannot rate a request that is ${status}; only an answer or a reasoned refusal (R6) can be rated`,
          },
        });
    });
  }

  it('R7 with R6: given a refused request (a reasoned answer), when the author dislikes the refusal with a reason, then the rating is recorded', () => {
    spec
      .given(aRequestSubmitted(), aRequestAccepted(), aRequestRefused())
      .when(rateBy(theAuthor, { rating: 'dislike', reason: 'The ground does not apply to a school budget.' }))
      .then({ ok: true, events: [anAnswerRated({ rating: 'dislike', reason: 'The ground does not apply to a school budget.' })] });
  });

  it('R7: given no request, when someone rates, then request_wrong_state says it was never submitted', () => {
    spec
      .given()
      .when(rateBy(theAuthor))
      .then({ ok: false, rejection: { code: 'request_wrong_state', rule: 'R7', message: 'Cannot rate a request that was never submitted' } });
  });
});
