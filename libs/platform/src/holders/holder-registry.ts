import { holderStream, type HolderEvent } from '@od/contracts';
import { decideHolderRegistration, evolveHolder, ID_NAMESPACES, initialHolderState, SEEDED_HOLDERS, uuidV5 } from '@od/domain';
import type { EventStore } from '@od/event-store';
import { handleCommand } from '../command-handling/handle-command';

/** Whether the registry knows a holder: read from the store itself, so a new holder counts at once. */
export async function holderIsRegistered(store: EventStore, holderId: string): Promise<boolean> {
  if (!/^[a-z0-9-]{1,80}$/.test(holderId)) return false;
  return (await store.readStream(holderStream(holderId), { maxCount: 1 })).length > 0;
}

/**
 * Registers the seeded holders (state bodies that agreed Order 145 and quasi-public companies) if they are
 * not yet in the registry. Idempotent and safe when several services do it at once: the command id of each
 * registration is derived from the holder id, so a repeat is recognised and appends nothing.
 */
export async function ensureSeededHolders(store: EventStore, now: Date): Promise<void> {
  for (const holder of SEEDED_HOLDERS) {
    const commandId = uuidV5(`seed-holder:${holder.id}`, ID_NAMESPACES.event);
    const outcome = await handleCommand<{ registered: boolean }, HolderEvent, 'holder_already_registered'>(store, {
      streamId: holderStream(holder.id),
      expected: 'any',
      initialState: initialHolderState,
      evolve: evolveHolder,
      decide: (state) => decideHolderRegistration(holder, now, state),
      command: { commandId, correlationId: commandId, causationId: commandId, actor: { kind: 'system', id: 'holder-registry-seed' }, now },
      holderId: holder.id,
    });
    if (!outcome.ok && outcome.rejection.code !== 'holder_already_registered' && outcome.rejection.code !== 'concurrent_change') {
      throw new Error(`seeding holder ${holder.id} failed: ${outcome.rejection.message}`);
    }
  }
}
