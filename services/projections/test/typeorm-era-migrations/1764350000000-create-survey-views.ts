import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Surveys: one row per survey, one tally row per answer option (created at 0 with the survey). */
export class CreateSurveyViews1764350000000 implements MigrationInterface {
  name = 'CreateSurveyViews1764350000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE read_models.survey_views (
        survey_id uuid PRIMARY KEY,
        holder_id text NOT NULL,
        category text NOT NULL,
        name jsonb NOT NULL,
        launch_date text NOT NULL,
        closing_date text NOT NULL,
        opens_at timestamptz NOT NULL,
        closes_at timestamptz NOT NULL,
        status text NOT NULL,
        results_visibility text NOT NULL,
        questions jsonb NOT NULL,
        return_reason text,
        submitted_at timestamptz,
        last_announced_at timestamptz,
        announcements integer NOT NULL DEFAULT 0,
        ballots integer NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX survey_views_holder ON read_models.survey_views (holder_id, launch_date DESC)');
    await queryRunner.query('CREATE INDEX survey_views_status ON read_models.survey_views (status, submitted_at)');
    await queryRunner.query(`
      CREATE TABLE read_models.survey_option_tallies (
        survey_id uuid NOT NULL,
        option_id text NOT NULL,
        question_id text NOT NULL,
        ordinal integer NOT NULL,
        count integer NOT NULL DEFAULT 0,
        PRIMARY KEY (survey_id, option_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE read_models.survey_option_tallies');
    await queryRunner.query('DROP TABLE read_models.survey_views');
  }
}
