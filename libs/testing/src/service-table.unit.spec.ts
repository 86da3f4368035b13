import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { services } from '@od/service-table';

/** The table's `defaultPort` is the default each service passes when it reads its port (no second list). */
describe('The service table and the services agree on default ports', () => {
  const root = path.resolve(__dirname, '../../..');

  it.each(services.map((service) => [service.name, service.defaultPort] as const))('%s reads its port with default %d', (name, defaultPort) => {
    const src = path.join(root, 'services', name, 'src');
    const sources = readdirSync(src)
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'))
      .map((file) => readFileSync(path.join(src, file), 'utf8'));
    expect(sources.some((text) => text.includes(`httpPortSetting('${name}', ${defaultPort}`))).toBe(true);
  });
});
