import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Conferences (C1–C4): one row per conference, one per question (no author identity). */
export class CreateConferenceViews1764450000000 implements MigrationInterface {
  name = 'CreateConferenceViews1764450000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE read_models.conference_views (
        conference_id uuid PRIMARY KEY,
        holder_id text NOT NULL,
        status text NOT NULL,
        template jsonb NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        submitted_at timestamptz,
        return_reason text,
        announcement_url text,
        announced_at timestamptz,
        announcement_late boolean,
        question_count integer NOT NULL DEFAULT 0,
        unanswered_count integer NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL
      )`);
    await runner.query('CREATE INDEX conference_views_holder ON read_models.conference_views (holder_id, starts_at DESC)');
    await runner.query('CREATE INDEX conference_views_status ON read_models.conference_views (status, ends_at)');
    await runner.query(`
      CREATE TABLE read_models.conference_questions (
        question_id uuid PRIMARY KEY,
        conference_id uuid NOT NULL,
        asked_by text NOT NULL,
        text text NOT NULL,
        asked_at timestamptz NOT NULL,
        answer_text text,
        answered_at timestamptz,
        answer_late boolean
      )`);
    await runner.query('CREATE INDEX conference_questions_conference ON read_models.conference_questions (conference_id, asked_at)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE read_models.conference_questions');
    await runner.query('DROP TABLE read_models.conference_views');
  }
}
