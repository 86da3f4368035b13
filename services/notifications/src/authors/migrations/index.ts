import { CREATE_REQUEST_AUTHORS } from './0001-create-request-authors';
import { CREATE_CHECKPOINTS } from './0002-create-checkpoints';

/** Applied in order, each once; append, never edit one that has shipped. */
export const NOTIFICATIONS_MIGRATIONS: ReadonlyArray<{ readonly version: number; readonly name: string; readonly sql: string }> = [
  { version: 1, name: 'create-request-authors', sql: CREATE_REQUEST_AUTHORS },
  { version: 2, name: 'create-checkpoints', sql: CREATE_CHECKPOINTS },
];
