/** Where "now" comes from: injected, so tests move time instead of waiting for it. */
export interface Clock {
  now(): Date;
}

export const CLOCK = Symbol('CLOCK');

export const systemClock: Clock = { now: () => new Date() };

/**
 * The process's clock. `OD_CLOCK_OFFSET_MS` shifts it by that many milliseconds — development and tests
 * only (end-to-end tests restart a service with an offset to move its time past a launch or a deadline);
 * never set it in production. Unset or empty: the system clock.
 */
export function clockFromEnvironment(env: NodeJS.ProcessEnv = process.env): Clock {
  const raw = env.OD_CLOCK_OFFSET_MS;
  if (raw === undefined || raw === '') return systemClock;
  const offset = Number(raw);
  if (!Number.isFinite(offset)) throw new Error(`OD_CLOCK_OFFSET_MS must be a number of milliseconds, got "${raw}"`);
  return { now: () => new Date(Date.now() + offset) };
}
