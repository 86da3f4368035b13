/**
 * A whole-number setting from the environment: `fallback` when unset or blank, else the number, refused
 * at start-up (naming the variable and the rule) when it is not a whole number of at least `min` (default
 * 1) and, when given, at most `max`.
 */
export function integerSetting(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  { min = 1, max }: { readonly min?: number; readonly max?: number } = {},
): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min || (max !== undefined && value > max)) {
    const rule =
      max !== undefined
        ? `a whole number from ${min} to ${max}`
        : min === 1
          ? 'a positive whole number'
          : min === 0
            ? 'a non-negative whole number'
            : `a whole number of at least ${min}`;
    throw new Error(`${name} must be ${rule}, got "${raw}"`);
  }
  return value;
}
