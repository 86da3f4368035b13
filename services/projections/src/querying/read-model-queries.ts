import { Inject } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CheckpointWatch } from '../checkpoints/checkpoint-watch';

/**
 * What every query handler over the read models has: their database, and how far they have folded the
 * store (to wait for a client's own write with `awaitPosition`, and to stamp each reply with).
 */
export abstract class ReadModelQueries {
  constructor(
    @Inject(DataSource) protected readonly dataSource: DataSource,
    @Inject(CheckpointWatch) protected readonly watch: CheckpointWatch,
  ) {}
}
