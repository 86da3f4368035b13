import type { Request } from 'express';

interface Section {
  readonly href: string;
  readonly key: string;
  /** Who sees it: everyone, or signed-in users of these roles. */
  readonly roles?: readonly string[];
}

/** The service navigation, by who is signed in; each section's pages live under its address. */
const SECTIONS: readonly Section[] = [
  { href: '/', key: 'layout.nav.home' },
  { href: '/holders', key: 'layout.nav.holders' },
  { href: '/conferences', key: 'layout.nav.conferences' },
  { href: '/surveys', key: 'layout.nav.surveys' },
  { href: '/requests', key: 'layout.nav.myRequests', roles: ['citizen', 'organisation'] },
  { href: '/notices', key: 'layout.nav.notices', roles: ['citizen', 'organisation', 'staff'] },
  { href: '/agency/requests', key: 'layout.nav.agencyQueue', roles: ['staff'] },
  { href: '/agency/conferences', key: 'layout.nav.agencyConferences', roles: ['staff'] },
  { href: '/agency/clocks', key: 'layout.nav.agencyClocks', roles: ['staff'] },
  { href: '/operator', key: 'layout.nav.operator', roles: ['operator'] },
  { href: '/ministry/clocks', key: 'layout.nav.ministryClocks', roles: ['ministry'] },
  { href: '/reports/new', key: 'reports.nav', roles: ['ministry', 'staff'] },
];

export function navigationFor(request: Request): { href: string; text: string; active: boolean }[] {
  const role = request.portalSession.user?.role;
  return SECTIONS.filter((section) => !section.roles || (role !== undefined && section.roles.includes(role))).map((section) => ({
    href: section.href,
    text: request.t(section.key),
    active: section.href === '/' ? request.path === '/' : request.path === section.href || request.path.startsWith(`${section.href}/`),
  }));
}
