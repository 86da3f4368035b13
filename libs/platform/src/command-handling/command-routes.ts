import type { CommandDescriptor, DomainEvent, RejectionReply, Verified } from '@od/contracts';
import type { Decision, Rejection } from '@od/domain';
import type { EventStore } from '@od/event-store';
import { clientCommandEnvelope, handleCommand, type ExpectedStream } from './handle-command';

/** What a row may use besides the message: the store (for look-ups), the instant of handling, the service's own parts. */
export interface RouteContext<Deps> {
  readonly store: EventStore;
  readonly now: Date;
  readonly deps: Deps;
}

/** The aggregate a table decides on: its fold, its decider, and where its facts go. */
export interface Aggregate<State, E extends DomainEvent, Command> {
  readonly initialState: State;
  readonly evolve: (state: State, event: E) => State;
  readonly decide: (command: Command, state: State) => Decision<E, string>;
  /** The holder each fact concerns (its NATS subject). */
  readonly holderId: (event: E, command: Command) => string | undefined;
  /** How a refusal is told to the caller (e.g. `stream_not_found` as the aggregate's own not-found), given the stream id. */
  readonly refusal?: (rejection: Rejection, streamId: string) => Rejection;
}

type Accepted<Reply> = Omit<Extract<Reply, { readonly ok: true }>, 'ok'>;

/** The reply beyond `ok`: may be left out when it is only the position of the last fact. */
type ReplyOf<Message, Reply> =
  { readonly position: string } extends Accepted<Reply>
    ? { readonly reply?: (message: Verified<Message>, appended: { readonly position: string }) => Accepted<Reply> }
    : { readonly reply: (message: Verified<Message>, appended: { readonly position: string }) => Accepted<Reply> };

/** One row: command → stream id → expected stream state → the decider's command. */
export type CommandRow<Message, Reply, Command, Deps> = {
  readonly stream: (message: Verified<Message>) => string;
  readonly expected: ExpectedStream;
  /** The decider's command, with what it needs looked up first (a holder, a signature), or a refusal before any read. */
  readonly command: (message: Verified<Message>, context: RouteContext<Deps>) => Command | RejectionReply | Promise<Command | RejectionReply>;
  /**
   * What the command's fingerprint covers besides its type, target and actor: by default the message's data.
   * `withAction` keeps the shape a command had when one subject carried several actions, so a retry of a
   * command stored then still replays.
   */
  readonly fingerprintBody?: (message: Verified<Message>) => unknown;
} & ReplyOf<Message, Reply>;

/** The fingerprint body of a command that was once `{ action, ...data }` on a shared subject. */
export function withAction(action: string): (message: { readonly data: object }) => unknown {
  return (message) => ({ action, ...message.data });
}

type ErasedRow<Command, Deps> = CommandRow<unknown, { ok: true; position: string } | RejectionReply, Command, Deps>;

function descriptorKey(descriptor: CommandDescriptor<unknown, unknown>): string {
  return `${descriptor.service}.${descriptor.name}`;
}

function isRejection(value: unknown): value is RejectionReply {
  return typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false;
}

/**
 * A routing table for one aggregate, as Eventuous's command services have: each command the service decides
 * is a row (`on(descriptor, row)`), not a case in a switch over a wide union. `handle` reads the stream,
 * folds it, decides and appends through `handleCommand` (idempotent by command id, expected stream state
 * enforced); the service registers every row's subject at start-up (`commandRoutesController`).
 */
/** `Deps` defaults to unknown: a table that needs nothing takes whatever its service gives its rows. */
export class CommandRoutes<State, E extends DomainEvent, Command extends { readonly type: string }, Deps = unknown> {
  private readonly rows = new Map<string, { readonly descriptor: CommandDescriptor<unknown, unknown>; readonly row: ErasedRow<Command, Deps> }>();

  constructor(private readonly aggregate: Aggregate<State, E, Command>) {}

  on<Message, Reply>(descriptor: CommandDescriptor<Message, Reply>, row: CommandRow<Message, Reply, Command, Deps>): this {
    const key = descriptorKey(descriptor);
    if (this.rows.has(key)) throw new Error(`${key} has a row already`);
    this.rows.set(key, { descriptor, row: row as unknown as ErasedRow<Command, Deps> });
    return this;
  }

  /** Declares what the rows need beyond the store (`deps` of their context); before any row. */
  withDependencies<Needed>(): CommandRoutes<State, E, Command, Needed> {
    if (this.rows.size > 0) throw new Error('Declare the dependencies before the rows');
    return this as unknown as CommandRoutes<State, E, Command, Needed>;
  }

  /** Every command this table decides. */
  get commands(): readonly CommandDescriptor<unknown, unknown>[] {
    return [...this.rows.values()].map(({ descriptor }) => descriptor);
  }

  async handle<Message, Reply>(descriptor: CommandDescriptor<Message, Reply>, message: Verified<Message>, context: RouteContext<Deps>): Promise<Reply> {
    const found = this.rows.get(descriptorKey(descriptor));
    if (!found) throw new Error(`No row for ${descriptorKey(descriptor)}`);
    const { row } = found;
    const verified = message as Verified<unknown>;
    const command = await row.command(verified, context);
    if (isRejection(command)) return command as Reply;

    const { aggregate } = this;
    const streamId = row.stream(verified);
    const body = row.fingerprintBody ? row.fingerprintBody(verified) : (message as { data?: unknown }).data;
    const outcome = await handleCommand<State, E, string>(context.store, {
      streamId,
      expected: row.expected,
      initialState: aggregate.initialState,
      evolve: aggregate.evolve,
      decide: (state) => aggregate.decide(command, state),
      command: clientCommandEnvelope(message as unknown as Verified<{ commandId: string; correlationId: string }>, context.now, command.type, body),
      holderId: (event) => aggregate.holderId(event, command),
    });
    if (!outcome.ok) {
      return { ok: false, rejection: aggregate.refusal ? aggregate.refusal(outcome.rejection, streamId) : outcome.rejection } as Reply;
    }
    const accepted = row.reply ? row.reply(verified, { position: outcome.position }) : { position: outcome.position };
    return { ok: true, ...accepted } as Reply;
  }
}

export function routesFor<State, E extends DomainEvent, Command extends { readonly type: string }, Deps = unknown>(
  aggregate: Aggregate<State, E, Command>,
): CommandRoutes<State, E, Command, Deps> {
  return new CommandRoutes(aggregate);
}

/** The id in a stream id `<category>-<id>`. */
export function idInStream(streamId: string): string {
  return streamId.slice(streamId.indexOf('-') + 1);
}
