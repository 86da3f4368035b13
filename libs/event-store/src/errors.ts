import type { ExpectedVersion } from './event-store';

/** The stream was not at the version the command expected: someone else acted first. */
export class WrongExpectedVersionError extends Error {
  override readonly name = 'WrongExpectedVersionError';
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedVersion,
    /** The stream's actual version; 0 when it does not exist. */
    readonly actual: number,
  ) {
    super(`Stream ${streamId} expected version ${String(expected)} but is at ${actual}`);
  }
}

/**
 * Some of the appended event ids are already stored, but not as one earlier append to this stream: either
 * in another stream, or only part of the batch. A true retry sends the same ids to the same stream; this is
 * a different write reusing ids, and the store refuses it rather than guess.
 */
export class DuplicateEventIdError extends Error {
  override readonly name = 'DuplicateEventIdError';
  constructor(
    readonly streamId: string,
    /** The event ids of this append that were already stored. */
    readonly eventIds: readonly string[],
  ) {
    super(`Stream ${streamId}: event ids already stored by a different append: ${eventIds.join(', ')}`);
  }
}
