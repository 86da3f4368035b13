import { Controller, Get, Inject, Query, Render, Req, UseGuards } from '@nestjs/common';
import type { AgencyQueueReply } from '@od/contracts';
import type { Request } from 'express';
import { signedInAs } from '../../auth/signed-in';
import { GatewayClient } from '../../gateway/gateway-client';
import { formErrorsFrom } from '../../http/form-errors';
import { inPageLanguage, queueRow } from './agency-views';

export const QUEUE_STATUSES = ['received', 'accepted', 'answered', 'returned', 'refused'] as const;
const PAGE_SIZE = 20;

/** The holder's queue (GET /api/agency/requests): nearest due first, overdue marked, a status filter, paged. */
@Controller('agency/requests')
@UseGuards(signedInAs('staff'))
export class AgencyQueueController {
  constructor(@Inject(GatewayClient) private readonly gateway: GatewayClient) {}

  @Get()
  @Render('pages/agency/queue.njk')
  async queue(@Req() request: Request, @Query('status') status?: string, @Query('cursor') cursor?: string) {
    const chosen = (QUEUE_STATUSES as readonly string[]).includes(status ?? '') ? (status as string) : '';
    const query = new URLSearchParams({ limit: String(PAGE_SIZE), ...(chosen ? { status: chosen } : {}), ...(cursor ? { cursor } : {}) });
    const answer = await this.gateway.get<AgencyQueueReply>(`/api/agency/requests?${query}`, { language: request.language, user: request.portalSession.user });
    const t = request.t;
    const statusFilter = [{ value: '', text: t('agency.queue.filter.all') }, ...QUEUE_STATUSES.map((value) => ({ value, text: t(`agency.status.${value}`) }))];
    const base = {
      pageTitle: t('agency.queue.title'),
      statusFilter,
      status: chosen,
      firstPage: cursor ? `/agency/requests${chosen ? `?status=${chosen}` : ''}` : null,
    };
    if (!answer.ok) return { ...base, rows: [], errors: formErrorsFrom(inPageLanguage(answer, request.language), t('agency.error.unavailable')) };
    const next =
      answer.body.hasMore && answer.body.nextCursor ? new URLSearchParams({ ...(chosen ? { status: chosen } : {}), cursor: answer.body.nextCursor }) : null;
    return {
      ...base,
      rows: answer.body.items.map((item) => queueRow(item, request.language, t)),
      total: answer.body.total ?? null,
      nextPage: next ? `/agency/requests?${next}` : null,
    };
  }
}
