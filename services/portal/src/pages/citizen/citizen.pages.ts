import type { Type } from '@nestjs/common';
import { MyNoticesPageController } from './notices.controller';
import { MyRequestsPageController } from './my-requests.controller';
import { RequestPageController } from './request-page.controller';

/** A citizen's or an organisation's pages: my requests, a request with its history and deadlines, notices, rating. */
export const CITIZEN_PAGES: Type[] = [MyRequestsPageController, RequestPageController, MyNoticesPageController];
