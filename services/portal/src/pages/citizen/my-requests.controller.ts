import { Controller, Get, Inject, Query, Render, Req, UseGuards } from '@nestjs/common';
import type { MyRequestsReply } from '@od/contracts';
import type { Request } from 'express';
import { signedInAs } from '../../auth/signed-in';
import { GatewayClient } from '../../gateway/gateway-client';
import { holderNames } from '../../gateway/holder-names';
import { cursorParam, paginationFor } from './paging';
import { isRequestStatus, REQUEST_STATUSES, statusTag } from './request-status';

const PAGE_SIZE = 20;

/** My requests (GET /api/me/requests): newest first, a page at a time, filtered by status. */
@Controller('requests')
@UseGuards(signedInAs('citizen', 'organisation'))
export class MyRequestsPageController {
  constructor(@Inject(GatewayClient) private readonly gateway: GatewayClient) {}

  @Get()
  @Render('pages/citizen/my-requests.njk')
  async list(@Req() request: Request, @Query('status') status: unknown, @Query('cursor') cursorAsked: unknown) {
    const chosen = isRequestStatus(status) ? status : undefined;
    const cursor = cursorParam(cursorAsked);
    const query = new URLSearchParams({ limit: String(PAGE_SIZE), ...(chosen ? { status: chosen } : {}), ...(cursor ? { cursor } : {}) });
    const answer = await this.gateway.get<MyRequestsReply>(`/api/me/requests?${query}`, { language: request.language, user: request.portalSession.user });
    const statuses = [
      { value: '', text: request.t('citizen.requests.filter.all'), selected: !chosen },
      ...REQUEST_STATUSES.map((value) => ({ value, text: request.t(`citizen.status.${value}`), selected: value === chosen })),
    ];
    const base = { pageTitle: request.t('citizen.requests.title'), statuses, status: chosen };
    if (!answer.ok) return { ...base, requests: null, staleCursor: answer.status === 400 && cursor !== undefined };
    const nameOf = await holderNames(this.gateway, request.language);
    const requests = answer.body.items.map((item) => ({
      href: `/requests/${item.requestId}`,
      subject: item.subject,
      holderName: nameOf(item.holderId),
      tag: statusTag(item.status, request.t),
      submittedAt: item.submittedAt,
    }));
    const pagination = paginationFor('/requests', { status: chosen }, answer.body, cursor !== undefined, request.t);
    return { ...base, requests, total: answer.body.total, pagination };
  }
}
