import { ServiceUnavailableException } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import { firstValueFrom, timeout } from 'rxjs';

/** Sends a request over NATS and waits for the one reply; no answer in time is a 503, not a hang. */
export async function askBus<Reply>(bus: ClientProxy, subject: string, message: unknown, timeoutMs = 10_000): Promise<Reply> {
  try {
    return await firstValueFrom(bus.send<Reply>(subject, message).pipe(timeout(timeoutMs)));
  } catch (error) {
    throw new ServiceUnavailableException({ error: 'service_unavailable', message: `No answer on ${subject.split('.').slice(1).join('.')}: ${(error as Error).message}` });
  }
}
