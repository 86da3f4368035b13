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
