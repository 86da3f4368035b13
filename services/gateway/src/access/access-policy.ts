import type { AccountRole } from '@od/contracts';

/**
 * Who may call what: every endpoint of the gateway, and the roles allowed. `public` needs no token.
 * The guard refuses any route missing here, and a test calls every row as every role.
 * Staff rows are further limited by the AWP access lifecycle (C7) and to the staff's own holder.
 */
export const ENDPOINT_ACCESS = {
  'GET /health': 'public',
  'POST /api/requests': ['citizen', 'organisation'],
  'GET /api/requests/:requestId': ['citizen', 'organisation'],
} as const satisfies Record<string, 'public' | readonly AccountRole[]>;

export type Endpoint = keyof typeof ENDPOINT_ACCESS;

export function allowedRoles(endpoint: string): 'public' | readonly AccountRole[] | undefined {
  return (ENDPOINT_ACCESS as Record<string, 'public' | readonly AccountRole[]>)[endpoint];
}
