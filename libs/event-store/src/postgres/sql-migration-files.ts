import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { SqlMigration } from './run-sql-migrations';

/** `NNN_name.sql`: three digits, from 001 without gaps, then lower-case words joined by `_`. The id is the name without `.sql`. */
const MIGRATION_FILE = /^(\d{3})_[a-z0-9]+(_[a-z0-9]+)*\.sql$/;

/**
 * Where the `.sql` files of a folder of the repository are at run time: the first `<dir>/<folder>` or
 * `<dir>/dist/<folder>` from the working directory upwards (the source tree in a checkout, which
 * `npm start`, the tests and the test builds run from; the build's copy under `dist/` in the image, which
 * has no source tree), as `infra/nats/events-stream.json` is found.
 */
export function resolveMigrationsFolder(folder: string, from = process.cwd()): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    for (const candidate of [path.join(dir, folder), path.join(dir, 'dist', folder)]) {
      if (existsSync(candidate)) return candidate;
    }
    if (path.dirname(dir) === dir) break;
  }
  throw new Error(`Migrations folder ${folder} not found from ${from} upwards (nor under dist/): start from the repository root`);
}

/**
 * The migrations of a folder, in order: every `NNN_name.sql` in it, read when called. A `.sql` file named
 * otherwise, a repeated or a missing number stops the start: an applied migration is never renumbered.
 * `previousIds` maps a file's id to the id an earlier numbering recorded it under.
 */
export function sqlMigrationsIn(
  folder: string,
  { previousIds = {}, from }: { readonly previousIds?: Readonly<Record<string, string>>; readonly from?: string } = {},
): SqlMigration[] {
  const directory = resolveMigrationsFolder(folder, from);
  const files = readdirSync(directory)
    .filter((file) => file.endsWith('.sql'))
    .sort();
  const migrations = files.map((file, index) => {
    const match = MIGRATION_FILE.exec(file);
    if (!match) throw new Error(`Migration file ${path.join(folder, file)} must be named NNN_name.sql (three digits, lower-case words joined by _)`);
    const expected = String(index + 1).padStart(3, '0');
    if (match[1] !== expected)
      throw new Error(`Migration file ${path.join(folder, file)} should be numbered ${expected}: numbers start at 001 and have no gaps or repeats`);
    const id = file.slice(0, -'.sql'.length);
    return { id, sql: readFileSync(path.join(directory, file), 'utf8'), ...(previousIds[id] ? { previousId: previousIds[id] } : {}) };
  });
  const unknown = Object.keys(previousIds).filter((id) => !migrations.some((migration) => migration.id === id));
  if (unknown.length > 0) throw new Error(`previousIds name migrations that are not in ${folder}: ${unknown.join(', ')}`);
  return migrations;
}
