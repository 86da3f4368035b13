import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { RpcException } from '@nestjs/microservices';
import type { ServiceFailure } from '@od/contracts';
import { randomUUID } from 'node:crypto';
import { throwError, type Observable } from 'rxjs';

/** Node socket errors and PostgreSQL SQLSTATEs that mean "the database is not there now", not "this message is wrong". */
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE', '57P01', '57P02', '57P03', '53300']);
/** pg-pool's own errors carry no code. */
const UNAVAILABLE_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|connection is closed/i;

/** Whether an error says a dependency (PostgreSQL) is down rather than that the service failed on this message. */
export function isDependencyUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) return true;
  return UNAVAILABLE_MESSAGES.test(error.message);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A message handler that throws (rather than replying a refusal) answers an explicit `ServiceFailure` on
 * the error channel, so the gateway tells a fault (500) from a dependency that is down (503) and from no
 * answer at all (503). The log line carries the same correlation id as the answer: the message's own when
 * it has one, otherwise a new one.
 */
@Catch()
export class ServiceFailureFilter implements ExceptionFilter {
  private readonly logger = new Logger('ServiceFailure');

  /** `http`: how the service's own HTTP side (`/health`) answers errors, unchanged. */
  constructor(
    private readonly service: string,
    private readonly http?: ExceptionFilter,
  ) {}

  catch(exception: unknown, host: ArgumentsHost): Observable<never> | void {
    if (host.getType() !== 'rpc') return this.http?.catch(exception, host);
    if (exception instanceof RpcException) return throwError(() => exception.getError());
    const data = host.switchToRpc().getData<{ correlationId?: unknown }>();
    const given = data && typeof data === 'object' ? data.correlationId : undefined;
    const correlationId = typeof given === 'string' && UUID.test(given) ? given : randomUUID();
    const failure: ServiceFailure = { error: isDependencyUnavailable(exception) ? 'dependency_unavailable' : 'internal_error', correlationId };
    const error = exception instanceof Error ? exception : new Error(String(exception));
    this.logger.error(
      { correlationId, failure: failure.error, err: error },
      `${this.service} could not handle a message (${failure.error}, correlation id ${correlationId})`,
    );
    return throwError(() => failure);
  }
}
