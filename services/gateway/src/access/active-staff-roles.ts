import { Inject, Injectable } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import { querySubject, type ActiveStaffRolesQuery, type ActiveStaffRolesReply, type StaffRole } from '@od/contracts';
import { PLATFORM_CONFIG, type PlatformConfig } from '@od/platform';
import { BUS } from '../bus';
import { askBus } from '../http/bus-request';

/** Asks the access service, which reads the store itself, so a revocation takes effect at once. */
@Injectable()
export class ActiveStaffRoles {
  private readonly subject: string;

  constructor(@Inject(BUS) private readonly bus: ClientProxy, @Inject(PLATFORM_CONFIG) config: PlatformConfig) {
    this.subject = querySubject(config.subjectRoot, 'access', 'active-staff-roles');
  }

  async of(holderId: string, employeeIin: string): Promise<readonly StaffRole[]> {
    const query: ActiveStaffRolesQuery = { holderId, employeeIin };
    return (await askBus<ActiveStaffRolesReply>(this.bus, this.subject, query, 5_000)).roles;
  }
}
