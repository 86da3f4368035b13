// `npm run projections:rebuild`: rebuilds every read model from the event store.
import 'reflect-metadata';
import { createPostgresEventStore, formatPosition } from '@od/event-store';
import { readPlatformConfig } from '@od/platform';
import { readModelDataSource } from '../database/read-model-data-source';
import { rebuildReadModels } from './rebuild-read-models';

const config = readPlatformConfig();
const dataSource = await readModelDataSource(config.databaseUrl).initialize();
const store = createPostgresEventStore({ connectionString: config.databaseUrl });
try {
  await dataSource.runMigrations();
  const started = Date.now();
  const result = await rebuildReadModels(dataSource, store);
  console.log(`Rebuilt the read models from ${result.events} events up to ${formatPosition(result.position)} in ${Date.now() - started} ms`);
} finally {
  await store.close();
  await dataSource.destroy();
}
