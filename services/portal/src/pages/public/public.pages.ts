import type { Type } from '@nestjs/common';

/** Public pages (no sign-in): holders and their blogs, a request's public page, conferences, surveys, statistics. */
export const PUBLIC_PAGES: Type[] = [];
