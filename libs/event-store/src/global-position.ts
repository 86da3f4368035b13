/**
 * A place in the store's global order.
 *
 * PostgreSQL transactions commit out of sequence order, so a bare sequence number is not a safe
 * checkpoint: an event with a lower number can become visible after a reader has passed it. The order is
 * therefore (transaction id, sequence): a reader only reads transactions older than every transaction
 * still running (`pg_snapshot_xmin`), and those can no longer gain events.
 * Other adapters map their own positions onto the same pair (KurrentDB: commit and prepare positions).
 */
export interface GlobalPosition {
  readonly transactionId: bigint;
  readonly sequence: bigint;
}

export const START_POSITION: GlobalPosition = { transactionId: 0n, sequence: 0n };

export function comparePositions(a: GlobalPosition, b: GlobalPosition): -1 | 0 | 1 {
  if (a.transactionId !== b.transactionId) return a.transactionId < b.transactionId ? -1 : 1;
  if (a.sequence !== b.sequence) return a.sequence < b.sequence ? -1 : 1;
  return 0;
}

/** `"<transactionId>:<sequence>"`: how a position travels in HTTP answers, NATS headers and checkpoints. */
export function formatPosition(position: GlobalPosition): string {
  return `${position.transactionId}:${position.sequence}`;
}

const positionPattern = /^(\d{1,20}):(\d{1,20})$/;

export function parsePosition(text: string): GlobalPosition {
  const match = positionPattern.exec(text);
  if (!match) throw new Error(`"${text}" is not a store position (expected "<transactionId>:<sequence>")`);
  return { transactionId: BigInt(match[1]), sequence: BigInt(match[2]) };
}

export function isPosition(text: unknown): text is string {
  return typeof text === 'string' && positionPattern.test(text);
}
