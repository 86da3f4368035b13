import type { DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { scrubbedError, scrubLogFields, scrubLogText, scrubLogValue } from './log-privacy';

/** Keys whose value may be personal data (IIN, BIN, phone, name, the acting person, signatures, tokens). */
const PERSONAL_KEYS = [
  'iin',
  'bin',
  'phone',
  'phoneNumber',
  'fullName',
  'firstName',
  'lastName',
  'middleName',
  'patronymic',
  'displayName',
  'actor',
  'author',
  'signature',
  'authorization',
  'cookie',
  'access_token',
  'accessToken',
  'token',
];

/**
 * Paths that may carry personal data. Pino replaces them with "[redacted]" before a line is written.
 * Redaction has no recursive wildcard, so each key is listed at the top level and two levels down
 * (`{ actor }`, `{ message: { actor } }`, `{ err: { data: { actor } } }`).
 */
export const REDACTED_LOG_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  ...PERSONAL_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]),
];

/**
 * pino's settings for a service's own logger: paths redacted, errors and every field scrubbed of personal
 * data and credentials, free-text messages too. For a logger made without Nest (the relay's).
 */
export function privateLoggerOptions(service: string, level: string) {
  return {
    level,
    name: service,
    redact: { paths: REDACTED_LOG_PATHS, censor: '[redacted]' },
    serializers: {
      // An error's message and stack may name a stream (`awpaccess-<holder>-<iin>-<role>`, `notice-<iin>`).
      // pino-http hands this serializer pino's own serialized error (an object of its own prototype, not an
      // Error): its fields are copied into a plain object so that they are scrubbed too.
      err: (error: unknown) =>
        error instanceof Error ? scrubbedError(error) : scrubLogValue(error !== null && typeof error === 'object' ? { ...error } : error),
    },
    formatters: {
      // Every other field of a line (an error under another key, a stream id, a nested value).
      log: (fields: Record<string, unknown>) => scrubLogFields(fields),
    },
    hooks: {
      // Free-text messages (an error's message, a framework's debug line) are scrubbed too.
      logMethod(this: unknown, args: unknown[], method: (...args: unknown[]) => void) {
        method.apply(
          this,
          args.map((arg) => (typeof arg === 'string' ? scrubLogText(arg) : arg)),
        );
      },
    },
  };
}

export function loggerModule(service: string, level: string): DynamicModule {
  const options = privateLoggerOptions(service, level);
  return LoggerModule.forRoot({
    pinoHttp: {
      ...options,
      autoLogging: { ignore: (req) => req.url === '/health' },
      serializers: {
        ...options.serializers,
        // A path or query may carry an IIN or a phone number a caller typed into it, or a token (`?access_token=`).
        req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: scrubLogText(req.url) }),
      },
    },
  });
}
