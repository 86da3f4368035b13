import 'reflect-metadata';
import { httpPortSetting, readPlatformConfig } from '@od/platform';
import { startGateway } from './bootstrap';

await startGateway(readPlatformConfig(), { httpPort: httpPortSetting('gateway', 3000) });
