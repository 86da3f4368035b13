import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { awpAccessList, type AwpAccessListQuery, type AwpAccessListReply, type StaffRole } from '@od/contracts';
import { isAwpAccessActive } from '@od/domain';
import { Answers } from '@od/platform';
import { ReadModelQueries } from '../querying/read-model-queries';
import { awaitPosition } from '../querying/read-your-write';
import { AwpAccessViewEntity } from './awp-access-view.entity';

@Controller()
export class AwpAccessQueriesHandler extends ReadModelQueries {
  @Answers(awpAccessList)
  async list(@Payload() query: AwpAccessListQuery): Promise<AwpAccessListReply> {
    await awaitPosition(this.watch, query);
    const views = await this.dataSource.getRepository(AwpAccessViewEntity).find({
      where: query.holderId ? { holderId: query.holderId } : {},
      order: { holderId: 'ASC', employeeIin: 'ASC', role: 'ASC' },
      take: 1000,
    });
    return {
      projectionPosition: this.watch.position,
      items: views.map((view) => ({
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
