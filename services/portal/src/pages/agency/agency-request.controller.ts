import { randomUUID } from 'node:crypto';
import { Body, Controller, ForbiddenException, Get, Inject, NotFoundException, Param, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import type { HoldersReply, RequestHistoryReply } from '@od/contracts';
import type { Request, Response } from 'express';
import { SignInRequired, signedInAs } from '../../auth/signed-in';
import { GatewayClient } from '../../gateway/gateway-client';
import { formErrorsFrom } from '../../http/form-errors';
import { inPageLanguage } from './agency-views';
import { requestPage, type GroundsReply, type PageState } from './agency-request.page';
import { decisionNamed, decisionsFor, fieldIdsOf, isDecisionName, type PostedForm } from './decisions';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A store position from a command's answer: the page after it reads its own write. */
const POSITION = /^\d{1,20}:\d{1,20}$/;

/**
 * One request at the staff member's holder: its text, author kind, redirect chain, history and clocks in words,
 * and a form for each decision the user's roles allow now; each posts here, then to the gateway.
 */
@Controller('agency/requests/:requestId')
@UseGuards(signedInAs('staff'))
export class AgencyRequestController {
  constructor(@Inject(GatewayClient) private readonly gateway: GatewayClient) {}

  @Get()
  async show(
    @Req() request: Request,
    @Res() response: Response,
    @Param('requestId') requestId: string,
    @Query('done') done?: string,
    @Query('at') at?: string,
  ) {
    const state: PageState = { done: isDecisionName(done) ? done : undefined, at: typeof at === 'string' && POSITION.test(at) ? at : undefined };
    response.render('pages/agency/request.njk', await this.page(request, requestId, state));
  }

  @Post(':decision')
  async decide(
    @Req() request: Request,
    @Res() response: Response,
    @Param('requestId') requestId: string,
    @Param('decision') name: string,
    @Body() form: PostedForm,
  ) {
    if (!UUID.test(requestId) || !isDecisionName(name)) throw new NotFoundException();
    const decision = decisionNamed(name);
    const commandId = typeof form.commandId === 'string' && UUID.test(form.commandId) ? form.commandId : randomUUID();
    const context = { language: request.language, user: request.portalSession.user };
    const answer = await this.gateway.post<{ position?: string }>(
      `/api/requests/${requestId}/${decision.action}`,
      { commandId, ...decision.body(form) },
      context,
    );
    if (answer.ok) return response.redirect(303, `/agency/requests/${requestId}?done=${name}&at=${encodeURIComponent(answer.body.position ?? '')}`);
    if (answer.status === 404) throw new NotFoundException();
    if (answer.status === 401) throw new SignInRequired(`/agency/requests/${requestId}`);
    if (answer.status >= 500) throw new Error(`the gateway answered ${answer.status} to ${decision.action}`);
    const errors = formErrorsFrom(inPageLanguage(answer, request.language), request.t('agency.error.refused'), fieldIdsOf(decision));
    response.status(answer.status).render('pages/agency/request.njk', await this.page(request, requestId, { failed: name, errors, values: form }));
  }

  private async page(request: Request, requestId: string, state: PageState) {
    if (!UUID.test(requestId)) throw new NotFoundException();
    const context = { language: request.language, user: request.portalSession.user };
    const readYourWrite = state.at ? `?atLeastPosition=${state.at}&waitMs=3000` : '';
    const [history, me, holders] = await Promise.all([
      this.gateway.get<RequestHistoryReply>(`/api/requests/${requestId}/history${readYourWrite}`, context),
      this.gateway.get<{ staffRoles?: string[] }>('/api/me', context),
      this.gateway.get<HoldersReply>('/api/holders?limit=100', context),
    ]);
    if (history.status === 404 || history.status === 400) throw new NotFoundException();
    if (history.status === 403) throw new ForbiddenException(formErrorsFrom(inPageLanguage(history, request.language), '').summary[0]?.text);
    if (!history.ok || !history.body.found) throw new Error(`the gateway answered ${history.status} for a request's history`);
    const decisions = decisionsFor(me.body.staffRoles ?? [], history.body.request.status);
    const needsGrounds = decisions.some((decision) => decision.name === 'return' || decision.name === 'refuse');
    const grounds = needsGrounds ? await this.gateway.get<GroundsReply>('/api/reference/grounds', context) : undefined;
    return requestPage(history.body, decisions, {
      language: request.language,
      t: request.t,
      holders: holders.ok ? holders.body.items : [],
      grounds: grounds?.ok ? grounds.body : { returnGrounds: [], refusalGrounds: [] },
      newCommandId: randomUUID,
      state,
    });
  }
}
