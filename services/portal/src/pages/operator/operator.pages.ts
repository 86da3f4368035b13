import type { Type } from '@nestjs/common';

/** The operator's and the ministry's pages: AWP applications and grants, templates waiting for approval, clock views. */
export const OPERATOR_PAGES: Type[] = [];
