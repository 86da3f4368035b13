import { scrubPersonalData } from '../privacy/redact-personal-data';

/**
 * What a log line must not hold, in free text: personal data (IIN/BIN, also inside stream ids such as
 * `awpaccess-<holder>-<iin>-<role>` or `notice-<iin>`, phone numbers, e-mail addresses) and credentials
 * (a token in a query string, a bearer token, a JWT anywhere).
 */
const SECRET_QUERY_PARAMETER =
  /([?&;](?:access_token|id_token|refresh_token|token|code|signature|sig|key|api_key|apikey|password|secret|client_secret)=)[^&#\s"']*/gi;
const BEARER = /\b(Bearer\s+)[A-Za-z0-9._~+/=-]+/g;
const JWT = /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g;

export function scrubLogText(text: string): string {
  return scrubPersonalData(text).replace(SECRET_QUERY_PARAMETER, '$1[redacted]').replace(BEARER, '$1[redacted]').replace(JWT, '[jwt]');
}

const MAX_DEPTH = 6;

/** An error as pino's standard serializer writes it (type, message, stack, its own fields, its cause), scrubbed. */
export function scrubbedError(error: Error, depth = 0): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(error)) fields[key] = scrubLogValue(value, depth + 1);
  return {
    type: error.constructor?.name ?? 'Error',
    message: scrubLogText(error.message),
    stack: error.stack === undefined ? undefined : scrubLogText(error.stack),
    ...fields,
    ...(error.cause === undefined ? {} : { cause: scrubLogValue(error.cause, depth + 1) }),
  };
}

/** Strings scrubbed, errors serialized and scrubbed, plain objects and arrays walked; anything else as it is. */
export function scrubLogValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubLogText(value);
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return scrubbedError(value, depth);
  if (Array.isArray(value)) return value.map((item) => scrubLogValue(item, depth + 1));
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrubLogValue(item, depth + 1)]));
}

/** Fields pino serializes itself (the request, the response, `err`): their serializers scrub them, after pino's own. */
const SERIALIZED_FIELDS = new Set(['req', 'res', 'err']);

/** A log line's fields before they are written: everything but the serialized ones. */
export function scrubLogFields(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, SERIALIZED_FIELDS.has(key) ? value : scrubLogValue(value)]));
}
