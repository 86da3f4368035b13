import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ID_NAMESPACE_REGISTRY, SHARED_ID_NAMESPACES, type IdNamespaceName } from './id-namespaces';

const entries = Object.entries(ID_NAMESPACE_REGISTRY) as [IdNamespaceName, string][];
const pairKey = (names: readonly string[]) => [...names].sort().join(' + ');

describe('The id namespace registry', () => {
  it('holds the values stored ids were derived with, unchanged', () => {
    expect(ID_NAMESPACE_REGISTRY).toEqual({
      clientRequest: '5b0d3c0e-6a4f-4f0e-9d2b-1c7a1f3e9a01',
      clientEvent: '5b0d3c0e-6a4f-4f0e-9d2b-1c7a1f3e9a02',
      clientConference: '5b0d3c0e-6a4f-4f0e-9d2b-1c7a1f3e9a21',
      clientQuestion: '5b0d3c0e-6a4f-4f0e-9d2b-1c7a1f3e9a22',
      clientTopicApplication: '5b0d3c0e-6a4f-4f0e-9d2b-1c7a1f3e9a23',
      clientSurvey: '5b0d3c0e-6a4f-4f0e-9d2b-1c7a1f3e9a31',
      system: '8f3c1d52-2b7e-4c1a-9e55-6d0b7a4e2f10',
      requestClock: '5b0d3c0e-6a4f-4f0e-9d2b-1c7a1f3e9a10',
      conferenceClock: '5b0d3c0e-6a4f-4f0e-9d2b-1c7a1f3e9a20',
      surveyClock: '5b0d3c0e-6a4f-4f0e-9d2b-1c7a1f3e9a30',
      surveyClockFact: '5b0d3c0e-6a4f-4f0e-9d2b-1c7a1f3e9a31',
      voter: '5b0d3c0e-6a4f-4f0e-9d2b-1c7a1f3e9a32',
      notice: '5b0d3c0e-6a4f-4f0e-9d2b-1c7a1f3e9a10',
    });
  });

  it('gives every kind of id its own namespace, except the pairs recorded as shared', () => {
    const namesByValue = new Map<string, IdNamespaceName[]>();
    for (const [name, value] of entries) namesByValue.set(value, [...(namesByValue.get(value) ?? []), name]);
    const shared = [...namesByValue.values()]
      .filter((names) => names.length > 1)
      .map(pairKey)
      .sort();
    expect(shared).toEqual(SHARED_ID_NAMESPACES.map(({ pair }) => pairKey(pair)).sort());
  });

  it('records for each shared pair why their ids cannot collide', () => {
    for (const { pair, whyNoCollision } of SHARED_ID_NAMESPACES) {
      expect(ID_NAMESPACE_REGISTRY[pair[0]]).toBe(ID_NAMESPACE_REGISTRY[pair[1]]);
      expect(whyNoCollision.length).toBeGreaterThan(20);
    }
  });

  it('holds UUIDs only', () => {
    for (const [, value] of entries) expect(value).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });
});

describe('Namespaces live only in the registry', () => {
  const root = path.resolve(__dirname, '../../../..');
  const registryFile = path.join(root, 'libs/domain/src/shared/id-namespaces.ts');

  function sourceFiles(dir: string): string[] {
    return readdirSync(dir).flatMap((entry) => {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) return entry === 'node_modules' ? [] : sourceFiles(full);
      return full.endsWith('.ts') && !full.endsWith('.spec.ts') ? [full] : [];
    });
  }

  it('no production source outside the registry spells a namespace value', () => {
    const values = [...new Set(entries.map(([, value]) => value))];
    const files = ['libs', 'services'].flatMap((top) =>
      readdirSync(path.join(root, top)).flatMap((project) => {
        const src = path.join(root, top, project, 'src');
        try {
          return sourceFiles(src);
        } catch {
          return [];
        }
      }),
    );
    expect(files.length).toBeGreaterThan(100);
    const spelled = files
      .filter((file) => file !== registryFile)
      .flatMap((file) => {
        const text = readFileSync(file, 'utf8');
        return values.filter((value) => text.includes(value)).map((value) => `${path.relative(root, file)}: ${value}`);
      });
    expect(spelled).toEqual([]);
  });
});
