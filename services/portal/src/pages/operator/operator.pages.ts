import type { Type } from '@nestjs/common';
import { OperatorAwpAccessController } from './awp-access.controller';
import { OperatorHomeController } from './operator-home.controller';
import { OperatorTemplatesController } from './templates.controller';

/** The operator's and the ministry's pages: AWP applications and grants, templates waiting for approval, clock views. */
export const OPERATOR_PAGES: Type[] = [OperatorHomeController, OperatorAwpAccessController, OperatorTemplatesController];
