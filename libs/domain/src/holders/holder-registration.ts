import type { HolderEvent, HolderKind, HolderLanguage, StateParticipation } from '@od/contracts';
import type { HolderOnRecord } from '../legal-basis/blog-eligibility';
import { accept, type Decision } from '../shared/decision';
import { SEEDED_HOLDERS, type SeededHolder } from './seeded-holders';

export interface HolderState {
  readonly registered: boolean;
  /** Absent until a kind is recorded (holders registered before kinds were facts have only `HolderRegistered`). */
  readonly kind?: { readonly kind: HolderKind; readonly stateParticipation: StateParticipation | null };
  /** Absent until languages are recorded (holders registered before languages were facts). */
  readonly languages?: readonly HolderLanguage[];
}

export const initialHolderState: HolderState = { registered: false };

export function evolveHolder(state: HolderState, event: HolderEvent): HolderState {
  switch (event.type) {
    case 'HolderRegistered':
      return { ...state, registered: true };
    case 'HolderKindRecorded':
      return { ...state, kind: { kind: event.data.kind, stateParticipation: event.data.stateParticipation } };
    case 'HolderLanguagesRecorded':
      return { ...state, languages: event.data.languages };
    default:
      return state;
  }
}

/** The registry's record of a holder, as the rules of the blog platform read it; undefined when it is not registered. */
export function holderOnRecord(holderId: string, state: HolderState): HolderOnRecord | undefined {
  if (!state.registered) return undefined;
  return { holderId, kind: state.kind?.kind ?? 'state_body', stateParticipation: state.kind?.stateParticipation ?? null };
}

const kindRecorded = (holder: SeededHolder, at: string): HolderEvent => ({
  type: 'HolderKindRecorded',
  schemaVersion: 1,
  data: { holderId: holder.id, kind: holder.kind, stateParticipation: holder.stateParticipation ?? null, recordedAt: at },
});

const languagesRecorded = (holder: SeededHolder, at: string): HolderEvent => ({
  type: 'HolderLanguagesRecorded',
  schemaVersion: 1,
  data: { holderId: holder.id, languages: holder.languages, recordedAt: at },
});

const sameLanguages = (holder: SeededHolder, state: HolderState): boolean =>
  state.languages !== undefined && JSON.stringify(state.languages) === JSON.stringify(holder.languages);

const sameKind = (holder: SeededHolder, state: HolderState): boolean =>
  state.kind !== undefined &&
  state.kind.kind === holder.kind &&
  JSON.stringify(state.kind.stateParticipation) === JSON.stringify(holder.stateParticipation ?? null);

/**
 * B3/B4: a holder enters the registry with its names, kind (and state participation), languages, first head and
 * access-to-information officer. A holder already registered gets its kind or its languages recorded again only
 * when the seed says otherwise than the registry (a share sold, a source corrected, English added); nothing else changes.
 */
export function decideHolderRegistration(holder: SeededHolder, now: Date, state: HolderState): Decision<HolderEvent, never> {
  const at = now.toISOString();
  if (state.registered) {
    const corrections = [
      ...(sameKind(holder, state) ? [] : [kindRecorded(holder, at)]),
      ...(sameLanguages(holder, state) ? [] : [languagesRecorded(holder, at)]),
    ];
    return accept(...corrections);
  }
  const events: HolderEvent[] = [
    { type: 'HolderRegistered', schemaVersion: 1, data: { holderId: holder.id, kind: holder.kind, name: holder.name, registeredAt: at } },
    kindRecorded(holder, at),
    languagesRecorded(holder, at),
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
