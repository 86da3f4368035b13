import { HttpException } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import { isServiceFailure, subjectOf, type CommandDescriptor, type QueryDescriptor } from '@od/contracts';
import { firstValueFrom, timeout } from 'rxjs';

/** How long a client is told to wait before retrying when a service did not answer or its database is down. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * A service answered that it failed on the message (a fault, not a refusal): the client gets a 500 with
 * the service's correlation id, which is in the service's log line about it.
 */
export class ServiceFaultError extends Error {
  override readonly name = 'ServiceFaultError';
  constructor(
    readonly subject: string,
    readonly correlationId: string | undefined,
  ) {
    super(`${subject} failed while handling the message`);
  }
}

/** 503 with Retry-After (the filter sets the header from `retryAfterSeconds`). */
export function serviceUnavailable(subject: string, reason: string): HttpException {
  return new HttpException(
    {
      error: 'service_unavailable',
      message: `${subject} is not available now (${reason}); try again in ${RETRY_AFTER_SECONDS} s`,
      retryAfterSeconds: RETRY_AFTER_SECONDS,
    },
    503,
  );
}

/**
 * Sends a request over NATS and waits for the one reply. No answer in time, a lost connection or a
 * service whose database is down is a 503 (retry later); a service that answers it failed is a 500 with its
 * correlation id; never a hang.
 */
export async function askBus<Reply>(bus: ClientProxy, subject: string, message: unknown, timeoutMs = 10_000): Promise<Reply> {
  const name = subject.split('.').slice(1).join('.');
  try {
    return await firstValueFrom(bus.send<Reply>(subject, message).pipe(timeout(timeoutMs)));
  } catch (error) {
    if (isServiceFailure(error)) {
      if (error.error === 'dependency_unavailable') throw serviceUnavailable(name, 'its database did not answer');
      throw new ServiceFaultError(name, error.correlationId);
    }
    // Nest's bare error reply of a service without the failure filter: it did answer, so it is a fault.
    if (!(error instanceof Error) && (error as { status?: unknown })?.status === 'error') throw new ServiceFaultError(name, undefined);
    throw serviceUnavailable(
      name,
      error instanceof Error && error.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : 'the bus did not deliver the request',
    );
  }
}

/**
 * Sends a command or asks a query declared in `@od/contracts`: its subject under `root`, its message and
 * reply types from the descriptor, so the gateway and the service that answers cannot disagree on them.
 */
export function send<Message, Reply>(
  bus: ClientProxy,
  root: string,
  descriptor: CommandDescriptor<Message, Reply> | QueryDescriptor<Message, Reply>,
  message: Message,
  timeoutMs?: number,
): Promise<Reply> {
  return askBus<Reply>(bus, subjectOf(root, descriptor), message, timeoutMs);
}
