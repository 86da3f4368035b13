/** The relay's leadership lock: a PostgreSQL advisory lock (namespace, key) of int4; the key is `hashtext(<relay name>)`. */
export const LEADERSHIP_LOCK_NAMESPACE = 0x0d5e1a8;
