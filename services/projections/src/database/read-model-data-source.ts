import { DataSource } from 'typeorm';
import { CheckpointEntity } from '../checkpoints/checkpoint.entity';
import { RequestViewEntity } from '../my-requests/request-view.entity';
import { CreateReadModels1764000000000 } from './migrations/1764000000000-create-read-models';
import { CreateAwpAccessViews1764100000000 } from './migrations/1764100000000-create-awp-access-views';
import { AwpAccessViewEntity } from '../awp-access/awp-access-view.entity';

export const READ_MODEL_ENTITIES = [CheckpointEntity, RequestViewEntity, AwpAccessViewEntity];

/** The read models' database: schema `read_models`, evolved by migrations only. */
export function readModelDataSource(databaseUrl: string): DataSource {
  return new DataSource({
    type: 'postgres',
    url: databaseUrl,
    entities: READ_MODEL_ENTITIES,
    migrations: [CreateReadModels1764000000000, CreateAwpAccessViews1764100000000],
    migrationsTableName: 'read_models_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
  });
}
