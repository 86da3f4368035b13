import { Catch, HttpException, Logger, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { readerLanguageOf } from '../identity/reader-language';
import { ServiceFaultError } from './bus-request';
import { inReaderLanguage, isValidationFailedBody } from './validation-messages/field-messages';

/**
 * What Express's body-parser reports when it refuses a body (an http-errors error with a `type`).
 * Nest's Express adapter wraps it in an HttpException and keeps it as the `cause`.
 */
interface BodyParserError {
  readonly type: string;
  readonly status?: number;
  readonly limit?: number;
  readonly length?: number;
  readonly charset?: string;
  readonly encoding?: string;
}

export type RequestErrorCode = 'payload_too_large' | 'malformed_json' | 'unsupported_media_type' | 'body_unreadable' | 'malformed_url';

function bodyParserError(exception: unknown): BodyParserError | undefined {
  for (const candidate of [exception, exception instanceof Error ? exception.cause : undefined]) {
    if (candidate && typeof candidate === 'object' && typeof (candidate as { type?: unknown }).type === 'string') {
      const type = (candidate as BodyParserError).type;
      if (/^(entity|request|charset|encoding|stream|parameters)\./.test(type)) return candidate as BodyParserError;
    }
  }
  return undefined;
}

/** 65536 → "64 kB", 1048576 → "1 MB", 100 → "100 bytes". */
export function formatByteLimit(limit: number): string {
  if (limit >= 1024 * 1024 && limit % (1024 * 1024) === 0) return `${limit / (1024 * 1024)} MB`;
  if (limit >= 1024) return `${Math.round((limit / 1024) * 10) / 10} kB`;
  return `${limit} bytes`;
}

/** Each body-parser refusal as one clear answer; the message never echoes the body (it may hold personal data). */
export function bodyErrorAnswer(error: BodyParserError): { status: number; body: { error: RequestErrorCode; message: string } } {
  switch (error.type) {
    case 'entity.too.large':
      return {
        status: 413,
        body: {
          error: 'payload_too_large',
          message: `The request body${error.length ? ` (${formatByteLimit(error.length)})` : ''} is too large: the limit is ${error.limit ? formatByteLimit(error.limit) : 'smaller'}`,
        },
      };
    case 'entity.parse.failed':
      // Also a body that is JSON but not an object or array (`"text"`, `42`, `null`): the parser is strict.
      return {
        status: 400,
        body: { error: 'malformed_json', message: 'The request body is not a valid JSON object: send one JSON object with Content-Type: application/json' },
      };
    case 'charset.unsupported':
      return { status: 415, body: { error: 'unsupported_media_type', message: `The charset ${error.charset ?? ''} is not supported: send UTF-8 JSON` } };
    case 'encoding.unsupported':
      return {
        status: 415,
        body: { error: 'unsupported_media_type', message: `The content encoding ${error.encoding ?? ''} is not supported: send identity, gzip or deflate` },
      };
    default:
      // request.aborted, request.size.invalid, stream.encoding.set, ...: the body could not be read as sent.
      return {
        status: error.status && error.status >= 400 && error.status < 500 ? error.status : 400,
        body: { error: 'body_unreadable', message: 'The request body could not be read' },
      };
  }
}

/** Express could not decode the path (`/api/requests/%FF`): Nest's adapter wraps the URIError in a 400. */
function isUrlDecodingError(exception: unknown): boolean {
  return exception instanceof URIError || (exception instanceof Error && exception.cause instanceof URIError);
}

/** The header that carries the correlation id of a 500, also in its body and in the log line about it. */
export const CORRELATION_ID_HEADER = 'X-Correlation-Id';

interface HttpResponse {
  setHeader(name: string, value: string): void;
}

interface HttpRequest {
  readonly headers: Record<string, string | string[] | undefined>;
}

/** A 400 `validation_failed` in the language the request asks for (Accept-Language); English when it asks for none we speak. */
function inLanguageAsked(exception: HttpException, host: ArgumentsHost): HttpException {
  const body = exception.getResponse();
  if (!isValidationFailedBody(body)) return exception;
  const asked = host.switchToHttp().getRequest<HttpRequest>().headers['accept-language'];
  const language = readerLanguageOf(Array.isArray(asked) ? asked.join(',') : asked);
  return language ? new HttpException(inReaderLanguage(body, language), exception.getStatus(), { cause: exception }) : exception;
}

/**
 * Requests refused before any handler reads them, as clear JSON answers: body-parser refusals (413 too
 * large, 400 malformed JSON, 415 unsupported charset or encoding) and undecodable URLs (400). Every other
 * HttpException goes on to Nest's own handling, a 503 with its Retry-After header, a 400 `validation_failed`
 * in the reader's language. Anything else is a
 * fault (ours or a service's): a 500 `internal_error` with a correlation id in the body, in the
 * `X-Correlation-Id` header and in the log line, so a user's report leads to the log.
 */
@Catch()
export class RequestErrorsFilter extends BaseExceptionFilter {
  private readonly logger = new Logger('RequestErrors');

  override catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') return super.catch(exception, host);
    if (isUrlDecodingError(exception)) {
      return super.catch(new HttpException({ error: 'malformed_url', message: 'The URL is not validly percent-encoded' }, 400, { cause: exception }), host);
    }
    const error = bodyParserError(exception);
    if (error) {
      const { status, body } = bodyErrorAnswer(error);
      return super.catch(new HttpException(body, status, { cause: exception }), host);
    }
    if (exception instanceof HttpException) {
      const retryAfter = (exception.getResponse() as { retryAfterSeconds?: unknown }).retryAfterSeconds;
      if (exception.getStatus() === 503 && typeof retryAfter === 'number')
        host.switchToHttp().getResponse<HttpResponse>().setHeader('Retry-After', String(retryAfter));
      return super.catch(inLanguageAsked(exception, host), host);
    }
    this.answerFault(exception, host);
  }

  private answerFault(exception: unknown, host: ArgumentsHost): void {
    const correlationId = (exception instanceof ServiceFaultError && exception.correlationId) || randomUUID();
    const cause = exception instanceof Error ? exception : new Error(String(exception));
    this.logger.error({ correlationId, err: cause }, `internal error (correlation id ${correlationId})`);
    const response = host.switchToHttp().getResponse<HttpResponse>();
    response.setHeader(CORRELATION_ID_HEADER, correlationId);
    this.applicationRef!.reply(
      response,
      { error: 'internal_error', message: `Something went wrong on our side; quote correlation id ${correlationId} when reporting it`, correlationId },
      500,
    );
  }
}
