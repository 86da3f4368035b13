import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { Body, Controller, ForbiddenException, Get, Inject, Logger, NotFoundException, Param, Post, Render, Req, Res, UseGuards } from '@nestjs/common';
import type { HoldersReply, ReportStateView } from '@od/contracts';
import type { Request, Response } from 'express';
import { SignInRequired, signedInAs } from '../../auth/signed-in';
import { GatewayClient } from '../../gateway/gateway-client';
import { holderNames } from '../../gateway/holder-names';
import { formErrorsFrom, type FormErrors } from '../../http/form-errors';
import { inPageLanguage } from '../agency/agency-views';
import { almatyYearOf, commandIdOf, REPORT_FILES, REPORT_HTML_CSP, reportPage, reportRequestOf, type PostedReportForm } from './report-form';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The platform's refusal of a read as the portal's page for it: sign in again, not for you, or not found. */
function pageRefusal(status: number, returnTo: string): Error {
  if (status === 401) return new SignInRequired(returnTo);
  if (status === 403) return new ForbiddenException('not_for_this_account');
  if (status === 400 || status === 404) return new NotFoundException();
  return new Error(`the gateway answered ${status} about a report`);
}

/**
 * The annual access-to-information report (B2, B4): the ministry asks for it for any holders, a holder's
 * information officer for their own; the platform replays the store and publishes it; the page follows it and
 * hands out its outputs. Which staff may (an active information_officer AWP role) is the platform's to decide.
 */
@Controller('reports')
@UseGuards(signedInAs('ministry', 'staff'))
export class ReportsController {
  private readonly logger = new Logger('portal');

  constructor(@Inject(GatewayClient) private readonly gateway: GatewayClient) {}

  @Get('new')
  @Render('pages/reports/new.njk')
  async form(@Req() request: Request) {
    const year = almatyYearOf(new Date());
    return this.formPage(request, { from: `${year}-01-01`, to: `${year}-12-31` }, undefined, randomUUID());
  }

  @Post('new')
  async submit(@Req() request: Request, @Res() response: Response, @Body() form: PostedReportForm) {
    const context = { language: request.language, user: request.portalSession.user };
    const ministry = context.user?.role === 'ministry';
    const commandId = commandIdOf(form, randomUUID);
    const answer = await this.gateway.post<{ reportId: string }>('/api/ministry/reports', reportRequestOf(form, commandId, ministry), context);
    if (answer.ok) return response.redirect(303, `/reports/${answer.body.reportId}`);
    if (answer.status === 401) throw new SignInRequired('/reports/new');
    if (answer.status >= 500) throw new Error(`the gateway answered ${answer.status} to a report request`);
    const errors = formErrorsFrom(inPageLanguage(answer, request.language), request.t('reports.error.refused'));
    // A refused command recorded nothing: the corrected form goes with a fresh id, which no earlier answer is kept under.
    const values = Object.fromEntries(['from', 'to', 'asOf', 'holderIds'].map((name) => [name, typeof form[name] === 'string' ? (form[name] as string) : '']));
    response.status(answer.status).render('pages/reports/new.njk', await this.formPage(request, values, errors, randomUUID()));
  }

  @Get(':reportId')
  @Render('pages/reports/report.njk')
  async report(@Req() request: Request, @Param('reportId') reportId: string) {
    if (!UUID.test(reportId)) throw new NotFoundException();
    const context = { language: request.language, user: request.portalSession.user };
    const answer = await this.gateway.get<ReportStateView>(`/api/ministry/reports/${reportId}`, context);
    if (!answer.ok) throw pageRefusal(answer.status, request.originalUrl);
    const names = await holderNames(this.gateway, request.language);
    return { pageTitle: request.t('reports.report.title'), ...reportPage(answer.body, request.language, request.t, names) };
  }

  @Get(':reportId/files/:file')
  async file(@Req() request: Request, @Res() response: Response, @Param('reportId') reportId: string, @Param('file') file: string) {
    const served = Object.hasOwn(REPORT_FILES, file) ? REPORT_FILES[file] : undefined;
    if (!UUID.test(reportId) || !served) throw new NotFoundException();
    const context = { language: request.language, user: request.portalSession.user };
    const answer = await this.gateway.download(`/api/ministry/reports/${reportId}/${file}`, context);
    if (!answer) throw new Error('the gateway could not be reached for a report file');
    if (!answer.ok || !answer.body) {
      await answer.body?.cancel();
      throw pageRefusal(answer.status, request.originalUrl);
    }
    response.status(200);
    response.setHeader('Content-Type', served.contentType);
    response.setHeader(
      'Content-Disposition',
      `${served.inline ? 'inline' : 'attachment'}; filename="report-${reportId.toLowerCase()}.${file.slice('report.'.length)}"`,
    );
    response.setHeader('Cache-Control', 'private, no-store');
    if (served.inline) response.setHeader('Content-Security-Policy', REPORT_HTML_CSP);
    // pipeline, not pipe: a gateway that breaks off mid-file ends this response too instead of leaving an unhandled stream error.
    await pipeline(Readable.fromWeb(answer.body as WebReadableStream<Uint8Array>), response).catch((error: unknown) => {
      this.logger.warn(`report file ${file} of ${reportId} broke off: ${error instanceof Error ? error.message : String(error)}`);
    });
  }

  private async formPage(request: Request, values: Record<string, string>, errors: FormErrors | undefined, commandId: string) {
    const t = request.t;
    const user = request.portalSession.user;
    const ministry = user?.role === 'ministry';
    const byField = errors?.byField ?? {};
    const field = (id: string) => ({ id, name: id, value: values[id] ?? '', errorMessage: byField[id] ? { text: byField[id].text } : undefined });
    let holderItems: { value: string; text: string; selected?: boolean }[] = [];
    let ownHolder = '';
    if (ministry) {
      const holders = await this.gateway.get<HoldersReply>('/api/holders?limit=100', { language: request.language });
      holderItems = [
        { value: '', text: t('reports.holders.all') },
        ...(holders.ok ? holders.body.items : []).map((holder) => ({
          value: holder.holderId,
          text: holder.name[request.language],
          selected: holder.holderId === values.holderIds,
        })),
      ];
    } else if (user?.holderId) {
      ownHolder = (await holderNames(this.gateway, request.language))(user.holderId);
    }
    return {
      pageTitle: t('reports.new.title'),
      errorSummary: errors?.summary ?? [],
      commandId,
      ministry,
      holderItems,
      holderError: byField.holderIds ? { text: byField.holderIds.text } : undefined,
      ownHolder,
      field,
    };
  }
}
