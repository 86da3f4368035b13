import type { DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { scrubPersonalData } from './personal-data';

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


export function loggerModule(service: string, level: string): DynamicModule {
  return LoggerModule.forRoot({
    pinoHttp: {
      level,
      name: service,
      redact: { paths: REDACTED_LOG_PATHS, censor: '[redacted]' },
      autoLogging: { ignore: (req) => req.url === '/health' },
      serializers: {
        // A path or query may carry an IIN or a phone number a caller typed into it.
        req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: scrubPersonalData(req.url) }),
      },
      hooks: {
        // Free-text messages (an error's message, a framework's debug line) are scrubbed of IIN/BIN and phone numbers.
        logMethod(args, method) {
          method.apply(this, args.map((arg) => (typeof arg === 'string' ? scrubPersonalData(arg) : arg)) as Parameters<typeof method>);
        },
      },
    },
  });
}
