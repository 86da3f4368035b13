import { HOLDER_EVENT_TYPES, type HolderEvent, type HolderKind, type HolderLanguage, type Order145TextId, type StateParticipation } from '@od/contracts';
import { blogEligibility, ORDER_145_TEXTS } from '@od/domain';
import type { RecordedEvent } from '@od/event-store';
import type { EntityManager } from 'typeorm';
import { HolderViewEntity } from './holder-view.entity';

const holderEventTypes = new Set<string>(HOLDER_EVENT_TYPES);

/** Every holder answers in Kazakh and Russian (the Law on Languages) until its languages are recorded. */
const LANGUAGES_BY_LAW: readonly HolderLanguage[] = ['kk', 'ru'];

/** The texts of Order 145 under which a holder of this kind and state participation has a blog. */
export function textsGivingABlog(holderId: string, kind: HolderKind, stateParticipation: StateParticipation | null): Order145TextId[] {
  return ORDER_145_TEXTS.filter((text) => blogEligibility(text, { holderId, kind, stateParticipation }).hasBlog).map((text) => text.id);
}

/** The row after one fact (pure): registered with its names and kind, then its kind (and state share) and languages as recorded. */
export function evolveHolderView(view: HolderViewEntity | null, event: RecordedEvent<HolderEvent>): HolderViewEntity | null {
  const next = Object.assign(new HolderViewEntity(), view ?? {});
  next.updatedAt = new Date(event.metadata.occurredAt);
  switch (event.type) {
    case 'HolderRegistered': {
      const { holderId, kind, name, registeredAt } = event.data;
      return Object.assign(next, {
        holderId,
        kind,
        name,
        stateParticipation: null,
        languages: [...LANGUAGES_BY_LAW],
        blogUnder: textsGivingABlog(holderId, kind, null),
        registeredAt: new Date(registeredAt),
      });
    }
    case 'HolderKindRecorded': {
      const { holderId, kind, stateParticipation } = event.data;
      return view && Object.assign(next, { kind, stateParticipation, blogUnder: textsGivingABlog(holderId, kind, stateParticipation) });
    }
    case 'HolderLanguagesRecorded':
      return view && Object.assign(next, { languages: [...event.data.languages] });
    case 'HolderFirstHeadAppointed':
    case 'HolderInformationOfficerAppointed':
      return null;
    default: {
      const unknownEvent: never = event;
      return unknownEvent;
    }
  }
}

/** holder_views follows every holder fact. */
export async function projectHolderView(manager: EntityManager, event: RecordedEvent): Promise<void> {
  if (!holderEventTypes.has(event.type)) return;
  const fact = event as RecordedEvent<HolderEvent>;
  const views = manager.getRepository(HolderViewEntity);
  const current = await views.findOneBy({ holderId: fact.data.holderId });
  const next = evolveHolderView(current, fact);
  if (next) await views.save(next);
}
