import 'reflect-metadata';
import { readPlatformConfig } from '@od/platform';
import { startProjections } from './bootstrap';

await startProjections(readPlatformConfig(), { httpPort: Number(process.env.PROJECTIONS_HTTP_PORT ?? 3102) });
