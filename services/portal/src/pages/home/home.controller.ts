import { Controller, Get, Inject, Render, Req } from '@nestjs/common';
import type { HoldersReply } from '@od/contracts';
import type { Request } from 'express';
import { GatewayClient } from '../../gateway/gateway-client';

/** The front page: what the portal is for, and which holders answer requests on the blog platform now. */
@Controller()
export class HomeController {
  constructor(@Inject(GatewayClient) private readonly gateway: GatewayClient) {}

  @Get()
  @Render('pages/home.njk')
  async home(@Req() request: Request) {
    const answer = await this.gateway.get<HoldersReply>('/api/holders?hasBlog=true&limit=100', { language: request.language });
    const holders = answer.ok
      ? answer.body.items.map((holder) => ({
          name: holder.name[request.language],
          stateSharePercent: holder.stateParticipation?.percent ?? null,
        }))
      : null;
    return { pageTitle: request.t('layout.nav.home'), holders };
  }
}
