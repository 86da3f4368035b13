import { UnsupportedMediaTypeException } from '@nestjs/common';

interface BodyRequest {
  readonly headers: Record<string, string | string[] | undefined>;
  is(type: string): string | false | null;
}

/**
 * The API reads JSON only: a body sent as anything else (a form, text, XML) is 415, not a silently empty
 * body that would come back as a list of missing fields. Runs after the JSON body parser.
 */
export function requireJsonBody(request: BodyRequest, _response: unknown, next: (error?: unknown) => void): void {
  const length = request.headers['content-length'];
  const hasBody = request.headers['transfer-encoding'] !== undefined || (typeof length === 'string' && Number(length) > 0);
  if (hasBody && !request.is('application/json')) {
    next(
      new UnsupportedMediaTypeException({
        error: 'unsupported_media_type',
        message: 'The request body must be JSON: send it with Content-Type: application/json',
      }),
    );
    return;
  }
  next();
}
