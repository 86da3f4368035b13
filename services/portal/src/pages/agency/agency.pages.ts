import type { Type } from '@nestjs/common';

/** Agency staff (AWP): the holder's queue, a request with its clocks and decisions, templates, clock views. */
export const AGENCY_PAGES: Type[] = [];
