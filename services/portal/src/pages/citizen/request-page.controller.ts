import { Body, Controller, Get, Inject, NotFoundException, Next, Param, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import type { ClockView, RequestHistoryReply, RequestViewDetails } from '@od/contracts';
import type { NextFunction, Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { signedInAs } from '../../auth/signed-in';
import { GatewayClient, type GatewayAnswer } from '../../gateway/gateway-client';
import { formErrorsFrom, type FormErrors } from '../../http/form-errors';
import { almatyDate } from '../../i18n/dates';
import { clockLine, deadlineInWords } from './deadline-in-words';
import { holderNames } from '../../gateway/holder-names';
import { statusTag } from './request-status';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const POSITION = /^\d{1,20}:\d{1,20}$/;
const VIEW = 'pages/citizen/request.njk';

/** What GET /api/requests/:id adds for a returned (R3) or refused (R6) request: the Article 11 ground named. */
interface RequestWithGround extends RequestViewDetails {
  readonly legalGround?: { readonly code: string; readonly rule: string; readonly basis: string; readonly texts: Record<string, string> };
}

interface RatingForm {
  readonly commandId: string;
  readonly values: { readonly rating?: string; readonly reason?: string };
  readonly errors?: FormErrors;
}

/** R7 (and R6: a refusal is a reasoned answer): the author rates an answer once. */
const mayBeRated = (request: RequestViewDetails) => (request.status === 'answered' || request.status === 'refused') && request.rating === null;

/**
 * One of my requests (GET /api/requests/:id and its /history): where it is and has been, the answer or the
 * reason with its legal ground, its deadlines in words, its history in Almaty time, and the rating form (R7).
 */
@Controller('requests')
@UseGuards(signedInAs('citizen', 'organisation'))
export class RequestPageController {
  constructor(@Inject(GatewayClient) private readonly gateway: GatewayClient) {}

  /** `?after=<position>`: just after my own command, wait (bounded) until the read models have it. */
  @Get(':requestId')
  async show(
    @Req() request: Request,
    @Res() response: Response,
    @Next() next: NextFunction,
    @Param('requestId') requestId: string,
    @Query('after') after: unknown,
  ) {
    // Other pages under /requests/ (the new request's form) are not requests: let their routes answer.
    if (!UUID.test(requestId)) return next();
    const form: RatingForm = { commandId: randomUUID(), values: {} };
    response.render(VIEW, await this.page(request, requestId, typeof after === 'string' && POSITION.test(after) ? after : undefined, form));
  }

  @Post(':requestId/rating')
  async rate(@Req() request: Request, @Res() response: Response, @Param('requestId') requestId: string, @Body() body: Record<string, unknown>) {
    if (!UUID.test(requestId)) throw new NotFoundException();
    const rating = typeof body.rating === 'string' ? body.rating : undefined;
    const reason = typeof body.reason === 'string' ? body.reason : '';
    // A Dislike always carries its reason, empty or not, so the API names it (R7); a Like carries one only if written.
    const command = { commandId: body.commandId, rating, ...(rating === 'dislike' || reason.trim() ? { reason } : {}) };
    const answer = await this.gateway.post<{ position?: string }>(`/api/requests/${requestId}/rating`, command, context(request));
    if (answer.ok) return response.redirect(303, `/requests/${requestId}${answer.body.position ? `?after=${encodeURIComponent(answer.body.position)}` : ''}`);
    if (answer.status === 404) throw new NotFoundException();
    // Nothing was recorded: the form again with what was chosen and why not, and a new command id for the next try.
    const errors = formErrorsFrom(answer, request.t('citizen.rating.failed'), { rating: 'rating', reason: 'reason' });
    const form: RatingForm = { commandId: randomUUID(), values: { rating, reason }, errors };
    response.status(answer.status >= 400 && answer.status < 500 ? answer.status : 502).render(VIEW, await this.page(request, requestId, undefined, form));
  }

  private async page(request: Request, requestId: string, after: string | undefined, form: RatingForm) {
    const readYourWrite = after ? `?atLeastPosition=${encodeURIComponent(after)}&waitMs=5000` : '';
    const [details, history] = await Promise.all([
      this.gateway.get<RequestWithGround>(`/api/requests/${requestId}${readYourWrite}`, context(request)),
      this.gateway.get<RequestHistoryReply & { found: true }>(`/api/requests/${requestId}/history${readYourWrite}`, context(request)),
    ]);
    if (details.status === 404 || history.status === 404) throw new NotFoundException();
    const found = okOrThrow(details);
    const { clocks, history: events } = okOrThrow(history);
    const { t, language } = request;
    const nameOf = await holderNames(this.gateway, language);
    const requestClocks = clocks.filter((clock: ClockView) => clock.kind === 'request');
    const when = (key: string, instant: string | null) => (instant ? [row(t(key), almatyDate(instant, language, 'dateTime'))] : []);
    const facts = [
      row(t('citizen.request.holder'), nameOf(found.holderId)),
      ...when('citizen.request.submitted', found.submittedAt),
      ...when('citizen.request.received', found.receivedAt),
      ...when('citizen.request.accepted', found.acceptedAt),
      ...(found.extendedDays ? [row(t('citizen.request.extended'), t('citizen.request.extendedDays', { days: found.extendedDays }))] : []),
    ];
    return {
      pageTitle: form.errors ? `${t('citizen.errors.prefix')}: ${found.subject}` : found.subject,
      request: {
        id: found.requestId,
        subject: found.subject,
        text: found.text,
        language: found.language,
        holderName: nameOf(found.holderId),
        tag: statusTag(found.status, t),
      },
      facts,
      redirects: found.redirects.map((step) => ({ from: nameOf(step.fromHolderId), to: nameOf(step.toHolderId), reason: step.reason, at: step.redirectedAt })),
      answer: found.status === 'answered' ? found.answer : null,
      reason:
        (found.status === 'returned' || found.status === 'refused') && found.reason
          ? {
              kind: found.status,
              text: found.reason.text,
              ground: found.legalGround ? { text: found.legalGround.texts[language], basis: found.legalGround.basis, rule: found.legalGround.rule } : null,
            }
          : null,
      runningDeadlines: requestClocks.filter((clock) => clock.status === 'running').map((clock) => deadlineInWords(clock, t, language)),
      clocks: requestClocks.map((clock) => clockLine(clock, t, language)),
      history: events.map((fact) => ({ at: fact.occurredAt, text: fact.summary[language] })),
      rating: found.rating,
      ratingForm: mayBeRated(found) ? form : null,
    };
  }
}

const row = (key: string, value: string) => ({ key: { text: key }, value: { text: value } });

const context = (request: Request) => ({ language: request.language, user: request.portalSession.user });

function okOrThrow<T>(answer: GatewayAnswer<T>): T {
  if (!answer.ok) throw new Error(`the gateway answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer.body;
}
