import { Body, Controller, Get, Inject, Param, Post, Query, Render, Req, Res, UseGuards } from '@nestjs/common';
import type { HolderBlogReply, HolderStatisticsReply, HolderView, HoldersReply } from '@od/contracts';
import type { Request, Response } from 'express';
import { signedInAs } from '../../auth/signed-in';
import { GatewayClient } from '../../gateway/gateway-client';
import { formErrorsFrom, type FormErrors } from '../../http/form-errors';
import { asReader, bodyOrThrow, commandIdOf, failedStatus, nextCommandId, cursorOf, holderIdOf, newCommandId, query, takesPart } from './public-pages.helpers';

const HOLDERS_PER_PAGE = 20;
const POSTS_PER_PAGE = 10;

/** A holder as the pages show it: its name in the reader's language, what it is, and whether its first head has a blog. */
function holderRow(holder: HolderView, language: Request['language']) {
  return {
    holderId: holder.holderId,
    name: holder.name[language],
    kind: holder.kind,
    stateParticipation: holder.stateParticipation,
    languages: holder.languages,
    hasBlog: holder.blog.hasBlog,
    blogProvision: holder.blog.provision,
  };
}

interface TopicForm {
  readonly commandId: string;
  readonly topic: string;
  readonly text: string;
  readonly language: string;
}

/** Public: the holders registry, a holder with its first head's blog and its statistics; citizens apply for a conference topic (C5). */
@Controller('holders')
export class HoldersPages {
  constructor(@Inject(GatewayClient) private readonly gateway: GatewayClient) {}

  @Get()
  @Render('pages/public/holders.njk')
  async list(@Req() request: Request, @Query('blog') blog?: string, @Query('cursor') cursor?: string) {
    const withBlog = blog !== 'all';
    const path = `/api/holders${query({ hasBlog: withBlog ? 'true' : undefined, limit: String(HOLDERS_PER_PAGE), cursor: cursorOf(cursor) })}`;
    const page = bodyOrThrow(await this.gateway.get<HoldersReply>(path, asReader(request)));
    const next = page.hasMore && page.nextCursor ? `/holders${query({ blog: withBlog ? undefined : 'all', cursor: page.nextCursor })}` : null;
    return {
      pageTitle: request.t('public.holders.title'),
      withBlog,
      holders: page.items.map((holder) => holderRow(holder, request.language)),
      total: page.total,
      next,
    };
  }

  @Get(':holderId')
  @Render('pages/public/holder.njk')
  async one(@Req() request: Request, @Param('holderId') holderId: string, @Query() search: Record<string, unknown>) {
    const id = holderIdOf(holderId);
    const holder = holderRow(bodyOrThrow(await this.gateway.get<HolderView>(`/api/holders/${id}`, asReader(request))), request.language);
    const period = { from: typeof search.from === 'string' ? search.from : '', to: typeof search.to === 'string' ? search.to : '' };
    const [blog, statistics] = await Promise.all([this.blog(request, id, holder.hasBlog, cursorOf(search.cursor)), this.statistics(request, id, period)]);
    return { pageTitle: holder.name, holder, blog, statistics, period, applied: search.applied === '1', mayApply: takesPart(request) };
  }

  @Get(':holderId/topic-applications/new')
  @UseGuards(signedInAs('citizen', 'organisation'))
  async newTopicApplication(@Req() request: Request, @Res() response: Response, @Param('holderId') holderId: string) {
    await this.renderTopicForm(
      request,
      response,
      holderIdOf(holderId),
      { commandId: newCommandId(), topic: '', text: '', language: request.language },
      null,
      200,
    );
  }

  @Post(':holderId/topic-applications')
  @UseGuards(signedInAs('citizen', 'organisation'))
  async applyForTopic(@Req() request: Request, @Res() response: Response, @Param('holderId') holderId: string, @Body() body: Record<string, unknown>) {
    const id = holderIdOf(holderId);
    const form: TopicForm = {
      commandId: commandIdOf(body.commandId),
      topic: String(body.topic ?? ''),
      text: String(body.text ?? ''),
      language: String(body.language ?? ''),
    };
    const answer = await this.gateway.post(`/api/holders/${id}/topic-applications`, form, asReader(request));
    if (answer.ok) return response.redirect(303, `/holders/${id}?applied=1`);
    const errors = formErrorsFrom(answer, request.t('public.form.failed'));
    await this.renderTopicForm(request, response, id, { ...form, commandId: nextCommandId(answer, form.commandId) }, errors, failedStatus(answer));
  }

  private async renderTopicForm(request: Request, response: Response, holderId: string, form: TopicForm, errors: FormErrors | null, status: number) {
    const holder = holderRow(bodyOrThrow(await this.gateway.get<HolderView>(`/api/holders/${holderId}`, asReader(request))), request.language);
    response.status(status).render('pages/public/topic-application.njk', { pageTitle: request.t('public.topic.title'), holder, form, errors });
  }

  /** The first head's blog: accepted requests and their answers, never who asked; null when the holder has none. */
  private async blog(request: Request, holderId: string, hasBlog: boolean, cursor: string | undefined) {
    if (!hasBlog) return null;
    const path = `/api/holders/${holderId}/blog${query({ limit: String(POSTS_PER_PAGE), cursor })}`;
    const answer = await this.gateway.get<HolderBlogReply>(path, asReader(request));
    if (!answer.ok) return { unavailable: true, posts: [], next: null };
    const next = answer.body.hasMore && answer.body.nextCursor ? `/holders/${holderId}${query({ cursor: answer.body.nextCursor })}#blog` : null;
    return { unavailable: false, posts: answer.body.items, total: answer.body.total, next };
  }

  /** The holder's figures for the period asked (all time without one); the gateway shows them to whom the access policy allows. */
  private async statistics(request: Request, holderId: string, period: { from: string; to: string }) {
    const path = `/api/holders/${holderId}/statistics${query({ from: period.from || undefined, to: period.to || undefined })}`;
    const answer = await this.gateway.get<HolderStatisticsReply>(path, asReader(request));
    if (answer.ok) return { shown: true, figures: answer.body.statistics, period: answer.body.period, errors: null };
    if (answer.status === 400) return { shown: false, figures: null, period: null, errors: formErrorsFrom(answer, request.t('public.form.failed')) };
    return { shown: false, figures: null, period: null, errors: null, unavailable: true };
  }
}
