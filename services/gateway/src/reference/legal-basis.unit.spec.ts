import { publishedLegalBasis } from './legal-basis.controller';

describe('The published legal basis of the blog platform', () => {
  it('marks the 2023 text of Order 145 in force for a request received now, with its blog holders and R2 for redirection only', () => {
    // given the texts of Order 145, when read on 3 December 2026
    const basis = publishedLegalBasis(new Date('2026-12-03T10:00:00+05:00'));
    // then the 2023 text is the one in force, and says who has a blog and what R2's term is for
    expect(basis.inForce).toBe('order-145-2023');
    expect(basis.texts.filter((text) => text.inForce).map((text) => text.id)).toEqual(['order-145-2023']);
    expect(basis.texts.find((text) => text.id === 'order-145-2023')).toMatchObject({
      inForceFromCertainty: 'estimated',
      blogPlatform: { holders: 'quasi-public-not-fully-state-owned' },
      r2Term: { appliesTo: 'redirection-only' },
    });
  });

  it('marks the 2021 text in force for a request received before the 2023 amendment took effect', () => {
    // given the texts, when read on 1 June 2022
    const basis = publishedLegalBasis(new Date('2022-06-01T10:00:00+05:00'));
    // then the 2021 text governs, every state body and quasi-public company having a blog, R2 for acceptance or redirection
    expect(basis.inForce).toBe('order-145-2021');
    expect(basis.texts.find((text) => text.inForce)).toMatchObject({
      blogPlatform: { holders: 'state-bodies-and-quasi-public' },
      r2Term: { appliesTo: 'acceptance-or-redirection' },
    });
  });
});
