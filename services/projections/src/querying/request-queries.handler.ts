import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { requestById, type RequestByIdQuery, type RequestByIdReply } from '@od/contracts';
import { Answers } from '@od/platform';
import { RequestViewEntity } from '../my-requests/request-view.entity';
import { toRequestView } from '../my-requests/request-view.mapping';
import { ReadModelQueries } from './read-model-queries';
import { awaitPosition } from './read-your-write';

/** One request by id; the holder's queue is `agency-queue/`. */
@Controller()
export class RequestQueriesHandler extends ReadModelQueries {
  @Answers(requestById)
  async byId(@Payload() query: RequestByIdQuery): Promise<RequestByIdReply> {
    const caughtUp = await awaitPosition(this.watch, query);
    const view = await this.dataSource.getRepository(RequestViewEntity).findOneBy({ requestId: query.requestId });
    if (!view) return { found: false, projectionPosition: this.watch.position, caughtUp };
    return { found: true, projectionPosition: this.watch.position, request: toRequestView(view) };
  }
}
