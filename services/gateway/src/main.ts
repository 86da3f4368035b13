import 'reflect-metadata';
import { readPlatformConfig } from '@od/platform';
import { startGateway } from './bootstrap';

await startGateway(readPlatformConfig(), { httpPort: Number(process.env.GATEWAY_HTTP_PORT ?? 3000) });
