/** PostgreSQL advisory lock keys of the relay: (namespace, key) pairs of int4. */
export const MIGRATIONS_LOCK = [0x0d5e1a7, 1] as const;
/** The leadership lock's namespace; the key is `hashtext(<relay name>)`. */
export const LEADERSHIP_LOCK_NAMESPACE = 0x0d5e1a8;
