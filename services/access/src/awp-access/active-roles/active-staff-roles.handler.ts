import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { querySubject, type ActiveStaffRolesQuery, type ActiveStaffRolesReply } from '@od/contracts';
import type { EventStore } from '@od/event-store';
import { activeRolesInStore, EVENT_STORE, readPlatformConfig } from '@od/platform';

/**
 * Answers from the store itself, not a projection, so a revocation refuses the employee at once.
 */
@Controller()
export class ActiveStaffRolesHandler {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @MessagePattern(querySubject(readPlatformConfig().subjectRoot, 'access', 'active-staff-roles'))
  async activeRoles(@Payload() query: ActiveStaffRolesQuery): Promise<ActiveStaffRolesReply> {
    return { roles: await activeRolesInStore(this.store, query.holderId, query.employeeIin) };
  }
}
