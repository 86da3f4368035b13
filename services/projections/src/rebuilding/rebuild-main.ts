// `npm run projections:rebuild`: rebuilds every read model from the event store;
// `npm run projections:rebuild -- statistics blog`: only those, up to where the live consumer is.
import 'reflect-metadata';
import { createPostgresEventStore, formatPosition } from '@od/event-store';
import { readPlatformConfig } from '@od/platform';
import { migrateReadModels } from '../database/migrate-read-models';
import { readModelDataSource } from '../database/read-model-data-source';
import { projectionsNamed, READ_MODEL_PROJECTIONS } from '../projections';
import { rebuildReadModels, rebuildSomeReadModels } from './rebuild-read-models';

const names = process.argv.slice(2);
// Before connecting: a wrong name is told at once, with the names there are.
const only = names.length > 0 ? projectionsNamed(names) : undefined;
const config = readPlatformConfig();
await migrateReadModels(config.databaseUrl);
const dataSource = await readModelDataSource(config.databaseUrl).initialize();
const store = createPostgresEventStore({ connectionString: config.databaseUrl });
try {
  const started = Date.now();
  const result = only ? await rebuildSomeReadModels(dataSource, store, only) : await rebuildReadModels(dataSource, store);
  const which = only
    ? only.map((projection) => projection.name).join(', ')
    : `every read model (${READ_MODEL_PROJECTIONS.map((projection) => projection.name).join(', ')})`;
  console.log(`Rebuilt ${which} from ${result.events} events up to ${formatPosition(result.position)} in ${Date.now() - started} ms`);
} finally {
  await store.close();
  await dataSource.destroy();
}
