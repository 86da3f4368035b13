import { Controller, Get } from '@nestjs/common';
import { REFUSAL_GROUNDS, RETURN_GROUNDS, type Article11Ground } from '@od/domain';

/** A ground as published: its stable code, the rule it serves, where it comes from, how sure we are, its texts. */
function published(ground: Article11Ground) {
  return { code: ground.code, rule: ground.rule, basis: ground.basis, certainty: ground.certainty, text: ground.text };
}

/**
 * The Article 11 grounds a request may be returned (R3) or refused (R6) on, in kk/ru/en: public, so a portal
 * or an integrator shows the same texts the holders choose from. Served from the domain's data itself.
 */
@Controller('api/reference/grounds')
export class LegalGroundsController {
  @Get()
  grounds() {
    return { returnGrounds: RETURN_GROUNDS.map(published), refusalGrounds: REFUSAL_GROUNDS.map(published) };
  }
}
