import { Controller, Get } from '@nestjs/common';
import { ORDER_145_TEXTS, order145TextInForceAt, type Order145Text } from '@od/domain';
import { clockFromEnvironment } from '@od/platform';

/** What R2's 3-working-day term from receipt is for, in words. */
const R2_TERM_MEANING: Record<Order145Text['r2Term'], string> = {
  'acceptance-or-redirection': 'R2: the administrator accepts or redirects the request within 3 working days of its receipt',
  'redirection-only':
    'R2: a request outside the holder’s competence is redirected within 3 working days of its receipt; acceptance has no term of its own besides R4',
};

/** The texts of Order 145 as published: which one governs requests received at `now` is marked `inForce`. */
export function publishedLegalBasis(now: Date) {
  const inForce = order145TextInForceAt(now);
  return {
    inForce: inForce.id,
    texts: ORDER_145_TEXTS.map((text) => ({
      id: text.id,
      title: text.title,
      inForceFrom: text.inForceFrom,
      inForceFromCertainty: text.inForceFromCertainty,
      inForceFromNote: text.inForceFromNote,
      source: text.source,
      blogPlatform: text.blogPlatform,
      r2Term: { appliesTo: text.r2Term, meaning: R2_TERM_MEANING[text.r2Term] },
      inForce: text.id === inForce.id,
    })),
  };
}

/**
 * The legal basis of the blog platform, public: each text of Order 145 with its first day in force (and how sure
 * that date is), its source, who has a blog under it and what R2's term is for. A request is governed to its end
 * by the text in force at its receipt. Served from the domain's data itself.
 */
@Controller('api/reference/legal-basis')
export class LegalBasisController {
  private readonly clock = clockFromEnvironment();

  @Get()
  legalBasis() {
    return publishedLegalBasis(this.clock.now());
  }
}
