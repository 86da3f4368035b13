import type { Actor, DomainEvent, EventMetadata } from '@od/contracts';
import { eventIdFor, type Decision } from '@od/domain';
import type { ImportedEvent } from '@od/event-store';
import { commandFingerprint } from '@od/platform';

/** Thrown when a decider refuses a command the generator meant to be valid: the history would be wrong. */
export class RefusedCommandError extends Error {
  override readonly name = 'RefusedCommandError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The facts of one subject (a request, a conference, a survey, …) in the order they were recorded, each with
 * the metadata `handleCommand` gives a command's facts (`@od/platform`): event ids derived from the command
 * id, the command's fingerprint, the actor, the holder, `occurredAt` = the command's `now`. `recordedAt` never
 * goes back within a subject, so each of its streams reads in the order its facts were decided.
 */
export class RecordedFacts {
  readonly facts: ImportedEvent[] = [];
  private lastRecordedAt = 0;

  constructor(readonly firstInstant: number) {}

  record(streamId: string, event: DomainEvent, metadata: EventMetadata, recordedAt: number): ImportedEvent {
    this.lastRecordedAt = Math.max(this.lastRecordedAt, recordedAt, this.firstInstant);
    const fact = { ...event, metadata, streamId, recordedAt: new Date(this.lastRecordedAt).toISOString() } as ImportedEvent;
    this.facts.push(fact);
    return fact;
  }

  /**
   * A command's facts as `handleCommand` appends them. `recordedAt` is the command's instant plus the few
   * milliseconds a service takes (`latencyMs`).
   */
  command<E extends DomainEvent>(
    command: { streamId: string; commandId: string; action: string; body: unknown; actor: Actor; now: Date; holderId: string | ((event: E) => string) },
    decision: Decision<E, string>,
    latencyMs: number,
  ): ImportedEvent[] {
    if (!decision.ok)
      throw new RefusedCommandError(
        decision.rejection.code,
        `${command.action} on ${command.streamId} refused: ${decision.rejection.code}: ${decision.rejection.message}`,
      );
    const fingerprint = commandFingerprint({ intent: { type: command.action, body: command.body }, target: command.streamId, actor: command.actor });
    return decision.events.map((event, index) => {
      const holderId = typeof command.holderId === 'function' ? command.holderId(event) : command.holderId;
      return this.record(
        command.streamId,
        event,
        {
          eventId: eventIdFor(command.commandId, index),
          commandId: command.commandId,
          commandFingerprint: fingerprint,
          correlationId: command.commandId,
          causationId: command.commandId,
          actor: command.actor,
          holderId,
          occurredAt: command.now.toISOString(),
        },
        command.now.getTime() + latencyMs,
      );
    });
  }
}
