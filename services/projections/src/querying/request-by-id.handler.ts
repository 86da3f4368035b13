import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { querySubject, type RequestByIdQuery, type RequestByIdReply } from '@od/contracts';
import { isPosition, parsePosition } from '@od/event-store';
import { readPlatformConfig } from '@od/platform';
import { DataSource } from 'typeorm';
import { CheckpointWatch } from '../checkpoints/checkpoint-watch';
import { RequestViewEntity } from '../my-requests/request-view.entity';

const MAX_WAIT_MS = 10_000;

@Controller()
export class RequestByIdHandler {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(CheckpointWatch) private readonly watch: CheckpointWatch,
  ) {}

  @MessagePattern(querySubject(readPlatformConfig().subjectRoot, 'projections', 'request-by-id'))
  async find(@Payload() query: RequestByIdQuery): Promise<RequestByIdReply> {
    const caughtUp = isPosition(query.atLeastPosition)
      ? await this.watch.reached(parsePosition(query.atLeastPosition), Math.min(query.waitMs ?? 0, MAX_WAIT_MS))
      : true;
    const view = await this.dataSource.getRepository(RequestViewEntity).findOneBy({ requestId: query.requestId });
    if (!view) return { found: false, projectionPosition: this.watch.position, caughtUp };
    return {
      found: true,
      projectionPosition: this.watch.position,
      request: {
        requestId: view.requestId,
        holderId: view.holderId,
        author: { kind: view.authorKind, id: view.authorId },
        subject: view.subject,
        text: view.text,
        language: view.language as 'kk' | 'ru' | 'en',
        status: view.status,
        submittedAt: view.submittedAt.toISOString(),
        position: view.position,
      },
    };
  }
}
