import { NotFoundException } from '@nestjs/common';
import type { Request } from 'express';
import { randomUUID } from 'node:crypto';
import type { GatewayAnswer } from '../../gateway/gateway-client';
import type { PortalLanguage } from '../../i18n/languages';

/** A text the platform keeps per language (kk and ru always, en sometimes): the reader's, else Russian, else Kazakh. */
export function inLanguage(text: { readonly kk: string; readonly ru: string; readonly en?: string } | undefined, language: PortalLanguage): string {
  if (!text) return '';
  return text[language] || text.ru || text.kk;
}

const HOLDER_ID = /^[a-z0-9-]{1,80}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const POSITION = /^\d{1,20}:\d{1,20}$/;
const CURSOR = /^[A-Za-z0-9_.~-]{1,1200}$/;

/** An address part the portal puts into a gateway path: of the right form, or this page does not exist. */
export function holderIdOf(value: string): string {
  if (!HOLDER_ID.test(value)) throw new NotFoundException();
  return value;
}

export function uuidOf(value: string): string {
  if (!UUID.test(value)) throw new NotFoundException();
  return value;
}

/** A query parameter copied to the gateway only when it has the form the gateway takes; otherwise left out. */
export const cursorOf = (value: unknown) => (typeof value === 'string' && CURSOR.test(value) ? value : undefined);

/** After a command: `?after=<store position>` makes the next read wait (briefly) until it sees the user's own write. */
export function readYourWrite(after: unknown): string {
  return typeof after === 'string' && POSITION.test(after) ? `atLeastPosition=${encodeURIComponent(after)}&waitMs=3000` : '';
}

export function query(parts: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(parts)) if (value) search.set(name, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** A fresh command id for a form: sending the same form twice is one command. */
export const newCommandId = () => randomUUID();

/** The command id the form carried, when it is one; a new one otherwise (the form was not ours). */
export const commandIdOf = (value: unknown) => (typeof value === 'string' && UUID.test(value) ? value : randomUUID());

/**
 * The command id the form carries again after a failure: a refused command (4xx) recorded nothing, so the
 * corrected form is a new command; after no answer (5xx, timeout) it may have been recorded, so sending it
 * again must be the same command.
 */
export const nextCommandId = (answer: GatewayAnswer<unknown>, sent: string) => (answer.status >= 500 ? sent : randomUUID());

/** The status of a form page shown again after a failure: the API's 4xx, or 503 when it did not answer. */
export const failedStatus = (answer: GatewayAnswer<unknown>) => (answer.status >= 500 ? 503 : answer.status);

/** The gateway's 404 is the page's 404; any other failure to read is the "try again" page. */
export function bodyOrThrow<T>(answer: GatewayAnswer<T>): T {
  if (answer.status === 404) throw new NotFoundException();
  if (!answer.ok) throw new Error(`the gateway answered ${answer.status}`);
  return answer.body;
}

/** The gateway call context of a page: the reader's language and, when signed in, their token. */
export const asReader = (request: Request) => ({ language: request.language, user: request.portalSession.user });

/** Whether the signed-in user may take part (ask, apply, vote): citizens and organisations. */
export const takesPart = (request: Request) => ['citizen', 'organisation'].includes(request.portalSession.user?.role ?? '');
