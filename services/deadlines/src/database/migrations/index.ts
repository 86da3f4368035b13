import { createClocks } from './001_create_clocks';

/** In order; never edit an applied one, add the next number. */
export const MIGRATIONS: ReadonlyArray<{ readonly id: string; readonly sql: (schema: string) => string }> = [{ id: '001_create_clocks', sql: createClocks }];
