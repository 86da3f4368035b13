import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Inject, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import type { HoldersReply } from '@od/contracts';
import type { Request, Response } from 'express';
import { signedInAs } from '../../auth/signed-in';
import { GatewayClient } from '../../gateway/gateway-client';
import { formErrorsFrom, type FormErrors } from '../../http/form-errors';
import type { PortalConfig } from '../../portal-config';
import { PORTAL_CONFIG } from '../../portal-tokens';
import { SIGNING_PROBLEMS } from './browser/signing-error';
import { signedRequestFields, type SignedRequestFields } from './signed-request';
import { signingScript } from './signing-script';

/** The API's field names as the form's field ids: a signature problem (R1) is shown at the key-file field. */
const FIELD_IDS = { signature: 'keyFile' };

/** Submitting a signed request (R1): the form, signed in the browser; the portal passes the signature on and never sees the key. */
@Controller('requests/new')
@UseGuards(signedInAs('citizen', 'organisation'))
export class SubmitRequestController {
  constructor(
    @Inject(GatewayClient) private readonly gateway: GatewayClient,
    @Inject(PORTAL_CONFIG) private readonly config: PortalConfig,
  ) {}

  @Get()
  async form(@Req() request: Request, @Res() response: Response, @Query('holderId') holderId?: string) {
    const fields = { commandId: randomUUID(), holderId: typeof holderId === 'string' ? holderId : '', subject: '', text: '', language: request.language };
    await this.render(request, response, 200, fields);
  }

  @Post()
  async submit(@Req() request: Request, @Res() response: Response, @Body() body: Record<string, unknown>) {
    const fields = signedRequestFields(body);
    const signature = typeof body.signature === 'string' ? body.signature : '';
    const context = { language: request.language, user: request.portalSession.user };
    const answer = await this.gateway.post<{ requestId: string; position?: string }>('/api/requests', { ...fields, signature }, context);
    // `?after=`: the request's page waits (bounded) for the read models to have it, else a fresh request is a 404 there.
    const after = answer.ok && answer.body.position ? `?after=${encodeURIComponent(answer.body.position)}` : '';
    if (answer.ok) return response.redirect(303, `/requests/${encodeURIComponent(answer.body.requestId)}${after}`);
    const errors = formErrorsFrom(answer, request.t('signing.errors.notSent'), FIELD_IDS);
    await this.render(request, response, answer.status >= 400 && answer.status < 500 ? answer.status : 502, fields, errors);
  }

  private async render(request: Request, response: Response, status: number, fields: SignedRequestFields, errors?: FormErrors) {
    const holders = await this.gateway.get<HoldersReply>('/api/holders?hasBlog=true&limit=100', { language: request.language });
    const holderItems = holderChoices(holders.ok ? holders.body : undefined, request, fields.holderId);
    response.status(status).render('pages/signing/submit-request.njk', {
      pageTitle: `${errors ? `${request.t('signing.errors.titlePrefix')} ` : ''}${request.t('signing.title')}`,
      fields,
      holders: holderItems,
      errors,
      signingScriptUrl: (await signingScript()).url,
      // The seam (R1): the development CA's key file here; NCALayer where the portal runs in production.
      signer: this.config.production ? 'ncalayer' : 'key-file',
      // Each problem the page's script may meet, in the page's language, for it to show at the key-file field.
      signingProblems: [...SIGNING_PROBLEMS, 'signing_failed'],
    });
  }
}

/** The holders with a blog as the select's choices after "choose", the chosen one selected; null when the list could not be read. */
function holderChoices(reply: HoldersReply | undefined, request: Request, chosen: string) {
  if (!reply) return null;
  const holders = reply.items.map((holder) => ({ value: holder.holderId, text: holder.name[request.language], selected: holder.holderId === chosen }));
  return [{ value: '', text: request.t('signing.holder.choose'), selected: chosen === '' }, ...holders];
}
