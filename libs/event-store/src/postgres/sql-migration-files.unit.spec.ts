import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveMigrationsFolder, sqlMigrationsIn } from './sql-migration-files';

let root: string;
const folder = path.join('svc', 'migrations');

function files(at: string, names: Record<string, string>): void {
  mkdirSync(at, { recursive: true });
  for (const [name, sql] of Object.entries(names)) writeFileSync(path.join(at, name), sql);
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'od-sql-migrations-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('SQL migrations read from NNN_name.sql files', () => {
  it('are read in number order, each with its file name as id and its text as SQL', () => {
    files(path.join(root, folder), {
      '002_add_index.sql': 'CREATE INDEX i ON t (a);\n',
      '001_create_table.sql': 'CREATE TABLE t (a int);\n',
      'README.md': 'not a migration',
    });
    expect(sqlMigrationsIn(folder, { from: root })).toEqual([
      { id: '001_create_table', sql: 'CREATE TABLE t (a int);\n' },
      { id: '002_add_index', sql: 'CREATE INDEX i ON t (a);\n' },
    ]);
  });

  it('carry the id an earlier numbering recorded, and refuse one for a migration that does not exist', () => {
    files(path.join(root, folder), { '001_create_checkpoints.sql': 'SELECT 1;' });
    expect(sqlMigrationsIn(folder, { from: root, previousIds: { '001_create_checkpoints': '0001-create-checkpoints' } })).toEqual([
      { id: '001_create_checkpoints', sql: 'SELECT 1;', previousId: '0001-create-checkpoints' },
    ]);
    expect(() => sqlMigrationsIn(folder, { from: root, previousIds: { '002_missing': 'x' } })).toThrow('previousIds name migrations that are not in');
  });

  it('refuse a file named otherwise, a gap and a repeated number', () => {
    files(path.join(root, 'a'), { '1_create.sql': '' });
    expect(() => sqlMigrationsIn('a', { from: root })).toThrow('must be named NNN_name.sql');
    files(path.join(root, 'b'), { '0001-create.sql': '' });
    expect(() => sqlMigrationsIn('b', { from: root })).toThrow('must be named NNN_name.sql');
    files(path.join(root, 'c'), { '001_create.sql': '', '003_more.sql': '' });
    expect(() => sqlMigrationsIn('c', { from: root })).toThrow('should be numbered 002');
    files(path.join(root, 'd'), { '001_create.sql': '', '001_again.sql': '' });
    expect(() => sqlMigrationsIn('d', { from: root })).toThrow('should be numbered 002');
  });

  it('are found in the source tree from a sub-folder, else in the build under dist/ (the image has no source tree)', () => {
    files(path.join(root, 'dist', folder), { '001_built.sql': 'SELECT 2;' });
    mkdirSync(path.join(root, 'deep', 'er'), { recursive: true });
    expect(resolveMigrationsFolder(folder, path.join(root, 'deep', 'er'))).toBe(path.join(root, 'dist', folder));
    files(path.join(root, folder), { '001_source.sql': 'SELECT 1;' });
    expect(resolveMigrationsFolder(folder, path.join(root, 'deep', 'er'))).toBe(path.join(root, folder));
    expect(() => resolveMigrationsFolder('nowhere/migrations', root)).toThrow('Migrations folder nowhere/migrations not found');
  });
});
