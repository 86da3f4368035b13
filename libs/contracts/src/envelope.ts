/**
 * The envelope every fact carries, on the store and on the bus alike.
 * Agencies read this file as the published language: add fields, never repurpose them.
 */

export type ActorKind = 'citizen' | 'organisation' | 'staff' | 'operator' | 'ministry' | 'analyst' | 'system';

export interface Actor {
  readonly kind: ActorKind;
  /** IIN for a citizen, BIN for an organisation, the account id for staff; a service name for `system`. */
  readonly id: string;
}

/** A fact before it is stored: the type names it, the schema version says how to read `data`. */
export interface DomainEvent<Type extends string = string, Data = unknown, SchemaVersion extends number = number> {
  readonly type: Type;
  readonly schemaVersion: SchemaVersion;
  readonly data: Data;
}

export interface EventMetadata {
  /** UUID; also the message id on NATS, so a re-published fact is deduplicated. */
  readonly eventId: string;
  /**
   * The client-generated id of the command that caused this fact: retrying it changes nothing. A client's is
   * a UUID, in lower case since command ids are compared case-insensitively (facts stored earlier may carry
   * upper case). Facts the platform records for itself carry `system:<what>` (never a UUID) or an id derived
   * from the fact that caused them.
   */
  readonly commandId: string;
  /**
   * SHA-256 (hex) of the RFC 8785 canonical JSON of `{ type, target, body, actor }` of the command that
   * caused this fact: its type or action, the stream it decided on, its body (without the command id) and
   * the actor's kind and id. Another command arriving with the same `commandId` is refused
   * (`command_id_reused`) rather than answered as a retry. Absent on facts stored before it was introduced
   * and on facts the platform records without a command (clocks, notices).
   */
  readonly commandFingerprint?: string;
  readonly correlationId: string;
  readonly causationId: string;
  readonly actor: Actor;
  /** Set where the fact concerns an information holder; it routes the fact to that agency's subjects. */
  readonly holderId?: string;
  /** UTC, ISO 8601. */
  readonly occurredAt: string;
}

export type EventToAppend<E extends DomainEvent = DomainEvent> = E & { readonly metadata: EventMetadata };
