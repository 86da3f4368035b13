import { ENDPOINT_ACCESS } from '../access/access-policy';

/** How long a shared cache may keep a public read (the blog, public conferences and surveys). */
export const PUBLIC_READ_MAX_AGE_SECONDS = 10;

/** `GET /api/holders/:holderId/blog` → a pattern for its paths: each `:param` is one path segment. */
function pathPattern(template: string): RegExp {
  const escaped = template.split('/').map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  return new RegExp(`^${escaped.join('/')}/?$`);
}

/** The access policy's public `GET /api/…` endpoints: nothing in them belongs to anyone. */
const PUBLIC_READS = Object.entries(ENDPOINT_ACCESS)
  .filter(([endpoint, rule]) => rule === 'public' && endpoint.startsWith('GET /api/'))
  .map(([endpoint]) => pathPattern(endpoint.slice('GET '.length)));

export function isPublicRead(method: string, path: string): boolean {
  return (method === 'GET' || method === 'HEAD') && PUBLIC_READS.some((pattern) => pattern.test(path));
}

/**
 * Every answer may carry personal data (a user's requests, notices, staff lists, errors naming what was
 * asked) unless it is a public read: `Cache-Control: no-store` so no browser or proxy keeps it; public
 * reads may be cached briefly. Set before routing, so errors, 404s and refusals carry it too.
 */
export function cacheControl(request: { method: string; path: string }, response: { setHeader(name: string, value: string): unknown }, next: () => void): void {
  response.setHeader('Cache-Control', isPublicRead(request.method, request.path) ? `public, max-age=${PUBLIC_READ_MAX_AGE_SECONDS}` : 'no-store');
  next();
}
