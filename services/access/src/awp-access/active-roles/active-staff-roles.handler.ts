import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { awpAccessStream, querySubject, STAFF_ROLES, type ActiveStaffRolesQuery, type ActiveStaffRolesReply, type AwpAccessEvent } from '@od/contracts';
import { evolveAwpAccess, initialAwpAccessState, isAwpAccessActive } from '@od/domain';
import type { EventStore } from '@od/event-store';
import { EVENT_STORE, readPlatformConfig } from '@od/platform';

/**
 * Answers from the store itself, not a projection, so a revocation refuses the employee at once.
 */
@Controller()
export class ActiveStaffRolesHandler {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @MessagePattern(querySubject(readPlatformConfig().subjectRoot, 'access', 'active-staff-roles'))
  async activeRoles(@Payload() query: ActiveStaffRolesQuery): Promise<ActiveStaffRolesReply> {
    const states = await Promise.all(
      STAFF_ROLES.map(async (role) => {
        const history = (await this.store.readStream(awpAccessStream(query.holderId, query.employeeIin, role))) as unknown as AwpAccessEvent[];
        return { role, active: isAwpAccessActive(history.reduce(evolveAwpAccess, initialAwpAccessState)) };
      }),
    );
    return { roles: states.filter((state) => state.active).map((state) => state.role) };
  }
}
