import { Body, Controller, Get, Inject, Param, Post, Query, Render, Req, Res, UseGuards } from '@nestjs/common';
import type { PublicSurveysReply, SurveyResults, SurveyView } from '@od/contracts';
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

const SURVEYS_PER_PAGE = 10;

type PublishedSurvey = SurveyView & { readonly results: SurveyResults | null };

/** Whether a survey takes ballots now: approved, and between its opening and closing instants (C6). */
const isOpenNow = (survey: SurveyView, now = Date.now()) =>
  survey.status === 'approved' && Date.parse(survey.opensAt) <= now && now < Date.parse(survey.closesAt);

/** A survey in the reader's language, each option with its count and share where the results are shown. */
function surveyView(survey: PublishedSurvey, request: Request, holderName: (holderId: string) => string) {
  const resultOf = (questionId: string, optionId: string) =>
    survey.results?.questions.find((question) => question.questionId === questionId)?.options.find((option) => option.optionId === optionId);
  return {
    surveyId: survey.surveyId,
    holderId: survey.holderId,
    holderName: holderName(survey.holderId),
    category: survey.category,
    name: inLanguage(survey.name, request.language),
    opensAt: survey.opensAt,
    closesAt: survey.closesAt,
    status: survey.status,
    open: isOpenNow(survey),
    resultsVisibility: survey.resultsVisibility,
    ballots: survey.results?.ballots ?? null,
    questions: survey.questions.map((question) => ({
      questionId: question.questionId,
      kind: question.kind,
      text: inLanguage(question.text, request.language),
      options: question.options.map((option) => {
        const result = resultOf(question.questionId, option.optionId);
        return {
          optionId: option.optionId,
          text: inLanguage(option.text, request.language),
          count: result?.count ?? null,
          percent: result ? Math.round(result.share * 100) : null,
        };
      }),
    })),
  };
}

/** The ballot as the form sent it: for each question, the options chosen (a radio gives one, checkboxes several). */
function chosenOptions(body: Record<string, unknown>, survey: SurveyView): Record<string, string[]> {
  return Object.fromEntries(
    survey.questions.map((question) => {
      const given = body[question.questionId];
      return [question.questionId, (Array.isArray(given) ? given : given === undefined ? [] : [given]).map(String)];
    }),
  );
}

/** Public: surveys running and closed, one survey with its results where it shows them; citizens vote once while it is open. */
@Controller('surveys')
export class SurveysPages {
  constructor(@Inject(GatewayClient) private readonly gateway: GatewayClient) {}

  @Get()
  @Render('pages/public/surveys.njk')
  async list(@Req() request: Request, @Query('cursor') cursor?: string) {
    const path = `/api/surveys${query({ limit: String(SURVEYS_PER_PAGE), cursor: cursorOf(cursor) })}`;
    const [page, holderName] = await Promise.all([this.gateway.get<PublicSurveysReply>(path, asReader(request)), holderNames(this.gateway, request.language)]);
    const body = bodyOrThrow(page);
    const next = body.hasMore && body.nextCursor ? `/surveys${query({ cursor: body.nextCursor })}` : null;
    return {
      pageTitle: request.t('public.surveys.title'),
      surveys: body.items.map((survey) => surveyView(survey, request, holderName)),
      total: body.total,
      next,
    };
  }

  @Get(':surveyId')
  async one(@Req() request: Request, @Res() response: Response, @Param('surveyId') surveyId: string, @Query() search: Record<string, unknown>) {
    const form = { commandId: newCommandId(), chosen: {} };
    await this.render(request, response, uuidOf(surveyId), form, null, 200, { voted: search.voted === '1', after: search.after });
  }

  @Post(':surveyId/ballots')
  @UseGuards(signedInAs('citizen', 'organisation'))
  async vote(@Req() request: Request, @Res() response: Response, @Param('surveyId') surveyId: string, @Body() body: Record<string, unknown>) {
    const id = uuidOf(surveyId);
    const survey = bodyOrThrow(await this.gateway.get<PublishedSurvey>(`/api/surveys/${id}`, asReader(request)));
    const chosen = chosenOptions(body, survey);
    const form = { commandId: commandIdOf(body.commandId), chosen };
    const answers = survey.questions.map((question) => ({ questionId: question.questionId, optionIds: chosen[question.questionId] }));
    const answer = await this.gateway.post<{ position?: string }>(`/api/surveys/${id}/ballots`, { commandId: form.commandId, answers }, asReader(request));
    if (answer.ok) return response.redirect(303, `/surveys/${id}${query({ voted: '1', after: answer.body.position })}`);
    // The API names a question by its place in the ballot (`answers[0].optionIds`, `answers.0.optionIds`): the form's fieldset for it.
    const fieldIds = Object.fromEntries(
      survey.questions.flatMap((question, index) =>
        [`answers[${index}].optionIds`, `answers[${index}].questionId`, `answers.${index}.optionIds`].map((field) => [field, question.questionId]),
      ),
    );
    const errors = formErrorsFrom(answer, request.t('public.form.failed'), { answers: survey.questions[0]?.questionId ?? 'answers', ...fieldIds });
    const code = (answer.body as { error?: string }).error;
    await this.render(request, response, id, { ...form, commandId: nextCommandId(answer, form.commandId) }, errors, failedStatus(answer), { code });
  }

  private async render(
    request: Request,
    response: Response,
    surveyId: string,
    form: { commandId: string; chosen: Record<string, string[]> },
    errors: FormErrors | null,
    status: number,
    shown: { voted?: boolean; after?: unknown; code?: string },
  ) {
    const wait = readYourWrite(shown.after);
    const [answer, holderName] = await Promise.all([
      this.gateway.get<PublishedSurvey>(`/api/surveys/${surveyId}${wait ? `?${wait}` : ''}`, asReader(request)),
      holderNames(this.gateway, request.language),
    ]);
    const survey = surveyView(bodyOrThrow(answer), request, holderName);
    const known = ['ballot_already_cast', 'survey_not_open', 'phone_not_verified'];
    response.status(status).render('pages/public/survey.njk', {
      pageTitle: survey.name,
      survey,
      form,
      errors,
      whyNot: shown.code && known.includes(shown.code) ? request.t(`public.surveys.refused.${shown.code}`) : null,
      voted: shown.voted === true,
      mayVote: survey.open && takesPart(request),
      signedIn: request.portalSession.user !== undefined,
    });
  }
}
