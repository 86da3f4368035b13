import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The request view now says the domain's statuses (`RequestStatus`): a request awaiting moderation at its
 * current holder is `received`, whether it was submitted there or redirected there. Rows folded before
 * said `submitted` (never redirected) or, between a redirect and its receipt, `redirected`; both are
 * `received` in what a rebuild gives (a redirect is always appended with the receipt that follows it), so
 * they are rewritten in place and no rebuild is needed.
 */
export class RequestStatusVocabulary1764770000000 implements MigrationInterface {
  name = 'RequestStatusVocabulary1764770000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`UPDATE read_models.request_views SET status = 'received' WHERE status IN ('submitted', 'redirected')`);
  }

  async down(runner: QueryRunner): Promise<void> {
    // The old words: `submitted` for a request still at its first holder, `received` after a redirect.
    await runner.query(`UPDATE read_models.request_views SET status = 'submitted' WHERE status = 'received' AND redirects = '[]'::jsonb`);
  }
}
