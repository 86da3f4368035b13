import { Controller, Get, Inject, Query, Render, Req, UseGuards } from '@nestjs/common';
import type { MyNoticesReply } from '@od/contracts';
import type { Request } from 'express';
import { signedInAs } from '../../auth/signed-in';
import { GatewayClient } from '../../gateway/gateway-client';
import { cursorParam, paginationFor } from './paging';

const PAGE_SIZE = 20;

/**
 * My notices (GET /api/me/notices): newest first, a page at a time, each with its date and a link to its request.
 * Staff read theirs here too (a clock of their holder warned or breached), linked to the request in the AWP.
 */
@Controller('notices')
@UseGuards(signedInAs('citizen', 'organisation', 'staff'))
export class MyNoticesPageController {
  constructor(@Inject(GatewayClient) private readonly gateway: GatewayClient) {}

  @Get()
  @Render('pages/citizen/notices.njk')
  async list(@Req() request: Request, @Query('cursor') cursorAsked: unknown) {
    const cursor = cursorParam(cursorAsked);
    const query = new URLSearchParams({ limit: String(PAGE_SIZE), ...(cursor ? { cursor } : {}) });
    const answer = await this.gateway.get<MyNoticesReply>(`/api/me/notices?${query}`, { language: request.language, user: request.portalSession.user });
    const base = { pageTitle: request.t('citizen.notices.title') };
    const requestPages = request.portalSession.user?.role === 'staff' ? '/agency/requests' : '/requests';
    if (!answer.ok) return { ...base, notices: null, staleCursor: answer.status === 400 && cursor !== undefined };
    const notices = answer.body.items.map((notice) => ({
      title: notice.title,
      body: notice.body,
      language: notice.language,
      issuedAt: notice.issuedAt,
      href: notice.requestId ? `${requestPages}/${notice.requestId}` : null,
    }));
    return { ...base, notices, total: answer.body.total, pagination: paginationFor('/notices', {}, answer.body, cursor !== undefined, request.t) };
  }
}
