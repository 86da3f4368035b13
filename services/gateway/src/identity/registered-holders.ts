import type { ClientProxy } from '@nestjs/microservices';
import { holderRegistered } from '@od/contracts';
import { send } from '../http/bus-request';
import type { HolderRegistryCheck } from '@od/platform';

/** Holders leave the registry never, so a holder found is remembered; one not found is asked again next time. */
const REMEMBER_FOUND_MS = 5 * 60 * 1000;

/**
 * Asks the access service (which reads the registry in the store) whether a staff token's holder exists,
 * remembering the holders found for a few minutes so a staff member's requests do not each cost a lookup.
 */
export function registeredHolders(bus: ClientProxy, subjectRoot: string, clock: () => number = Date.now): HolderRegistryCheck {
  const foundAt = new Map<string, number>();
  return async (holderId) => {
    const found = foundAt.get(holderId);
    if (found !== undefined && clock() - found < REMEMBER_FOUND_MS) return true;
    const { registered } = await send(bus, subjectRoot, holderRegistered, { holderId }, 5_000);
    if (registered) foundAt.set(holderId, clock());
    return registered;
  };
}
