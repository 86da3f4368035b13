import { holderStream, type HolderEvent } from '@od/contracts';
import { systemCommandId, type Decision } from '@od/domain';
import type { EventStore } from '@od/event-store';
import { handleCommand } from '../command-handling/handle-command';

/** Whether the registry knows a holder: read from the store itself, so a new holder counts at once. */
export async function holderIsRegistered(store: EventStore, holderId: string): Promise<boolean> {
  if (!/^[a-z0-9-]{1,80}$/.test(holderId)) return false;
  return (await store.readStream(holderStream(holderId), { maxCount: 1 })).length > 0;
}

/** A holder to seed, as much of it as the platform needs to know. */
export interface HolderToSeed {
  readonly id: string;
}

/** How the registry is seeded: the holders, and the holder aggregate's fold and decision (`holderSeeding` in @od/domain). */
export interface HolderSeeding<Holder extends HolderToSeed, State> {
  readonly holders: readonly Holder[];
  readonly initialState: State;
  readonly evolve: (state: State, event: HolderEvent) => State;
  readonly decide: (holder: Holder, now: Date, state: State) => Decision<HolderEvent, string>;
}

/**
 * Registers the seeded holders (state bodies that agreed Order 145 and quasi-public companies) that are not
 * yet in the registry. Whether a holder is there is read from its stream's content, never from a command id,
 * so nothing stored can stop start-up. The registration's command id is a system one (`system:…`, not a
 * UUID): no client command can carry it, and its event ids are derived in the system namespace.
 * Safe when several services seed at once: whoever registers the holder first wins, the others find it there.
 */
export async function ensureSeededHolders<Holder extends HolderToSeed, State>(
  store: EventStore,
  now: Date,
  seeding: HolderSeeding<Holder, State>,
): Promise<void> {
  for (const holder of seeding.holders) {
    if (await holderIsRegistered(store, holder.id)) continue;
    const commandId = systemCommandId(`holder-registry:seed:${holder.id}`);
    const outcome = await handleCommand<State, HolderEvent, string>(store, {
      streamId: holderStream(holder.id),
      expected: 'new',
      initialState: seeding.initialState,
      evolve: seeding.evolve,
      decide: (state) => seeding.decide(holder, now, state),
      command: {
        commandId,
        correlationId: commandId,
        causationId: commandId,
        actor: { kind: 'system', id: 'holder-registry-seed' },
        now,
        intent: { type: 'RegisterHolder', body: holder },
      },
      holderId: holder.id,
    });
    // Refused only because another seeder (perhaps of another release) registered it meanwhile: that is done.
    if (!outcome.ok && !(await holderIsRegistered(store, holder.id))) {
      throw new Error(`seeding holder ${holder.id} failed: ${outcome.rejection.message}`);
    }
  }
}
