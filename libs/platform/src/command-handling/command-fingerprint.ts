import { createHash } from 'node:crypto';
import type { Actor } from '@od/contracts';
import canonicalize from 'canonicalize';

/** What a command asks, as its handler was given it: its type (or action) and its body, without the command id. */
export interface CommandIntent {
  readonly type: string;
  readonly body: unknown;
}

/**
 * What identifies a command beside its id: SHA-256 (hex) of the RFC 8785 canonical JSON of its type, its
 * target (the stream it decides on), its body and the actor (kind and id only, so that how the actor is
 * carried may change without every retry looking like another command). Stored as
 * `metadata.commandFingerprint` on each fact the command appends.
 */
export function commandFingerprint(command: { readonly intent: CommandIntent; readonly target: string; readonly actor: Actor }): string {
  const identity = {
    type: command.intent.type,
    target: command.target,
    body: command.intent.body ?? null,
    actor: { kind: command.actor.kind, id: command.actor.id },
  };
  const canonical = canonicalize(identity);
  if (canonical === undefined) throw new TypeError('a command cannot be fingerprinted');
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
