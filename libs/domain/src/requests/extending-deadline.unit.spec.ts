import {
  ECONOMY,
  KMG,
  KAP,
  aDeadlineExtended,
  aFirstHeadOf,
  aRequestAccepted,
  aRequestAnswered,
  aRequestSubmitted,
  aResponderOf,
  anAdministratorOf,
  anExtensionNoticeSent,
  at,
  extendBy,
  spec,
  stateAfter,
  staffOf,
} from './request-test-builders';

const accepted = [aRequestSubmitted(), aRequestAccepted()] as const;

describe('Extending the deadline (R5)', () => {
  it("R5: given an accepted request, when the first head extends by 10 days naming another holder, then the extension and the user's notice are recorded at once", () => {
    spec
      .given(...accepted)
      .when(extendBy(aFirstHeadOf(KAP)))
      .then({ ok: true, events: [aDeadlineExtended(), anExtensionNoticeSent()] });
    expect(stateAfter(...accepted, aDeadlineExtended(), anExtensionNoticeSent())).toMatchObject({
      status: 'accepted',
      extensionUsed: true,
      extension: { days: 10, otherHolderIds: [ECONOMY], extendedAt: at, noticeSentAt: at },
    });
  });

  it('R5: given an accepted request, when the first head extends by the full 15 days, then it is allowed', () => {
    spec
      .given(...accepted)
      .when(extendBy(aFirstHeadOf(KAP), { days: 15 }))
      .then({ ok: true, events: [aDeadlineExtended({ days: 15 }), anExtensionNoticeSent()] });
  });

  it('R5: given an accepted request, when the same other holder is named twice, then it is recorded once', () => {
    spec
      .given(...accepted)
      .when(extendBy(aFirstHeadOf(KAP), { otherHolderIds: [ECONOMY, ` ${ECONOMY}`, KMG] }))
      .then({ ok: true, events: [aDeadlineExtended({ otherHolderIds: [ECONOMY, KMG] }), anExtensionNoticeSent()] });
  });

  it('R5: given an accepted request, when a responder extends, then role_not_allowed cites R5', () => {
    spec
      .given(...accepted)
      .when(extendBy(aResponderOf(KAP)))
      .then({
        ok: false,
        rejection: {
          code: 'role_not_allowed',
          rule: 'R5',
          message: 'Only first_head of the holder may extend the deadline of a request (R5); you have responder',
        },
      });
  });

  it('R5: given an accepted request, when an administrator extends, then role_not_allowed cites R5', () => {
    spec
      .given(...accepted)
      .when(extendBy(anAdministratorOf(KAP)))
      .then({
        ok: false,
        rejection: {
          code: 'role_not_allowed',
          rule: 'R5',
          message: 'Only first_head of the holder may extend the deadline of a request (R5); you have administrator',
        },
      });
  });

  it('R5: given an accepted request, when staff with no active role extend, then role_not_allowed says so', () => {
    spec
      .given(...accepted)
      .when(extendBy(staffOf(KAP)))
      .then({
        ok: false,
        rejection: {
          code: 'role_not_allowed',
          rule: 'R5',
          message: 'Only first_head of the holder may extend the deadline of a request (R5); you have no role',
        },
      });
  });

  it('R5: given a request of Kazatomprom, when the first head of another holder extends, then not_your_holder', () => {
    spec
      .given(...accepted)
      .when(extendBy(aFirstHeadOf(KMG), { otherHolderIds: [ECONOMY] }))
      .then({
        ok: false,
        rejection: {
          code: 'not_your_holder',
          rule: 'R5',
          message: "This request is not with your information holder; only its current holder's staff may extend the deadline of it",
        },
      });
  });

  it('R5: given an already extended request, when the first head extends again, then extension_already_used', () => {
    spec
      .given(...accepted, aDeadlineExtended(), anExtensionNoticeSent())
      .when(extendBy(aFirstHeadOf(KAP), { days: 1 }))
      .then({
        ok: false,
        rejection: {
          code: 'extension_already_used',
          rule: 'R5',
          message: `The deadline of this request was already extended on ${at}; it may be extended only once`,
        },
      });
  });

  it('R5: given an accepted request, when extended by 16 days, then extension_too_long names days', () => {
    spec
      .given(...accepted)
      .when(extendBy(aFirstHeadOf(KAP), { days: 16 }))
      .then({ ok: false, rejection: { code: 'extension_too_long', field: 'days', rule: 'R5', message: 'An extension is at most 15 calendar days; got 16' } });
  });

  for (const days of [0, -3, 2.5]) {
    it(`R5: given an accepted request, when extended by ${days} days, then extension_days_invalid names days`, () => {
      spec
        .given(...accepted)
        .when(extendBy(aFirstHeadOf(KAP), { days }))
        .then({
          ok: false,
          rejection: {
            code: 'extension_days_invalid',
            field: 'days',
            rule: 'R5',
            message: `An extension is a whole number of calendar days from 1 to 15; got ${days}`,
          },
        });
    });
  }

  it('R5: given an accepted request, when extended without other holders, then extension_needs_other_holders', () => {
    spec
      .given(...accepted)
      .when(extendBy(aFirstHeadOf(KAP), { otherHolderIds: [' '] }))
      .then({
        ok: false,
        rejection: {
          code: 'extension_needs_other_holders',
          field: 'otherHolderIds',
          rule: 'R5',
          message: 'An extension must name the other holders whose information the answer needs',
        },
      });
  });

  it('R5: given an accepted request, when the only "other" holder named is the holder itself, then extension_needs_other_holders', () => {
    spec
      .given(...accepted)
      .when(extendBy(aFirstHeadOf(KAP), { otherHolderIds: [KAP, ECONOMY] }))
      .then({
        ok: false,
        rejection: {
          code: 'extension_needs_other_holders',
          field: 'otherHolderIds',
          rule: 'R5',
          message: "The other holders must not include the request's own holder kazatomprom",
        },
      });
  });

  it('R5: given an accepted request, when an unknown holder is named, then holder_unknown names otherHolderIds', () => {
    spec
      .given(...accepted)
      .when(extendBy(aFirstHeadOf(KAP), { otherHolderIds: [ECONOMY, 'ministry-of-magic'] }))
      .then({
        ok: false,
        rejection: { code: 'holder_unknown', field: 'otherHolderIds', rule: 'R5', message: 'No information holder has the id "ministry-of-magic"' },
      });
  });

  it('R5: given an accepted request, when extended without a reason, then reason_required', () => {
    spec
      .given(...accepted)
      .when(extendBy(aFirstHeadOf(KAP), { reason: '' }))
      .then({
        ok: false,
        rejection: { code: 'reason_required', field: 'reason', rule: 'R5', message: "An extension must say why the other holders' information is needed" },
      });
  });

  it('R5: given a received (not accepted) request, when the first head extends, then request_wrong_state names received', () => {
    spec
      .given(aRequestSubmitted())
      .when(extendBy(aFirstHeadOf(KAP)))
      .then({
        ok: false,
        rejection: { code: 'request_wrong_state', rule: 'R5', message: 'Cannot extend the deadline of a request that is received; it must be accepted' },
      });
  });

  it('R5: given an answered request, when the first head extends, then request_wrong_state names answered', () => {
    spec
      .given(...accepted, aRequestAnswered())
      .when(extendBy(aFirstHeadOf(KAP)))
      .then({
        ok: false,
        rejection: { code: 'request_wrong_state', rule: 'R5', message: 'Cannot extend the deadline of a request that is answered; it must be accepted' },
      });
  });
});
