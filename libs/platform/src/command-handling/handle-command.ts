import type { Actor, DomainEvent, EventToAppend } from '@od/contracts';
import type { Decision, Rejection } from '@od/domain';
import { eventIdFor } from '@od/domain';
import { formatPosition, WrongExpectedVersionError, type EventStore, type RecordedEvent } from '@od/event-store';

export interface CommandEnvelope {
  /** Client-generated; the same id always means the same command. */
  readonly commandId: string;
  readonly correlationId: string;
  readonly causationId: string;
  readonly actor: Actor;
  readonly now: Date;
}

/** Which stream state a command expects: `new` refuses an existing stream, `existing` a missing one. */
export type ExpectedStream = 'new' | 'existing' | 'any';

export interface HandleOptions<State, E extends DomainEvent, Code extends string> {
  readonly streamId: string;
  readonly expected: ExpectedStream;
  readonly initialState: State;
  readonly evolve: (state: State, event: E) => State;
  readonly decide: (state: State) => Decision<E, Code>;
  readonly command: CommandEnvelope;
  /** The holder each fact concerns (its NATS subject): one for all, or per fact (a redirect concerns two). */
  readonly holderId?: string | ((event: E) => string | undefined);
}

export type CommandOutcome<Code extends string> =
  | { readonly ok: true; readonly streamId: string; readonly version: number; readonly position: string; readonly replayed: boolean }
  | { readonly ok: false; readonly rejection: Rejection<Code | 'stream_not_found' | 'concurrent_change'> };

/**
 * The one way a command changes state: read the stream, fold it, decide, append with the version read.
 * A command already in the stream (a retry) answers what it answered first and appends nothing.
 */
export async function handleCommand<State, E extends DomainEvent, Code extends string>(
  store: EventStore,
  options: HandleOptions<State, E, Code>,
): Promise<CommandOutcome<Code>> {
  const history = (await store.readStream(options.streamId)) as RecordedEvent<E>[];
  const earlier = history.filter((event) => event.metadata.commandId === options.command.commandId);
  if (earlier.length > 0) {
    const last = earlier[earlier.length - 1];
    return { ok: true, streamId: options.streamId, version: last.streamVersion, position: formatPosition(last.position), replayed: true };
  }
  if (options.expected === 'existing' && history.length === 0) {
    return { ok: false, rejection: { code: 'stream_not_found', message: `${options.streamId} does not exist` } };
  }

  const state = history.reduce(options.evolve, options.initialState);
  const decision = options.decide(state);
  if (!decision.ok) return decision;

  const holderOf = (event: E) => (typeof options.holderId === 'function' ? options.holderId(event) : options.holderId);
  const toAppend: EventToAppend[] = decision.events.map((event, index) => {
    const holderId = holderOf(event);
    return {
      ...event,
      metadata: {
        eventId: eventIdFor(options.command.commandId, index),
        commandId: options.command.commandId,
        correlationId: options.command.correlationId,
        causationId: options.command.causationId,
        actor: options.command.actor,
        ...(holderId === undefined ? {} : { holderId }),
        occurredAt: options.command.now.toISOString(),
      },
    };
  });

  try {
    const result = await store.appendToStream(options.streamId, toAppend, {
      expectedVersion: history.length === 0 ? 'no_stream' : history.length,
    });
    return {
      ok: true,
      streamId: options.streamId,
      version: result.nextExpectedVersion,
      position: formatPosition(result.lastPosition),
      replayed: result.alreadyAppended,
    };
  } catch (error) {
    if (error instanceof WrongExpectedVersionError) {
      return {
        ok: false,
        rejection: { code: 'concurrent_change', message: `${options.streamId} changed while this command was decided (now at version ${error.actual})` },
      };
    }
    throw error;
  }
}
