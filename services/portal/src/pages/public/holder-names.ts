import type { HoldersReply } from '@od/contracts';
import type { Request } from 'express';
import type { GatewayClient } from '../../gateway/gateway-client';
import { asReader } from './public-pages.helpers';

/** Every holder's name in the reader's language, by id (the registry is one page of at most 100), for lists that carry only ids. */
export async function holderNames(gateway: GatewayClient, request: Request): Promise<(holderId: string) => string> {
  const answer = await gateway.get<HoldersReply>('/api/holders?limit=100', asReader(request));
  const names = new Map(answer.ok ? answer.body.items.map((holder) => [holder.holderId, holder.name[request.language]]) : []);
  return (holderId) => names.get(holderId) ?? holderId;
}
