import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import type { GatewayAnswer } from '../../gateway/gateway-client';
import { formErrorsFrom, type FormErrors } from '../../http/form-errors';

/** Who asks the gateway: the operator signed in, in the page's language. */
export const asOperator = (request: Request) => ({ language: request.language, user: request.portalSession.user });

/** A fresh command id for each form rendered: a double submit of the same form is one command. */
export const newCommandId = () => randomUUID();

/** A form field the API names, as the page's field id (one page may hold several forms with a `reason`). */
export type FieldIds = Readonly<Record<string, string>>;

/** After a command: the page again (303), waiting for the read model to reach the command's position. */
export function redirectAfter(response: Response, path: string, answer: GatewayAnswer<{ position?: string }>, done: string): void {
  const query = new URLSearchParams({ done, ...(answer.body.position ? { after: answer.body.position } : {}) });
  response.redirect(303, `${path}${path.includes('?') ? '&' : '?'}${query.toString()}`);
}

/** The read-your-write part of a GET to the gateway: `after` (a command's position) with a short wait. */
export function readAfter(after: unknown): string {
  return typeof after === 'string' && /^\d{1,20}:\d{1,20}$/.test(after) ? `&atLeastPosition=${encodeURIComponent(after)}&waitMs=3000` : '';
}

/** The API's refusal as the form shows it, and the status the page answers with (400/409/422 as the API said). */
export function refusal(request: Request, answer: GatewayAnswer<unknown>, fieldIds: FieldIds): { errors: FormErrors; status: number } {
  const status = [400, 403, 404, 409, 422].includes(answer.status) ? answer.status : 502;
  return { errors: formErrorsFrom(answer, request.t('operator.errors.fallback'), fieldIds), status };
}

/** Each field's message as the design system's errorMessage, its hidden "Error:" prefix in the reader's language. */
export function fieldErrorsOf(request: Request, errors: FormErrors | undefined): Record<string, { text: string; visuallyHiddenText: string }> {
  const prefix = request.t('operator.errors.prefix');
  return Object.fromEntries(Object.entries(errors?.byField ?? {}).map(([id, { text }]) => [id, { text, visuallyHiddenText: prefix }]));
}
