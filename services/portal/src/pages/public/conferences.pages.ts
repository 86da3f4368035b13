import { Body, Controller, Get, Inject, Param, Post, Query, Render, Req, Res, UseGuards } from '@nestjs/common';
import type { PublicConferenceView, PublicConferencesReply } from '@od/contracts';
import type { Request, Response } from 'express';
import { signedInAs } from '../../auth/signed-in';
import { GatewayClient } from '../../gateway/gateway-client';
import { formErrorsFrom, type FormErrors } from '../../http/form-errors';
import { holderNames } from '../../gateway/holder-names';
import {
  asReader,
  bodyOrThrow,
  commandIdOf,
  failedStatus,
  nextCommandId,
  cursorOf,
  inLanguage,
  newCommandId,
  query,
  readYourWrite,
  takesPart,
  uuidOf,
} from './public-pages.helpers';

const CONFERENCES_PER_PAGE = 10;

/** A conference in the reader's language (Russian where the agency gave no English). */
function conferenceView(conference: PublicConferenceView, request: Request, holderName: (holderId: string) => string) {
  return {
    conferenceId: conference.conferenceId,
    holderId: conference.holderId,
    holderName: holderName(conference.holderId),
    phase: conference.phase,
    startsAt: conference.startsAt,
    endsAt: conference.endsAt,
    title: inLanguage(conference.title, request.language),
    summary: inLanguage(conference.summary, request.language),
    description: inLanguage(conference.description, request.language),
    moderator: conference.moderator,
    questions: conference.questions,
  };
}

interface QuestionForm {
  readonly commandId: string;
  readonly text: string;
}

/** Public: upcoming and open conferences, the archive, one conference with its Q&A; citizens ask while it is open (C4). */
@Controller('conferences')
export class ConferencesPages {
  constructor(@Inject(GatewayClient) private readonly gateway: GatewayClient) {}

  @Get()
  @Render('pages/public/conferences.njk')
  async list(@Req() request: Request, @Query('show') show?: string, @Query('cursor') cursor?: string) {
    const archive = show === 'archive';
    const status = archive ? 'ended' : 'upcoming,open';
    const path = `/api/conferences${query({ status, limit: String(CONFERENCES_PER_PAGE), cursor: cursorOf(cursor) })}`;
    const [page, holderName] = await Promise.all([
      this.gateway.get<PublicConferencesReply>(path, asReader(request)),
      holderNames(this.gateway, request.language),
    ]);
    const body = bodyOrThrow(page);
    const next = body.hasMore && body.nextCursor ? `/conferences${query({ show: archive ? 'archive' : undefined, cursor: body.nextCursor })}` : null;
    return {
      pageTitle: request.t(archive ? 'public.conferences.archiveTitle' : 'public.conferences.title'),
      archive,
      conferences: body.items.map((conference) => conferenceView(conference, request, holderName)),
      total: body.total,
      next,
    };
  }

  @Get(':conferenceId')
  async one(@Req() request: Request, @Res() response: Response, @Param('conferenceId') conferenceId: string, @Query() search: Record<string, unknown>) {
    const form = { commandId: newCommandId(), text: '' };
    await this.render(request, response, uuidOf(conferenceId), form, null, 200, { asked: search.asked === '1', after: search.after });
  }

  @Post(':conferenceId/questions')
  @UseGuards(signedInAs('citizen', 'organisation'))
  async ask(@Req() request: Request, @Res() response: Response, @Param('conferenceId') conferenceId: string, @Body() body: Record<string, unknown>) {
    const id = uuidOf(conferenceId);
    const form: QuestionForm = { commandId: commandIdOf(body.commandId), text: String(body.text ?? '') };
    const answer = await this.gateway.post<{ position?: string }>(`/api/conferences/${id}/questions`, form, asReader(request));
    if (answer.ok) return response.redirect(303, `/conferences/${id}${query({ asked: '1', after: answer.body.position })}#questions`);
    const errors = formErrorsFrom(answer, request.t('public.form.failed'), { text: 'question-text' });
    await this.render(request, response, id, { ...form, commandId: nextCommandId(answer, form.commandId) }, errors, failedStatus(answer), {});
  }

  private async render(
    request: Request,
    response: Response,
    conferenceId: string,
    form: QuestionForm,
    errors: FormErrors | null,
    status: number,
    shown: { asked?: boolean; after?: unknown },
  ) {
    const wait = readYourWrite(shown.after);
    const path = `/api/conferences/${conferenceId}${wait ? `?${wait}` : ''}`;
    const [answer, holderName] = await Promise.all([
      this.gateway.get<PublicConferenceView>(path, asReader(request)),
      holderNames(this.gateway, request.language),
    ]);
    const conference = conferenceView(bodyOrThrow(answer), request, holderName);
    response.status(status).render('pages/public/conference.njk', {
      pageTitle: conference.title,
      conference,
      form,
      errors,
      asked: shown.asked === true,
      mayAsk: conference.phase === 'open' && takesPart(request),
      signedIn: request.portalSession.user !== undefined,
    });
  }
}
