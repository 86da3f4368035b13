import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { awpAccessList, type AwpAccessListQuery, type AwpAccessListReply, type StaffRole } from '@od/contracts';
import { isAwpAccessActive } from '@od/domain';
import { Answers } from '@od/platform';
import { findPage, type KeyPart } from '../querying/keyset';
import { ReadModelQueries } from '../querying/read-model-queries';
import { awaitPosition } from '../querying/read-your-write';
import { AwpAccessViewEntity } from './awp-access-view.entity';

/** By holder, then employee, then role (the three are the row's key). */
const AWP_ACCESS_ORDER: readonly KeyPart<AwpAccessViewEntity>[] = [
  { column: 'holderId', direction: 'ASC', kind: 'text' },
  { column: 'employeeIin', direction: 'ASC', kind: 'text' },
  { column: 'role', direction: 'ASC', kind: 'text' },
];

@Controller()
export class AwpAccessQueriesHandler extends ReadModelQueries {
  @Answers(awpAccessList)
  async list(@Payload() query: AwpAccessListQuery): Promise<AwpAccessListReply> {
    await awaitPosition(this.watch, query);
    const page = await findPage(this.dataSource.getRepository(AwpAccessViewEntity), {
      where: query.holderId ? { holderId: query.holderId } : {},
      key: AWP_ACCESS_ORDER,
      page: query,
      count: true,
    });
    return {
      ...page,
      projectionPosition: this.watch.position,
      items: page.items.map((view) => ({
        holderId: view.holderId,
        employeeIin: view.employeeIin,
        role: view.role as StaffRole,
        status: view.status,
        trained: view.trained,
        active: isAwpAccessActive({ status: view.status as never, trained: view.trained }),
        reason: view.reason,
        updatedAt: view.updatedAt.toISOString(),
      })),
    };
  }
}
