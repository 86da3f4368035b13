import { ArgumentsHost, Catch, HttpException, type ExceptionFilter, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { SignInRequired } from '../auth/signed-in';
import { FORM_EXPIRED } from '../session/csrf';

/**
 * Errors as pages in the user's language: 404, the expired-form page for a failed CSRF check (403), and a
 * plain "try again" for anything else (logged, never shown).
 */
@Catch()
export class PageErrorsFilter implements ExceptionFilter {
  private readonly logger = new Logger('portal');

  catch(error: unknown, host: ArgumentsHost) {
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    if (error instanceof SignInRequired) return response.redirect(303, `/auth/sign-in?returnTo=${encodeURIComponent(error.returnTo)}`);
    const status = error instanceof HttpException ? error.getStatus() : ((error as { statusCode?: number })?.statusCode ?? 500);
    const t = request.t ?? ((key: string) => key);
    const csrf = status === 403 && (error as Error)?.message === FORM_EXPIRED;
    const page = status === 404 ? 'notFound' : csrf ? 'csrf' : status === 403 ? 'forbidden' : 'server';
    if (page === 'server') this.logger.error(error instanceof Error ? error.stack : String(error));
    response
      .status(csrf ? 403 : status >= 400 ? status : 500)
      .render('pages/error.njk', { pageTitle: t(`errors.${page}.title`), title: t(`errors.${page}.title`), body: t(`errors.${page}.body`) });
  }
}
