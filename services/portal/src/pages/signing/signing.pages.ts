import type { Type } from '@nestjs/common';
import { SigningScriptController } from './signing-script';
import { SubmitRequestController } from './submit-request.controller';

/** Submitting a signed request (R1): the form, signed in the browser behind one seam. */
export const SIGNING_PAGES: Type[] = [SubmitRequestController, SigningScriptController];
