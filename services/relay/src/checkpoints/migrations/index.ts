import type { SqlMigration } from '@od/event-store';
import { CREATE_CHECKPOINTS } from './0001-create-checkpoints';

/** Applied in order, each once; append, never edit one that has shipped. Ids are `<version>-<name>`. */
export const RELAY_MIGRATIONS: readonly SqlMigration[] = [{ id: '0001-create-checkpoints', sql: CREATE_CHECKPOINTS }];
