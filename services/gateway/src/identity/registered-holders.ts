import type { ClientProxy } from '@nestjs/microservices';
import { querySubject, type HolderRegisteredQuery, type HolderRegisteredReply } from '@od/contracts';
import { askBus } from '../http/bus-request';
import type { HolderRegistryCheck } from '@od/platform';

/** Holders leave the registry never, so a holder found is remembered; one not found is asked again next time. */
const REMEMBER_FOUND_MS = 5 * 60 * 1000;

/**
 * Asks the access service (which reads the registry in the store) whether a staff token's holder exists,
 * remembering the holders found for a few minutes so a staff member's requests do not each cost a lookup.
 */
export function registeredHolders(bus: ClientProxy, subjectRoot: string, clock: () => number = Date.now): HolderRegistryCheck {
  const subject = querySubject(subjectRoot, 'access', 'holder-registered');
  const foundAt = new Map<string, number>();
  return async (holderId) => {
    const found = foundAt.get(holderId);
    if (found !== undefined && clock() - found < REMEMBER_FOUND_MS) return true;
    const query: HolderRegisteredQuery = { holderId };
    const { registered } = await askBus<HolderRegisteredReply>(bus, subject, query, 5_000);
    if (registered) foundAt.set(holderId, clock());
    return registered;
  };
}
