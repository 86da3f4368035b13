import type { Actor, DomainEvent, EventToAppend } from '@od/contracts';
import type { Decision, Rejection } from '@od/domain';
import { eventIdFor, isSystemCommandId, normaliseClientCommandId } from '@od/domain';
import { DuplicateEventIdError, formatPosition, WrongExpectedVersionError, type EventStore, type RecordedEvent } from '@od/event-store';
import { commandFingerprint, type CommandIntent } from './command-fingerprint';
import { decideReplay } from './replay-decision';

export interface CommandEnvelope {
  /**
   * Client-generated (a UUID, any case: normalised here), or `system:…` for the platform's own commands.
   * The same id always means the same command: another command with it is refused.
   */
  readonly commandId: string;
  readonly correlationId: string;
  readonly causationId: string;
  readonly actor: Actor;
  readonly now: Date;
  /** What the command asks (type and body as the handler was given it): with the target and actor, its fingerprint. */
  readonly intent: CommandIntent;
}

/** The envelope of a client's command as the gateway sends it on the bus (`commandId`, `correlationId`, `actor`, `data`). */
export function clientCommandEnvelope(
  message: { readonly commandId: string; readonly correlationId: string; readonly actor: Actor; readonly data?: unknown },
  now: Date,
  type: string,
  body: unknown = message.data,
): CommandEnvelope {
  const commandId = normaliseClientCommandId(message.commandId);
  return { commandId, correlationId: message.correlationId, causationId: commandId, actor: message.actor, now, intent: { type, body } };
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
  | { readonly ok: false; readonly rejection: Rejection<Code | 'stream_not_found' | 'stream_exists' | 'concurrent_change' | 'command_id_reused'> };

/** Says nothing of the first command (its stream, its actor or its result): the id may be someone else's. */
const commandIdReused: Rejection<'command_id_reused'> = {
  code: 'command_id_reused',
  field: 'commandId',
  message: 'This commandId was already used for a different command; send a new command with a new commandId',
};

/**
 * The one way a command changes state: read the stream, fold it, decide, append with the version read.
 * A command already in the stream (a retry: same id and fingerprint) answers what it answered first and
 * appends nothing; another command with the same id (another body, action, target or actor) is refused
 * with `command_id_reused`, also when it races the first or lands on another stream.
 */
export async function handleCommand<State, E extends DomainEvent, Code extends string>(
  store: EventStore,
  options: HandleOptions<State, E, Code>,
): Promise<CommandOutcome<Code>> {
  const commandId = isSystemCommandId(options.command.commandId) ? options.command.commandId : normaliseClientCommandId(options.command.commandId);
  const fingerprint = commandFingerprint({ intent: options.command.intent, target: options.streamId, actor: options.command.actor });

  const history = (await store.readStream(options.streamId)) as RecordedEvent<E>[];
  const earlier = decideReplay(history, commandId, fingerprint);
  if (earlier.kind === 'reused') return { ok: false, rejection: commandIdReused };
  if (earlier.kind === 'replay') {
    return { ok: true, streamId: options.streamId, version: earlier.last.streamVersion, position: formatPosition(earlier.last.position), replayed: true };
  }
  // Checked after the replay: a retry of the command that made the stream is answered as a retry, not refused.
  if (options.expected === 'existing' && history.length === 0) {
    return { ok: false, rejection: { code: 'stream_not_found', message: `${options.streamId} does not exist` } };
  }
  if (options.expected === 'new' && history.length > 0) {
    return { ok: false, rejection: { code: 'stream_exists', message: `${options.streamId} already exists` } };
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
        eventId: eventIdFor(commandId, index),
        commandId,
        commandFingerprint: fingerprint,
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
    // The store saw these event ids in this stream already: a command with this id got there between our read
    // and our append. Only the same command may be answered with its result.
    if (result.alreadyAppended && (await raced(store, options.streamId, commandId, fingerprint)) !== 'replay') {
      return { ok: false, rejection: commandIdReused };
    }
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
    // The event ids derived from this command id are stored already, by another append: the id was used on
    // another stream, or by another command on this one at the same moment (the store's unique event id
    // decides the race). A retry of this very command that raced itself is answered as a retry.
    if (error instanceof DuplicateEventIdError) {
      const again = (await store.readStream(options.streamId)) as RecordedEvent<E>[];
      const decision = decideReplay(again, commandId, fingerprint);
      if (decision.kind === 'replay') {
        return { ok: true, streamId: options.streamId, version: decision.last.streamVersion, position: formatPosition(decision.last.position), replayed: true };
      }
      return { ok: false, rejection: commandIdReused };
    }
    throw error;
  }
}

async function raced(store: EventStore, streamId: string, commandId: string, fingerprint: string) {
  return decideReplay(await store.readStream(streamId), commandId, fingerprint).kind;
}
