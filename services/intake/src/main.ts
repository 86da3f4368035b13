import 'reflect-metadata';
import { readPlatformConfig } from '@od/platform';
import { startIntake } from './bootstrap';

await startIntake(readPlatformConfig(), { httpPort: Number(process.env.INTAKE_HTTP_PORT ?? 3101) });
