import type { SqlMigration } from '@od/event-store';
import { CREATE_REQUEST_AUTHORS } from './0001-create-request-authors';
import { CREATE_CHECKPOINTS } from './0002-create-checkpoints';

/** Applied in order, each once; append, never edit one that has shipped. Ids are `<version>-<name>`. */
export const NOTIFICATIONS_MIGRATIONS: readonly SqlMigration[] = [
  { id: '0001-create-request-authors', sql: CREATE_REQUEST_AUTHORS },
  { id: '0002-create-checkpoints', sql: CREATE_CHECKPOINTS },
];
