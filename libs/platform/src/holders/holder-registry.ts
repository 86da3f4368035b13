import { createHash } from 'node:crypto';
import { holderStream, type HolderEvent } from '@od/contracts';
import { evolveHolder, holderOnRecord, initialHolderState, systemCommandId, type Decision, type HolderOnRecord } from '@od/domain';
import type { EventStore } from '@od/event-store';
import { handleCommand } from '../command-handling/handle-command';

/** Whether the registry knows a holder: read from the store itself, so a new holder counts at once. */
export async function holderIsRegistered(store: EventStore, holderId: string): Promise<boolean> {
  if (!/^[a-z0-9-]{1,80}$/.test(holderId)) return false;
  return (await store.readStream(holderStream(holderId), { maxCount: 1 })).length > 0;
}

/** The registry's record of a holder (kind, state participation), read from its stream; undefined when unknown. */
export async function holderOnRecordInStore(store: EventStore, holderId: string): Promise<HolderOnRecord | undefined> {
  if (!/^[a-z0-9-]{1,80}$/.test(holderId)) return undefined;
  const history = await store.readStream(holderStream(holderId));
  return holderOnRecord(holderId, history.map((fact) => fact as unknown as HolderEvent).reduce(evolveHolder, initialHolderState));
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
 * Registers the seeded holders (state bodies that agreed Order 145 and quasi-public entities) that are not yet
 * in the registry, and records a registered holder's kind again when the seed says otherwise (its state
 * participation changed or its source was corrected). What is there is read from the stream's content, never
 * from a command id, so nothing stored can stop start-up. The command ids are system ones (`system:…`, not
 * UUIDs): no client command can carry them. Safe when several services seed at once: whoever appends first
 * wins, the others find it there (or record it on their next start).
 */
export async function ensureSeededHolders<Holder extends HolderToSeed, State>(
  store: EventStore,
  now: Date,
  seeding: HolderSeeding<Holder, State>,
): Promise<void> {
  for (const holder of seeding.holders) {
    const history = await store.readStream(holderStream(holder.id));
    const decision = seeding.decide(holder, now, history.map((fact) => fact as unknown as HolderEvent).reduce(seeding.evolve, seeding.initialState));
    if (!decision.ok) throw new Error(`seeding holder ${holder.id} failed: ${decision.rejection.message}`);
    if (decision.events.length === 0) continue;
    const registering = history.length === 0;
    const commandId = systemCommandId(
      registering
        ? `holder-registry:seed:${holder.id}`
        : `holder-registry:update:${holder.id}:${createHash('sha256').update(JSON.stringify(holder)).digest('hex').slice(0, 16)}`,
    );
    const outcome = await handleCommand<State, HolderEvent, string>(store, {
      streamId: holderStream(holder.id),
      expected: registering ? 'new' : 'existing',
      initialState: seeding.initialState,
      evolve: seeding.evolve,
      decide: (state) => seeding.decide(holder, now, state),
      command: {
        commandId,
        correlationId: commandId,
        causationId: commandId,
        actor: { kind: 'system', id: 'holder-registry-seed' },
        now,
        intent: { type: registering ? 'RegisterHolder' : 'UpdateHolder', body: holder },
      },
      holderId: holder.id,
    });
    // Refused only because another seeder (perhaps of another release) got there meanwhile: that is done.
    const raced = !outcome.ok && ['stream_exists', 'concurrent_change'].includes(outcome.rejection.code);
    if (!outcome.ok && !raced) throw new Error(`seeding holder ${holder.id} failed: ${outcome.rejection.message}`);
  }
}
