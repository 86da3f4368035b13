import { createClocks } from './001_create_clocks';
import { clocksOfEveryKind } from './002_clocks_of_every_kind';

/** In order; never edit an applied one, add the next number. */
export const MIGRATIONS: ReadonlyArray<{ readonly id: string; readonly sql: (schema: string) => string }> = [
  { id: '001_create_clocks', sql: createClocks },
  { id: '002_clocks_of_every_kind', sql: clocksOfEveryKind },
];
