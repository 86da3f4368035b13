import { Inject, Injectable } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import { activeStaffRoles, type StaffRole } from '@od/contracts';
import { PLATFORM_CONFIG, type PlatformConfig } from '@od/platform';
import { BUS } from '../bus';
import { send } from '../http/bus-request';

/** Asks the access service, which reads the store itself, so a revocation takes effect at once. */
@Injectable()
export class ActiveStaffRoles {
  constructor(
    @Inject(BUS) private readonly bus: ClientProxy,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
  ) {}

  async of(holderId: string, employeeIin: string): Promise<readonly StaffRole[]> {
    return (await send(this.bus, this.config.subjectRoot, activeStaffRoles, { holderId, employeeIin }, 5_000)).roles;
  }
}
