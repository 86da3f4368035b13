import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Inject, NotFoundException, Param, Post, Query, Render, Req, Res, UseGuards } from '@nestjs/common';
import type { AgencyConferencesReply, AgencySurveysReply } from '@od/contracts';
import type { Request, Response } from 'express';
import { SignInRequired, signedInAs } from '../../auth/signed-in';
import { GatewayClient, type GatewayAnswer } from '../../gateway/gateway-client';
import { formErrorsFrom, type FormErrors } from '../../http/form-errors';
import { almatyDate } from '../../i18n/dates';
import { inPageLanguage } from './agency-views';
import { almatyInstant, conferenceTemplateOf, formValues, onTemplateForm } from './conference-form';
import type { PostedForm } from './decisions';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The design system's tag colour for a template's state: waiting blue, published or approved green, returned red. */
const TEMPLATE_TAGS: Readonly<Record<string, string>> = {
  draft: 'govuk-tag--grey',
  drafted: 'govuk-tag--grey',
  submitted: 'govuk-tag--blue',
  returned: 'govuk-tag--red',
  published: 'govuk-tag--green',
  approved: 'govuk-tag--green',
  closed: 'govuk-tag--grey',
};
const templateTag = (status: string) => TEMPLATE_TAGS[status] ?? 'govuk-tag--grey';
const commandIdOf = (value: unknown) => (typeof value === 'string' && UUID.test(value) ? value : randomUUID());

/**
 * The holder's conference (Annex 1) and survey (Annex 2) templates: the list with their status, the Annex 1 form
 * (filled, then sent to the operator: C8, C2, C1) and the announcement (C3) of a published conference.
 */
@Controller('agency/conferences')
@UseGuards(signedInAs('staff'))
export class AgencyConferencesController {
  constructor(@Inject(GatewayClient) private readonly gateway: GatewayClient) {}

  @Get()
  @Render('pages/agency/conferences.njk')
  list(@Req() request: Request, @Query('done') done?: string) {
    return this.listPage(request, { done: done === 'submitted' || done === 'announced' || done === 'survey' ? done : undefined });
  }

  @Get('new')
  @Render('pages/agency/conference-new.njk')
  form(@Req() request: Request) {
    return this.formPage(request, {}, undefined, undefined);
  }

  /** Fills the template (or revises the draft a refused send left), then sends it to the operator. */
  @Post('new')
  async submit(@Req() request: Request, @Res() response: Response, @Body() form: PostedForm) {
    const context = { language: request.language, user: request.portalSession.user };
    const draftId = typeof form.conferenceId === 'string' && UUID.test(form.conferenceId) ? form.conferenceId : undefined;
    const template = { commandId: commandIdOf(form.commandId), ...conferenceTemplateOf(form) };
    const filled = await this.gateway.post<{ conferenceId: string }>(draftId ? `/api/conferences/${draftId}/revision` : '/api/conferences', template, context);
    if (!filled.ok) return this.refused(request, response, filled, form, draftId);
    const conferenceId = filled.body.conferenceId ?? draftId;
    const sent = await this.gateway.post(`/api/conferences/${conferenceId}/submission`, { commandId: commandIdOf(form.submitCommandId) }, context);
    if (!sent.ok) return this.refused(request, response, sent, form, conferenceId);
    return response.redirect(303, '/agency/conferences?done=submitted');
  }

  /** C3: the announcement's address on the holder's site, and when it was published there if the agency says so. */
  @Post(':conferenceId/announcement')
  async announce(@Req() request: Request, @Res() response: Response, @Param('conferenceId') conferenceId: string, @Body() form: PostedForm) {
    if (!UUID.test(conferenceId)) throw new NotFoundException();
    const values = formValues(form);
    const body = {
      commandId: commandIdOf(form.commandId),
      url: values.url?.trim() ?? '',
      ...(values.publishedAt?.trim() ? { publishedAt: almatyInstant(values.publishedAt) } : {}),
    };
    const answer = await this.gateway.post(`/api/conferences/${conferenceId}/announcement`, body, {
      language: request.language,
      user: request.portalSession.user,
    });
    if (answer.ok) return response.redirect(303, '/agency/conferences?done=announced');
    this.failOnUnexpected(answer, '/agency/conferences');
    const errors = formErrorsFrom(onTemplateForm(inPageLanguage(answer, request.language), request.language, request.t), request.t('agency.error.refused'), {
      url: `announce-${conferenceId}-url`,
      publishedAt: `announce-${conferenceId}-publishedAt`,
    });
    response.status(answer.status).render('pages/agency/conferences.njk', await this.listPage(request, { failed: conferenceId, errors, values }));
  }

  private async refused(request: Request, response: Response, answer: GatewayAnswer<unknown>, form: PostedForm, conferenceId: string | undefined) {
    this.failOnUnexpected(answer, '/agency/conferences/new');
    const errors = formErrorsFrom(onTemplateForm(inPageLanguage(answer, request.language), request.language, request.t), request.t('agency.error.refused'));
    response.status(answer.status).render('pages/agency/conference-new.njk', this.formPage(request, formValues(form), errors, conferenceId));
  }

  private failOnUnexpected(answer: GatewayAnswer<unknown>, returnTo: string) {
    if (answer.status === 401) throw new SignInRequired(returnTo);
    if (answer.status === 404) throw new NotFoundException();
    if (answer.status >= 500) throw new Error(`the gateway answered ${answer.status} to a template command`);
  }

  private formPage(request: Request, values: Record<string, string>, errors: FormErrors | undefined, conferenceId: string | undefined) {
    const byField = errors?.byField ?? {};
    const field = (id: string) => ({ id, name: id, value: values[id] ?? '', errorMessage: byField[id] ? { text: byField[id].text } : undefined });
    return {
      pageTitle: request.t('agencyTemplates.conference.new.title'),
      errorSummary: errors?.summary ?? [],
      commandId: randomUUID(),
      submitCommandId: randomUUID(),
      conferenceId: conferenceId ?? '',
      field,
    };
  }

  private async listPage(request: Request, state: { done?: string; failed?: string; errors?: FormErrors; values?: Record<string, string> }) {
    const context = { language: request.language, user: request.portalSession.user };
    const { language, t } = request;
    const [conferences, surveys] = await Promise.all([
      this.gateway.get<AgencyConferencesReply>('/api/agency/conferences?limit=50', context),
      this.gateway.get<AgencySurveysReply>('/api/agency/surveys?limit=50', context),
    ]);
    const unavailable = [conferences, surveys].find((answer) => !answer.ok);
    const byField = state.errors?.byField ?? {};
    return {
      pageTitle: t('agencyTemplates.list.title'),
      banner: state.done ? t(`agencyTemplates.done.${state.done}`) : null,
      errorSummary: state.errors?.summary ?? (unavailable ? formErrorsFrom(inPageLanguage(unavailable, language), t('agency.error.unavailable')).summary : []),
      conferences: (conferences.ok ? conferences.body.items : []).map((conference) => {
        const id = conference.conferenceId;
        const failed = state.failed === id;
        const announceField = (name: string) => {
          const fieldId = `announce-${id}-${name}`;
          return {
            id: fieldId,
            value: failed ? (state.values?.[name] ?? '') : '',
            errorMessage: byField[fieldId] ? { text: byField[fieldId].text } : undefined,
          };
        };
        return {
          id,
          title: conference.title[language] ?? conference.title.ru,
          status: t(`agencyTemplates.status.${conference.status}`),
          statusClass: templateTag(conference.status),
          when: t('agencyTemplates.conference.when', {
            start: almatyDate(conference.startsAt, language, 'dateTime'),
            end: almatyDate(conference.endsAt, language, 'dateTime'),
          }),
          returnReason: conference.returnReason,
          announcement: conference.announcement
            ? t('agencyTemplates.conference.announced', {
                url: conference.announcement.url,
                at: almatyDate(conference.announcement.announcedAt, language, 'dateTime'),
              })
            : null,
          announce:
            conference.status === 'published' && !conference.announcement
              ? {
                  action: `/agency/conferences/${id}/announcement`,
                  commandId: randomUUID(),
                  url: announceField('url'),
                  publishedAt: announceField('publishedAt'),
                }
              : null,
        };
      }),
      surveys: (surveys.ok ? surveys.body.items : []).map((survey) => ({
        name: survey.name[language] ?? survey.name.ru,
        status: t(`agencyTemplates.surveyStatus.${survey.status}`),
        statusClass: templateTag(survey.status),
        when: t('agencyTemplates.survey.when', { start: almatyDate(survey.opensAt, language), end: almatyDate(survey.closesAt, language) }),
        returnReason: survey.returnReason,
      })),
    };
  }
}
