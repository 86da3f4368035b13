import type { EventMetadata } from '@od/contracts';

/** What to do with a command, given the facts of its stream: */
export type ReplayDecision<Fact> =
  /** no fact of this command id here: decide it; */
  | { readonly kind: 'new' }
  /** the same command again (a retry): answer with its last fact, append nothing; */
  | { readonly kind: 'replay'; readonly last: Fact }
  /** the same id, another command: refuse (`command_id_reused`). */
  | { readonly kind: 'reused' };

/**
 * Pure. `commandId` is already normalised (lower case for a client's); stored ids are compared in lower case
 * too, so a fact stored before normalisation with an upper-case id is still found. A fact stored before
 * fingerprints existed has none: it is taken as the same command (a retry of it replays, as it always did).
 */
export function decideReplay<Fact extends { readonly metadata: EventMetadata }>(
  history: readonly Fact[],
  commandId: string,
  fingerprint: string,
): ReplayDecision<Fact> {
  const earlier = history.filter((fact) => fact.metadata.commandId.toLowerCase() === commandId);
  if (earlier.length === 0) return { kind: 'new' };
  const other = earlier.some((fact) => fact.metadata.commandFingerprint !== undefined && fact.metadata.commandFingerprint !== fingerprint);
  return other ? { kind: 'reused' } : { kind: 'replay', last: earlier[earlier.length - 1] };
}
