import { Controller, Get, Inject, Query, Render, Req, UseGuards } from '@nestjs/common';
import type { HolderClocksReply, HoldersReply } from '@od/contracts';
import type { Request } from 'express';
import { signedInAs } from '../../auth/signed-in';
import { GatewayClient } from '../../gateway/gateway-client';
import { formErrorsFrom } from '../../http/form-errors';
import { inPageLanguage } from './agency-views';
import { clocksPage } from './clocks-page';

const HOLDER_ID = /^[a-z0-9-]{1,64}$/;

async function clocksView(gateway: GatewayClient, request: Request, path: string, linkRequests: boolean) {
  const context = { language: request.language, user: request.portalSession.user };
  const [answer, holders] = await Promise.all([gateway.get<HolderClocksReply>(path, context), gateway.get<HoldersReply>('/api/holders?limit=100', context)]);
  const holderList = holders.ok ? holders.body.items : [];
  const page = clocksPage(answer.ok ? answer.body.items : [], { language: request.language, t: request.t, holders: holderList, linkRequests });
  const errors = answer.ok ? null : formErrorsFrom(inPageLanguage(answer, request.language), request.t('agency.error.unavailable'));
  return { ...page, errors, holderList };
}

/** The information officer's and staff's view of every clock of their holder (GET /api/agency/clocks, B4). */
@Controller('agency/clocks')
@UseGuards(signedInAs('staff'))
export class AgencyClocksController {
  constructor(@Inject(GatewayClient) private readonly gateway: GatewayClient) {}

  @Get()
  @Render('pages/agency/clocks.njk')
  async clocks(@Req() request: Request) {
    const view = await clocksView(this.gateway, request, '/api/agency/clocks', true);
    return { ...view, pageTitle: request.t('agencyTemplates.clocks.title'), ministry: false };
  }
}

/** The ministry's view of every holder's clocks, or one holder's (GET /api/ministry/clocks?holderId=). */
@Controller('ministry/clocks')
@UseGuards(signedInAs('ministry'))
export class MinistryClocksController {
  constructor(@Inject(GatewayClient) private readonly gateway: GatewayClient) {}

  @Get()
  @Render('pages/agency/clocks.njk')
  async clocks(@Req() request: Request, @Query('holderId') holderId?: string) {
    const chosen = typeof holderId === 'string' && HOLDER_ID.test(holderId) ? holderId : '';
    const view = await clocksView(this.gateway, request, `/api/ministry/clocks${chosen ? `?holderId=${chosen}` : ''}`, false);
    const holderItems = [
      { value: '', text: request.t('agencyTemplates.clocks.allHolders') },
      ...view.holderList.map((holder) => ({ value: holder.holderId, text: holder.name[request.language], selected: holder.holderId === chosen })),
    ];
    return { ...view, pageTitle: request.t('agencyTemplates.clocks.ministryTitle'), ministry: true, holderItems };
  }
}
