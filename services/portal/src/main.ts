import 'reflect-metadata';
import { httpPortSetting } from '@od/platform';
import { startPortal } from './bootstrap';
import { readPortalConfig } from './portal-config';

const port = httpPortSetting('portal', 3200);
await startPortal(readPortalConfig(process.env, port), { httpPort: port });
console.log(JSON.stringify({ level: 30, name: 'portal', msg: `portal at http://127.0.0.1:${port}` }));
