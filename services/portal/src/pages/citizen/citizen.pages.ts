import type { Type } from '@nestjs/common';

/** A citizen's or an organisation's pages: my requests, a request with its history and deadlines, notices, rating. */
export const CITIZEN_PAGES: Type[] = [];
