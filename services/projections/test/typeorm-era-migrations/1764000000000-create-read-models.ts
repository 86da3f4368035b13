import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateReadModels1764000000000 implements MigrationInterface {
  name = 'CreateReadModels1764000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE SCHEMA IF NOT EXISTS read_models`);
    await runner.query(`
      CREATE TABLE read_models.checkpoints (
        name text PRIMARY KEY,
        position text NOT NULL,
        -- JetStream sequence of the last fact folded; NULL after a rebuild from the store, until the next one.
        stream_sequence bigint,
        updated_at timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE read_models.request_views (
        request_id uuid PRIMARY KEY,
        holder_id text NOT NULL,
        author_kind text NOT NULL,
        author_id text NOT NULL,
        subject text NOT NULL,
        text text NOT NULL,
        language text NOT NULL,
        status text NOT NULL,
        submitted_at timestamptz NOT NULL,
        position text NOT NULL
      )`);
    await runner.query(`CREATE INDEX request_views_author ON read_models.request_views (author_id, submitted_at DESC)`);
    await runner.query(`CREATE INDEX request_views_holder ON read_models.request_views (holder_id, submitted_at DESC)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE read_models.request_views`);
    await runner.query(`DROP TABLE read_models.checkpoints`);
  }
}
