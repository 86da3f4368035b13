import type { Request } from 'express';

/** The service navigation: public sections for everyone, "my requests" once signed in; the current one marked. */
export function navigationFor(request: Request): { href: string; text: string; active: boolean }[] {
  const items = [{ href: '/', key: 'layout.nav.home' }];
  if (request.portalSession.user) items.push({ href: '/requests', key: 'layout.nav.myRequests' });
  return items.map((item) => ({
    href: item.href,
    text: request.t(item.key),
    active: item.href === '/' ? request.path === '/' : request.path.startsWith(item.href),
  }));
}
