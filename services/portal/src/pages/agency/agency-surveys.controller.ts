import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Inject, NotFoundException, Post, Render, Req, Res, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { SignInRequired, signedInAs } from '../../auth/signed-in';
import { GatewayClient, type GatewayAnswer } from '../../gateway/gateway-client';
import { formErrorsFrom, type FormErrors } from '../../http/form-errors';
import { inPageLanguage } from './agency-views';
import { formValues, onTemplateForm } from './conference-form';
import type { PostedForm } from './decisions';
import { SURVEY_OPTION_SLOTS, surveyFieldId, surveyTemplateOf } from './survey-form';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const commandIdOf = (value: unknown) => (typeof value === 'string' && UUID.test(value) ? value : randomUUID());

/**
 * The Annex 2 form: drafted (C8, C2; C1 and C6 on its dates), then sent to the operator. A draft whose send was
 * refused is kept: the next send goes with the dates as now typed (the only part a send may change).
 */
@Controller('agency/surveys')
@UseGuards(signedInAs('staff'))
export class AgencySurveysController {
  constructor(@Inject(GatewayClient) private readonly gateway: GatewayClient) {}

  @Get('new')
  @Render('pages/agency/survey-new.njk')
  form(@Req() request: Request) {
    return this.formPage(request, { resultsVisibility: 'after_close', 'question-kind': 'single' }, undefined, undefined);
  }

  @Post('new')
  async submit(@Req() request: Request, @Res() response: Response, @Body() form: PostedForm) {
    const context = { language: request.language, user: request.portalSession.user };
    const template = surveyTemplateOf(form);
    let surveyId = typeof form.surveyId === 'string' && UUID.test(form.surveyId) ? form.surveyId : undefined;
    if (!surveyId) {
      const drafted = await this.gateway.post<{ surveyId: string }>('/api/surveys', { commandId: commandIdOf(form.commandId), ...template }, context);
      if (!drafted.ok) return this.refused(request, response, drafted, form, undefined);
      surveyId = drafted.body.surveyId;
    }
    const dates = { launchDate: template.launchDate, closingDate: template.closingDate };
    const sent = await this.gateway.post(`/api/surveys/${surveyId}/submission`, { commandId: commandIdOf(form.submitCommandId), ...dates }, context);
    if (!sent.ok) return this.refused(request, response, sent, form, surveyId);
    return response.redirect(303, '/agency/conferences?done=survey');
  }

  private refused(request: Request, response: Response, answer: GatewayAnswer<unknown>, form: PostedForm, surveyId: string | undefined) {
    if (answer.status === 401) throw new SignInRequired('/agency/surveys/new');
    if (answer.status === 404) throw new NotFoundException();
    if (answer.status >= 500) throw new Error(`the gateway answered ${answer.status} to a survey template`);
    const shown = onTemplateForm(inPageLanguage(answer, request.language), request.language, request.t, surveyFieldId);
    const errors = formErrorsFrom(shown, request.t('agency.error.refused'));
    response.status(answer.status).render('pages/agency/survey-new.njk', this.formPage(request, formValues(form), errors, surveyId));
  }

  private formPage(request: Request, values: Record<string, string>, errors: FormErrors | undefined, surveyId: string | undefined) {
    const byField = errors?.byField ?? {};
    const field = (id: string) => ({ id, name: id, value: values[id] ?? '', errorMessage: byField[id] ? { text: byField[id].text } : undefined });
    const t = request.t;
    return {
      pageTitle: t('agencyTemplates.survey.new.title'),
      errorSummary: errors?.summary ?? [],
      commandId: randomUUID(),
      submitCommandId: randomUUID(),
      surveyId: surveyId ?? '',
      field,
      optionSlots: SURVEY_OPTION_SLOTS,
      resultsItems: ['live', 'after_close'].map((value) => ({
        value,
        text: t(`agencyTemplates.survey.results.${value}`),
        checked: values.resultsVisibility === value,
      })),
      kindItems: ['single', 'multiple'].map((value) => ({
        value,
        text: t(`agencyTemplates.survey.kind.${value}`),
        checked: values['question-kind'] === value,
      })),
    };
  }
}
