import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The architecture as a test: services talk only over NATS, so a service never imports another
 * service; libs never import services; every cross-project import goes through an `@od/*` lib.
 */
const root = path.resolve(__dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

function projects(group: 'libs' | 'services'): string[] {
  return readdirSync(path.join(root, group)).filter((name) => statSync(path.join(root, group, name)).isDirectory());
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((match) => match[1] ?? match[2]);
}

function crossings(group: 'libs' | 'services'): string[] {
  const found: string[] = [];
  for (const project of projects(group)) {
    const projectRoot = path.join(root, group, project);
    for (const file of sourceFiles(projectRoot)) {
      for (const specifier of importsOf(file)) {
        if (!specifier.startsWith('.')) continue;
        const target = path.resolve(path.dirname(file), specifier);
        if (!target.startsWith(projectRoot + path.sep)) found.push(`${path.relative(root, file)} → ${specifier}`);
      }
    }
  }
  return found;
}

describe('Module boundaries', () => {
  it('has services and libs to check', () => {
    expect(projects('services')).toEqual(expect.arrayContaining(['gateway', 'intake', 'projections', 'relay']));
    expect(projects('libs')).toEqual(expect.arrayContaining(['contracts', 'event-store', 'domain', 'platform']));
  });

  it('no project reaches into another by a relative path', () => {
    expect([...crossings('services'), ...crossings('libs')]).toEqual([]);
  });

  it('libs never import services, and nothing imports @od/testing outside tests', () => {
    const offenders: string[] = [];
    for (const group of ['libs', 'services'] as const) {
      for (const project of projects(group)) {
        for (const file of sourceFiles(path.join(root, group, project))) {
          const isTest =
            /(\.spec|test-builders)\.ts$/.test(file) || file.includes(`${path.sep}test${path.sep}`) || file.includes(`${path.sep}testing${path.sep}`);
          for (const specifier of importsOf(file)) {
            if (specifier.startsWith('@od/') && !isTest && specifier === '@od/testing' && project !== 'testing')
              offenders.push(`${path.relative(root, file)} → ${specifier}`);
            if (group === 'libs' && /(^|\/)services\//.test(specifier)) offenders.push(`${path.relative(root, file)} → ${specifier}`);
          }
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});
