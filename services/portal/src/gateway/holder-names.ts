import type { HoldersReply } from '@od/contracts';
import type { PortalLanguage } from '../i18n/languages';
import type { GatewayClient } from './gateway-client';

/**
 * Every holder's name in the reader's language, for pages whose data carry only holder ids: one read of the
 * public registry (one page of at most 100), an unknown or unreachable holder shown by its id.
 */
export async function holderNames(gateway: GatewayClient, language: PortalLanguage): Promise<(holderId: string) => string> {
  const answer = await gateway.get<HoldersReply>('/api/holders?limit=100', { language });
  const names = new Map(answer.ok ? answer.body.items.map((holder) => [holder.holderId, holder.name[language]]) : []);
  return (holderId) => names.get(holderId) ?? holderId;
}
