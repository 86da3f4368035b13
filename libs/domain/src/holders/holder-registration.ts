import type { HolderEvent } from '@od/contracts';
import { accept, reject, type Decision } from '../shared/decision';
import { SEEDED_HOLDERS, type SeededHolder } from './seeded-holders';

export interface HolderState {
  readonly registered: boolean;
}

export const initialHolderState: HolderState = { registered: false };

export function evolveHolder(state: HolderState, event: HolderEvent): HolderState {
  return event.type === 'HolderRegistered' ? { registered: true } : state;
}

/** B3/B4: a holder enters the registry with its names, first head and access-to-information officer. */
export function decideHolderRegistration(holder: SeededHolder, now: Date, state: HolderState): Decision<HolderEvent, 'holder_already_registered'> {
  if (state.registered) return reject({ code: 'holder_already_registered', message: `Holder ${holder.id} is already registered` });
  const at = now.toISOString();
  const events: HolderEvent[] = [
    { type: 'HolderRegistered', schemaVersion: 1, data: { holderId: holder.id, kind: holder.kind, name: holder.name, registeredAt: at } },
  ];
  if (holder.firstHeadIin)
    events.push({ type: 'HolderFirstHeadAppointed', schemaVersion: 1, data: { holderId: holder.id, iin: holder.firstHeadIin, appointedAt: at } });
  if (holder.informationOfficerIin) {
    events.push({
      type: 'HolderInformationOfficerAppointed',
      schemaVersion: 1,
      data: { holderId: holder.id, iin: holder.informationOfficerIin, appointedAt: at },
    });
  }
  return accept(...events);
}

/**
 * The registry's seeding as one value a service hands to the platform (`seedHolders`): which holders, and
 * how each is folded and decided. The platform runs it at start-up without deciding anything itself.
 */
export const holderSeeding = {
  holders: SEEDED_HOLDERS,
  initialState: initialHolderState,
  evolve: evolveHolder,
  decide: decideHolderRegistration,
} as const;
