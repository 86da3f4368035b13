import type { Type } from '@nestjs/common';

/** Submitting a signed request (R1): the form, signed in the browser behind one seam. */
export const SIGNING_PAGES: Type[] = [];
