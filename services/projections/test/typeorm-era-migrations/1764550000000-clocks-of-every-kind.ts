import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `deadline_clocks` holds every kind of clock the deadlines service records: request (R2–R6, `deadline-…`),
 * conference (C3, C4, C5, `conferencedeadline-…`) and survey (C3, `surveydeadline-…`), found by (kind,
 * subject_id); `request_id` stays for the request clocks (the request views join on it), null for the others. The key is the old one with the
 * kind and subject in place of the request: (kind, subject_id, rule, clock_id).
 */
export class ClocksOfEveryKind1764550000000 implements MigrationInterface {
  name = 'ClocksOfEveryKind1764550000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE read_models.deadline_clocks ADD COLUMN kind text NOT NULL DEFAULT 'request'`);
    await runner.query(`ALTER TABLE read_models.deadline_clocks ADD COLUMN subject_id uuid`);
    await runner.query(`UPDATE read_models.deadline_clocks SET subject_id = request_id`);
    await runner.query(`ALTER TABLE read_models.deadline_clocks ALTER COLUMN subject_id SET NOT NULL`);
    await runner.query(`ALTER TABLE read_models.deadline_clocks ADD COLUMN question_id text`);
    await runner.query(`ALTER TABLE read_models.deadline_clocks DROP CONSTRAINT deadline_clocks_pkey`);
    await runner.query(`ALTER TABLE read_models.deadline_clocks ALTER COLUMN request_id DROP NOT NULL`);
    await runner.query(`ALTER TABLE read_models.deadline_clocks ADD PRIMARY KEY (kind, subject_id, rule, clock_id)`);
    await runner.query(`CREATE INDEX deadline_clocks_request ON read_models.deadline_clocks (request_id) WHERE request_id IS NOT NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DELETE FROM read_models.deadline_clocks WHERE kind <> 'request'`);
    await runner.query(`DROP INDEX read_models.deadline_clocks_request`);
    await runner.query(`ALTER TABLE read_models.deadline_clocks DROP CONSTRAINT deadline_clocks_pkey`);
    await runner.query(`ALTER TABLE read_models.deadline_clocks ALTER COLUMN request_id SET NOT NULL`);
    await runner.query(`ALTER TABLE read_models.deadline_clocks ADD PRIMARY KEY (request_id, rule, clock_id)`);
    await runner.query(`ALTER TABLE read_models.deadline_clocks DROP COLUMN question_id, DROP COLUMN subject_id, DROP COLUMN kind`);
  }
}
