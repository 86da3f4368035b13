import { Body, Controller, Get, Inject, NotFoundException, Param, Post, Query, Render, Req, Res, UseGuards } from '@nestjs/common';
import type { AwpAccessListItem, AwpAccessListReply } from '@od/contracts';
import type { Request, Response } from 'express';
import { signedInAs } from '../../auth/signed-in';
import { GatewayClient, type GatewayAnswer } from '../../gateway/gateway-client';
import { accessListView, manageHref, manageView, type AccessKey } from './awp-access.view';
import { asOperator, readAfter, redirectAfter, refusal } from './operator-gateway';

/** Each form of the manage page: the API's endpoint, what it sends besides the key, its fields' ids on the page, and what is done. */
const DECISIONS = {
  approvals: { fields: [], fieldIds: {}, done: 'approved' },
  denials: { fields: ['reason'], fieldIds: { reason: 'deny-reason' }, done: 'denied' },
  trainings: { fields: ['course', 'trainedOn'], fieldIds: {}, done: 'trained' },
  revocations: { fields: ['reason'], fieldIds: { reason: 'revoke-reason' }, done: 'revoked' },
} as const;
type Decision = keyof typeof DECISIONS;

const keyOf = (fields: Record<string, unknown>): AccessKey => ({
  holderId: String(fields.holderId ?? ''),
  employeeIin: String(fields.employeeIin ?? ''),
  role: String(fields.role ?? ''),
});

/** C7 for the operator: the AWP register with the applications waiting, and one access with its decisions. */
@Controller('operator/awp-access')
@UseGuards(signedInAs('operator'))
export class OperatorAwpAccessController {
  constructor(@Inject(GatewayClient) private readonly gateway: GatewayClient) {}

  @Get()
  @Render('pages/operator/awp-access.njk')
  async list(@Req() request: Request, @Query('cursor') cursor?: string) {
    const query = `limit=100${typeof cursor === 'string' ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const answer = await this.gateway.get<AwpAccessListReply>(`/api/awp-access?${query}`, asOperator(request));
    const next = answer.ok && answer.body.hasMore ? `/operator/awp-access?cursor=${encodeURIComponent(answer.body.nextCursor ?? '')}` : null;
    return accessListView(request, answer.ok ? answer.body : null, next);
  }

  @Get('manage')
  @Render('pages/operator/awp-access-manage.njk')
  async manage(@Req() request: Request, @Query() query: Record<string, unknown>) {
    const key = keyOf(query);
    return manageView(request, key, await this.find(request, key, query.after), { done: String(query.done ?? '') });
  }

  @Post(':decision')
  async decide(@Req() request: Request, @Res() response: Response, @Param('decision') decision: string, @Body() body: Record<string, string>) {
    if (!(decision in DECISIONS)) throw new NotFoundException();
    const { fields, fieldIds, done } = DECISIONS[decision as Decision];
    const key = keyOf(body);
    const sent = { commandId: body.commandId, ...key, ...Object.fromEntries(fields.map((field) => [field, body[field] ?? ''])) };
    const answer = await this.gateway.post<{ position?: string }>(`/api/awp-access/${decision}`, sent, asOperator(request));
    if (answer.ok) return redirectAfter(response, manageHref(key), answer, done);
    const { errors, status } = refusal(request, answer, fieldIds);
    const view = manageView(request, key, await this.find(request, key), { errors, values: body });
    response.status(status).render('pages/operator/awp-access-manage.njk', view);
  }

  /** The access in the holder's register (the API lists it by holder, employee and role). */
  private async find(request: Request, key: AccessKey, after?: unknown): Promise<AwpAccessListItem | null> {
    if (!/^[a-z0-9-]{1,80}$/.test(key.holderId)) return null;
    let cursor: string | null = null;
    for (let pages = 0; pages < 10; pages++) {
      const path = `/api/awp-access?holderId=${key.holderId}&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}${readAfter(after)}`;
      const answer: GatewayAnswer<AwpAccessListReply> = await this.gateway.get<AwpAccessListReply>(path, asOperator(request));
      if (!answer.ok) return null;
      const found = answer.body.items.find((item) => item.employeeIin === key.employeeIin && item.role === key.role);
      if (found || !answer.body.hasMore) return found ?? null;
      cursor = answer.body.nextCursor ?? null;
    }
    return null;
  }
}
