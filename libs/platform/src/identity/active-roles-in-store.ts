import { awpAccessStream, STAFF_ROLES, type AwpAccessEvent, type StaffRole } from '@od/contracts';
import { evolveAwpAccess, initialAwpAccessState, isAwpAccessActive } from '@od/domain';
import type { EventStore } from '@od/event-store';

/** The AWP roles an employee may use right now (approved, trained, not revoked: C7), read from the store itself. */
export async function activeRolesInStore(store: EventStore, holderId: string, employeeIin: string): Promise<StaffRole[]> {
  const states = await Promise.all(
    STAFF_ROLES.map(async (role) => {
      const history = (await store.readStream(awpAccessStream(holderId, employeeIin, role))) as unknown as AwpAccessEvent[];
      return { role, active: isAwpAccessActive(history.reduce(evolveAwpAccess, initialAwpAccessState)) };
    }),
  );
  return states.filter((state) => state.active).map((state) => state.role);
}
