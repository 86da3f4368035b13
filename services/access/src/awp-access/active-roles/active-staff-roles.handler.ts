import { Controller, Inject } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { activeStaffRoles, type ActiveStaffRolesQuery, type ActiveStaffRolesReply } from '@od/contracts';
import type { EventStore } from '@od/event-store';
import { Answers, activeRolesInStore, EVENT_STORE } from '@od/platform';

/**
 * Answers from the store itself, not a projection, so a revocation refuses the employee at once.
 */
@Controller()
export class ActiveStaffRolesHandler {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Answers(activeStaffRoles)
  async activeRoles(@Payload() query: ActiveStaffRolesQuery): Promise<ActiveStaffRolesReply> {
    return { roles: await activeRolesInStore(this.store, query.holderId, query.employeeIin) };
  }
}
