import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Free text that others than its author see (the public blog, public conference questions and answers,
 * dislike reasons in a holder's statistics) is stored with IINs/BINs, phone numbers and e-mail addresses
 * masked; these columns say where something was masked, so the API can mark the text as machine-redacted.
 * Rows folded before this migration were scrubbed by an older, weaker scrubber and say false: rebuild the
 * read models (`npm run projections:rebuild`) to scrub them again.
 */
export class RedactionMarks1764660000000 implements MigrationInterface {
  name = 'RedactionMarks1764660000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `ALTER TABLE read_models.blog_posts ADD COLUMN redacted boolean NOT NULL DEFAULT false, ADD COLUMN answer_redacted boolean NOT NULL DEFAULT false`,
    );
    await runner.query(
      `ALTER TABLE read_models.conference_questions ADD COLUMN redacted boolean NOT NULL DEFAULT false, ADD COLUMN answer_redacted boolean NOT NULL DEFAULT false`,
    );
    await runner.query(`ALTER TABLE read_models.holder_statistics ADD COLUMN dislike_reasons_redacted boolean NOT NULL DEFAULT false`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE read_models.holder_statistics DROP COLUMN dislike_reasons_redacted`);
    await runner.query(`ALTER TABLE read_models.conference_questions DROP COLUMN answer_redacted, DROP COLUMN redacted`);
    await runner.query(`ALTER TABLE read_models.blog_posts DROP COLUMN answer_redacted, DROP COLUMN redacted`);
  }
}
