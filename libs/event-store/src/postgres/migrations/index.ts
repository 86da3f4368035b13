import * as createStreams from './001_create_streams';
import * as createEvents from './002_create_events';
import * as forbidChanges from './003_forbid_changes';
import * as appendFunction from './004_append_function';

export interface Migration {
  readonly id: string;
  readonly sql: string;
}

/** In the order they are applied. Add a new numbered file and list it here; never edit an applied one. */
export const migrations: readonly Migration[] = [createStreams, createEvents, forbidChanges, appendFunction];
