/**
 * An error retrying cannot cure: the relay stops and the process exits non-zero for an operator
 * (wrong stream captures our subjects, a stored fact cannot be published as is, leadership lost).
 */
export class UnrecoverableRelayError extends Error {
  override readonly name = 'UnrecoverableRelayError';
}
