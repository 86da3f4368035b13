import { CREATE_CHECKPOINTS } from './0001-create-checkpoints';

/** Applied in order, each once; append, never edit one that has shipped. */
export const RELAY_MIGRATIONS: ReadonlyArray<{ readonly version: number; readonly name: string; readonly sql: string }> = [
  { version: 1, name: 'create-checkpoints', sql: CREATE_CHECKPOINTS },
];
