import type { DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';

/**
 * Paths that may carry personal data (IIN, phone, full name, signatures). Pino replaces them with
 * "[redacted]" before a line is written.
 */
export const REDACTED_LOG_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  '*.iin',
  '*.bin',
  '*.phone',
  '*.fullName',
  '*.author',
  '*.signature',
];

export function loggerModule(service: string, level: string): DynamicModule {
  return LoggerModule.forRoot({
    pinoHttp: {
      level,
      name: service,
      redact: { paths: REDACTED_LOG_PATHS, censor: '[redacted]' },
      autoLogging: { ignore: (req) => req.url === '/health' },
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
      },
    },
  });
}
