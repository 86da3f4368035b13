import type { Type } from '@nestjs/common';
import { ReportsController } from './reports.controller';

/** The annual access-to-information report (B2) for the ministry and the holders' information officers (B4). */
export const REPORTS_PAGES: Type[] = [ReportsController];
