/**
 * What a service answers on the bus when it could not handle a message at all (as opposed to a refusal,
 * which is a reply with `ok: false`): sent on the error channel of the request/reply.
 * - `internal_error`: a fault in the service (a bug, data it cannot handle): the gateway answers 500;
 * - `dependency_unavailable`: the service's own dependency (PostgreSQL) is down: the gateway answers 503.
 * `correlationId` is the one in the service's log line about it, so the answer to the client leads there.
 */
export interface ServiceFailure {
  readonly error: 'internal_error' | 'dependency_unavailable';
  readonly correlationId: string;
}

export function isServiceFailure(value: unknown): value is ServiceFailure {
  if (value === null || typeof value !== 'object') return false;
  const { error, correlationId } = value as Record<string, unknown>;
  return (error === 'internal_error' || error === 'dependency_unavailable') && typeof correlationId === 'string';
}
