import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAwpAccessViews1764100000000 implements MigrationInterface {
  name = 'CreateAwpAccessViews1764100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE read_models.awp_access_views (
        holder_id text NOT NULL,
        employee_iin text NOT NULL,
        role text NOT NULL,
        status text NOT NULL,
        trained boolean NOT NULL,
        reason text,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (holder_id, employee_iin, role)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE read_models.awp_access_views`);
  }
}
