import 'reflect-metadata';
import { clockFromEnvironment, startNatsService } from '@od/platform';
import { readDeadlinesConfig } from './deadlines-config';
import { DeadlinesModule } from './deadlines.module';

/** Deadlines: a durable clock per rule with a deadline (R2–R6), derived from the request facts. */
const config = readDeadlinesConfig();
await startNatsService(DeadlinesModule.register(config, clockFromEnvironment()), { name: 'deadlines', config, httpPort: config.httpPort });
