import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { holderById, holders, type HolderByIdQuery, type HolderByIdReply, type HolderView, type HoldersQuery, type HoldersReply } from '@od/contracts';
import { blogEligibility, order145TextInForceAt, type Order145Text } from '@od/domain';
import { Answers, clockFromEnvironment } from '@od/platform';
import { ArrayContains, Not, type FindOptionsWhere } from 'typeorm';
import { findPage, type KeyPart } from '../querying/keyset';
import { ReadModelQueries } from '../querying/read-model-queries';
import { awaitPosition } from '../querying/read-your-write';
import { HolderViewEntity } from './holder-view.entity';

/** By holder id. */
const BY_ID: readonly KeyPart<HolderViewEntity>[] = [{ column: 'holderId', direction: 'ASC', kind: 'text' }];

/** The reply's item: whether the first head has a blog under `text` (the one in force now), and why not. */
export function toHolderView(row: HolderViewEntity, text: Order145Text): HolderView {
  const eligibility = blogEligibility(text, row);
  return {
    holderId: row.holderId,
    name: row.name,
    kind: row.kind,
    stateParticipation: row.stateParticipation,
    languages: row.languages,
    blog: {
      hasBlog: eligibility.hasBlog,
      underText: text.id,
      provision: text.blogPlatform.provision,
      ...(eligibility.hasBlog ? {} : { why: eligibility.why }),
    },
    registeredAt: row.registeredAt.toISOString(),
  };
}

/** The holders registry, public: what a portal lists and an integrator addresses. */
@Controller()
export class HolderQueriesHandler extends ReadModelQueries {
  private readonly clock = clockFromEnvironment();

  /** The holders by id, of a kind and with or without a blog under the text of Order 145 in force now. */
  @Answers(holders)
  async list(@Payload() query: HoldersQuery): Promise<HoldersReply> {
    await awaitPosition(this.watch, query);
    const text = order145TextInForceAt(this.clock.now());
    const where: FindOptionsWhere<HolderViewEntity> = {
      ...(query.kind ? { kind: query.kind } : {}),
      ...(query.hasBlog === undefined ? {} : { blogUnder: query.hasBlog ? ArrayContains([text.id]) : Not(ArrayContains([text.id])) }),
    };
    const page = await findPage(this.dataSource.getRepository(HolderViewEntity), { where, key: BY_ID, page: query, count: true });
    return { ...page, items: page.items.map((row) => toHolderView(row, text)), projectionPosition: this.watch.position };
  }

  @Answers(holderById)
  async one(@Payload() query: HolderByIdQuery): Promise<HolderByIdReply> {
    await awaitPosition(this.watch, query);
    const row = await this.dataSource.getRepository(HolderViewEntity).findOneBy({ holderId: query.holderId });
    return { holder: row && toHolderView(row, order145TextInForceAt(this.clock.now())), projectionPosition: this.watch.position };
  }
}
