import { Body, Controller, Get, Inject, NotFoundException, Param, Post, Query, Render, Req, Res, UseGuards } from '@nestjs/common';
import type { OperatorSurveyTemplatesReply, WaitingTemplatesReply } from '@od/contracts';
import type { Request, Response } from 'express';
import { signedInAs } from '../../auth/signed-in';
import { GatewayClient } from '../../gateway/gateway-client';
import { asOperator, readAfter, redirectAfter, refusal } from './operator-gateway';
import { reasonFieldId, templatesView, type SentForm } from './templates.view';

/** The API's address of each kind of template. */
const API_PATH = { conference: '/api/conferences', survey: '/api/surveys' } as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** C1 for the operator: the conference (Annex 1) and survey (Annex 2) templates waiting, approved or returned with a reason. */
@Controller('operator/templates')
@UseGuards(signedInAs('operator'))
export class OperatorTemplatesController {
  constructor(@Inject(GatewayClient) private readonly gateway: GatewayClient) {}

  @Get()
  @Render('pages/operator/templates.njk')
  async list(@Req() request: Request, @Query('done') done?: string, @Query('after') after?: string) {
    return templatesView(request, ...(await this.waiting(request, after)), { done });
  }

  @Post(':kind/:id/:decision')
  async decide(@Req() request: Request, @Res() response: Response, @Param() params: Record<string, string>, @Body() body: Record<string, string>) {
    const { kind, id, decision } = params;
    if (!(kind === 'conference' || kind === 'survey') || !UUID.test(id) || !(decision === 'approval' || decision === 'return')) throw new NotFoundException();
    const sent = decision === 'return' ? { commandId: body.commandId, reason: body.reason ?? '' } : { commandId: body.commandId };
    const answer = await this.gateway.post<{ position?: string }>(`${API_PATH[kind]}/${id}/${decision}`, sent, asOperator(request));
    if (answer.ok) return redirectAfter(response, '/operator/templates', answer, decision === 'approval' ? 'approved' : 'returned');
    const { errors, status } = refusal(request, answer, { reason: reasonFieldId(kind, id) });
    const form: SentForm = { kind, id, errors, reason: body.reason ?? '' };
    response.status(status).render('pages/operator/templates.njk', templatesView(request, ...(await this.waiting(request)), { sent: form }));
  }

  private async waiting(request: Request, after?: string): Promise<[WaitingTemplatesReply | null, OperatorSurveyTemplatesReply | null]> {
    const [conferences, surveys] = await Promise.all([
      this.gateway.get<WaitingTemplatesReply>(`/api/operator/conference-templates?limit=100${readAfter(after)}`, asOperator(request)),
      this.gateway.get<OperatorSurveyTemplatesReply>(`/api/operator/survey-templates?limit=100${readAfter(after)}`, asOperator(request)),
    ]);
    return [conferences.ok ? conferences.body : null, surveys.ok ? surveys.body : null];
  }
}
