import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { NatsContext } from '@nestjs/microservices';
import { from, of, switchMap, type Observable } from 'rxjs';
import type { CallerVerifier } from './caller-verification';

/** `<root>.commands.<service>.<command>`: what changes state, so what must name a verified caller. */
export function isCommandSubject(subject: string): boolean {
  return subject.split('.')[1] === 'commands';
}

/**
 * Every command a service receives on the bus is answered only for a caller it verified itself: the
 * message's `caller` is checked, any `actor`, `staff` or `account` a sender put in is dropped, and the
 * verified ones are set in their place. Queries pass through (only the gateway may ask them: NATS
 * permissions). Installed for every service by `startNatsService`, so no handler can forget it.
 */
@Injectable()
export class VerifyCallersInterceptor implements NestInterceptor {
  constructor(private readonly verify: CallerVerifier) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'rpc') return next.handle();
    const rpc = context.switchToRpc();
    if (!isCommandSubject(rpc.getContext<NatsContext>().getSubject())) return next.handle();
    const message = rpc.getData<Record<string, unknown> | null>();
    return from(this.verify(message?.caller)).pipe(
      switchMap((outcome) => {
        if (!outcome.ok) return of(outcome);
        if (message === null || typeof message !== 'object')
          return of({ ok: false, rejection: { code: 'malformed_command', message: 'The command is not an object' } });
        delete message.actor;
        delete message.staff;
        delete message.account;
        Object.assign(message, outcome.caller);
        return next.handle();
      }),
    );
  }
}
