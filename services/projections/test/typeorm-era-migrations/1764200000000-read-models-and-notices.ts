import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Read models and notices": the request's whole life on `request_views`, its history, the deadline clocks,
 * the holders' blog feeds and statistics, and the users' in-app notices.
 */
export class ReadModelsAndNotices1764200000000 implements MigrationInterface {
  name = 'ReadModelsAndNotices1764200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE read_models.request_views
        ADD COLUMN received_at timestamptz,
        ADD COLUMN status_changed_at timestamptz,
        ADD COLUMN redirects jsonb NOT NULL DEFAULT '[]'::jsonb,
        ADD COLUMN accepted_at timestamptz,
        ADD COLUMN answer_text text,
        ADD COLUMN answered_at timestamptz,
        ADD COLUMN reason_code text,
        ADD COLUMN reason_text text,
        ADD COLUMN extended_days integer,
        ADD COLUMN rating text,
        ADD COLUMN rating_reason text`);
    await runner.query(`CREATE INDEX request_views_holder_status ON read_models.request_views (holder_id, status)`);

    await runner.query(`
      CREATE TABLE read_models.request_history (
        event_id uuid PRIMARY KEY,
        request_id uuid NOT NULL,
        position text NOT NULL,
        position_tx bigint NOT NULL,
        position_seq bigint NOT NULL,
        type text NOT NULL,
        holder_id text,
        occurred_at timestamptz NOT NULL,
        -- {kk, ru, en}: one short line for people
        summary jsonb NOT NULL
      )`);
    await runner.query(`CREATE INDEX request_history_request ON read_models.request_history (request_id, position_tx, position_seq)`);

    await runner.query(`
      CREATE TABLE read_models.deadline_clocks (
        request_id uuid NOT NULL,
        rule text NOT NULL,
        clock_id text NOT NULL,
        holder_id text NOT NULL,
        -- running | met | met_late | breached | superseded
        status text NOT NULL,
        -- from DeadlineStarted until DeadlineStopped: still owed
        open boolean NOT NULL,
        due_at timestamptz NOT NULL,
        warn_at timestamptz,
        started_at timestamptz,
        warned_at timestamptz,
        breached_at timestamptz,
        stopped_at timestamptz,
        recomputations integer NOT NULL DEFAULT 0,
        PRIMARY KEY (request_id, rule, clock_id)
      )`);
    await runner.query(`CREATE INDEX deadline_clocks_holder_due ON read_models.deadline_clocks (holder_id, open, due_at)`);

    await runner.query(`
      CREATE TABLE read_models.blog_posts (
        request_id uuid PRIMARY KEY,
        holder_id text NOT NULL,
        published boolean NOT NULL,
        subject text NOT NULL,
        text text NOT NULL,
        language text NOT NULL,
        submitted_at timestamptz NOT NULL,
        accepted_at timestamptz,
        -- answered | refused
        outcome text,
        answer_text text,
        answered_at timestamptz
      )`);
    await runner.query(`CREATE INDEX blog_posts_holder ON read_models.blog_posts (holder_id, published, accepted_at DESC)`);

    await runner.query(`
      CREATE TABLE read_models.holder_statistics (
        holder_id text PRIMARY KEY,
        received integer NOT NULL,
        accepted integer NOT NULL,
        redirected integer NOT NULL,
        returned integer NOT NULL,
        answered integer NOT NULL,
        answered_on_time integer NOT NULL,
        answered_late integer NOT NULL,
        refused integer NOT NULL,
        extended integer NOT NULL,
        deadlines_breached integer NOT NULL,
        likes integer NOT NULL,
        dislikes integer NOT NULL,
        -- {reason: count}
        dislike_reasons jsonb NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE read_models.statistics_answer_clocks (
        request_id uuid NOT NULL,
        clock_id text NOT NULL,
        holder_id text NOT NULL,
        -- on_time | late: how this R4 clock has been counted
        timing text NOT NULL,
        PRIMARY KEY (request_id, clock_id)
      )`);

    await runner.query(`
      CREATE TABLE read_models.notice_views (
        notice_id uuid PRIMARY KEY,
        user_id text NOT NULL,
        kind text NOT NULL,
        request_id uuid NOT NULL,
        language text NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        caused_by_event_id uuid NOT NULL,
        issued_at timestamptz NOT NULL,
        position text NOT NULL
      )`);
    await runner.query(`CREATE INDEX notice_views_user ON read_models.notice_views (user_id, issued_at DESC)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['notice_views', 'statistics_answer_clocks', 'holder_statistics', 'blog_posts', 'deadline_clocks', 'request_history']) {
      await runner.query(`DROP TABLE read_models.${table}`);
    }
    await runner.query(`DROP INDEX read_models.request_views_holder_status`);
    await runner.query(`
      ALTER TABLE read_models.request_views
        DROP COLUMN received_at, DROP COLUMN status_changed_at, DROP COLUMN redirects, DROP COLUMN accepted_at, DROP COLUMN answer_text,
        DROP COLUMN answered_at, DROP COLUMN reason_code, DROP COLUMN reason_text, DROP COLUMN extended_days, DROP COLUMN rating, DROP COLUMN rating_reason`);
  }
}
