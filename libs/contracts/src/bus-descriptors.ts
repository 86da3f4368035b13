import { commandSubject, querySubject } from './subjects';

/**
 * One request/reply on the bus, declared once here and used by both ends: the gateway sends with it, the
 * service declares its handler for it. The message and reply types ride along as phantom types (never set),
 * so a sender and a handler of the same descriptor cannot disagree on them.
 */
interface BusDescriptor<Message, Reply> {
  /** The service that answers: the `<service>` segment of the subject, whose NATS user may answer it. */
  readonly service: string;
  /** The last subject segment: one per command or query. */
  readonly name: string;
  readonly types?: { readonly message: Message; readonly reply: Reply };
}

/** `<root>.commands.<service>.<name>`: one subject per command, decided by one service. */
export interface CommandDescriptor<Message, Reply> extends BusDescriptor<Message, Reply> {
  readonly kind: 'command';
}

/** `<root>.queries.<service>.<name>`: one read. */
export interface QueryDescriptor<Query, Reply> extends BusDescriptor<Query, Reply> {
  readonly kind: 'query';
}

export function command<Message, Reply>(service: string, name: string): CommandDescriptor<Message, Reply> {
  return { kind: 'command', service, name };
}

export function query<Query, Reply>(service: string, name: string): QueryDescriptor<Query, Reply> {
  return { kind: 'query', service, name };
}

/** The subject of a descriptor under the configured root (`od` in production, one per test run). */
export function subjectOf(root: string, descriptor: CommandDescriptor<unknown, unknown> | QueryDescriptor<unknown, unknown>): string {
  return descriptor.kind === 'command' ? commandSubject(root, descriptor.service, descriptor.name) : querySubject(root, descriptor.service, descriptor.name);
}

export type MessageOf<D> = D extends BusDescriptor<infer Message, unknown> ? Message : never;
export type ReplyOf<D> = D extends BusDescriptor<unknown, infer Reply> ? Reply : never;
