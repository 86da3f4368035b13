import type { HolderView } from '@od/contracts';
import type { PortalLanguage } from '../../i18n/languages';
import type { GatewayClient } from '../../gateway/gateway-client';

/** The holders' names in the reader's language (GET /api/holders/:holderId, public); an unknown holder by its id. */
export async function holderNames(gateway: GatewayClient, holderIds: Iterable<string>, language: PortalLanguage): Promise<Map<string, string>> {
  const ids = [...new Set(holderIds)];
  const answers = await Promise.all(ids.map((holderId) => gateway.get<HolderView>(`/api/holders/${encodeURIComponent(holderId)}`, { language })));
  return new Map(ids.map((holderId, index) => [holderId, answers[index].ok ? answers[index].body.name[language] : holderId]));
}
