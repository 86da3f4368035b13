import { Body, Controller, Get, HttpCode, Inject, NotFoundException, Param, Post, Res } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import { reportOutput, reportState, requestAnnualReport, type ReportFormat, type ReportLanguage, type ReportStateView } from '@od/contracts';
import { callerOf, PLATFORM_CONFIG, type AuthenticatedUser, type PlatformConfig } from '@od/platform';
import { BUS } from '../bus';
import { send } from '../http/bus-request';
import { rejectionToHttp } from '../http/rejection-status';
import { UuidParamPipe } from '../http/uuid-param.pipe';
import { CurrentUser } from '../identity/current-user';
import { assertMayReportOn } from './report-access';
import { RequestReportDto } from './request-report.dto';

/** The outputs a published report has, by the last segment of their address. */
const OUTPUT_FILES: Readonly<Record<string, { readonly format: ReportFormat; readonly language?: ReportLanguage }>> = {
  'report.json': { format: 'json' },
  'report.csv': { format: 'csv' },
  'report.kk.html': { format: 'html', language: 'kk' },
  'report.ru.html': { format: 'html', language: 'ru' },
  'report.en.html': { format: 'html', language: 'en' },
};

function reportNotFound(): NotFoundException {
  return new NotFoundException({ error: 'report_not_found', message: 'No report has this id' });
}

/**
 * The annual access-to-information report as a job (B2): asked for here, run by the reporting service
 * (a replay of the event store), then read back with its progress and outputs.
 */
@Controller('api/ministry/reports')
export class MinistryReportsController {
  constructor(
    @Inject(BUS) private readonly bus: ClientProxy,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
  ) {}

  @Post()
  @HttpCode(201)
  async request(@Body() body: RequestReportDto, @CurrentUser() user: AuthenticatedUser) {
    // An officer who names no holder means their own.
    const holderIds = body.holderIds ?? (user.role === 'staff' && user.holderId ? [user.holderId] : []);
    assertMayReportOn(user, holderIds);
    const message = {
      commandId: body.commandId,
      correlationId: body.commandId,
      caller: callerOf(user),
      data: { period: { from: body.from, to: body.to }, ...(body.asOf === undefined ? {} : { asOf: body.asOf }), holderIds },
    };
    const reply = await send(this.bus, this.config.subjectRoot, requestAnnualReport, message);
    if (!reply.ok) throw rejectionToHttp(reply, user.locale);
    return { reportId: reply.reportId, position: reply.position, state: `/api/ministry/reports/${reply.reportId}` };
  }

  @Get(':reportId')
  async state(@Param('reportId', UuidParamPipe) reportId: string, @CurrentUser() user: AuthenticatedUser): Promise<ReportStateView> {
    const reply = await send(this.bus, this.config.subjectRoot, reportState, { reportId: reportId.toLowerCase() });
    if (!reply.found) throw reportNotFound();
    const { found: _found, ...view } = reply;
    assertMayReportOn(user, view.holderIds);
    return view;
  }

  @Get(':reportId/:file')
  async output(
    @Param('reportId', UuidParamPipe) reportId: string,
    @Param('file') file: string,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) response: { type(contentType: string): unknown },
  ): Promise<string> {
    const wanted = Object.hasOwn(OUTPUT_FILES, file) ? OUTPUT_FILES[file] : undefined;
    if (!wanted) throw new NotFoundException({ error: 'report_file_not_found', message: `A report has ${Object.keys(OUTPUT_FILES).join(', ')}` });
    const id = reportId.toLowerCase();
    const state = await send(this.bus, this.config.subjectRoot, reportState, { reportId: id });
    if (!state.found) throw reportNotFound();
    assertMayReportOn(user, state.holderIds);
    const output = await send(this.bus, this.config.subjectRoot, reportOutput, { reportId: id, ...wanted });
    if (!output.found)
      throw new NotFoundException({ error: 'report_not_published', message: `The report is ${state.state}: its outputs come once it is published` });
    response.type(output.contentType);
    return output.body;
  }
}
