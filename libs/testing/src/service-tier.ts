import { randomUUID } from 'node:crypto';
import { holderStream, type Actor, type DomainEvent, type EventToAppend, type VerifiedCaller, type Verified } from '@od/contracts';
import { decideHolderRegistration, findSeededHolder, initialHolderState } from '@od/domain';
import { createPostgresEventStore, migrateEventStore, type EventStore, type RecordedEvent } from '@od/event-store';
import { createTestDatabase, type TestDatabase } from './test-database';

/**
 * The service tier of tests: a deciding service's routing table run against the real PostgreSQL store,
 * without NATS or Nest. Given stream facts, when this message, then this reply and these appended facts.
 */
export interface ServiceTier {
  readonly store: EventStore;
  /** Appends facts to a stream as earlier commands would have (each with its own command id). */
  given(streamId: string, ...facts: DomainEvent[]): Promise<void>;
  /** Registers these holders as the registry's own seeding would (a seeded holder with its kind, any other as a state body). */
  givenRegisteredHolders(...holderIds: string[]): Promise<void>;
  /** The facts of a stream after its first `known` ones: what a command appended. */
  appendedTo(streamId: string, known?: number): Promise<RecordedEvent[]>;
  close(): Promise<void>;
}

export async function startServiceTier(label: string): Promise<ServiceTier> {
  const database: TestDatabase = await createTestDatabase(label);
  await migrateEventStore({ connectionString: database.url });
  const store = createPostgresEventStore({ connectionString: database.url });
  const tier: ServiceTier = {
    store,
    async given(streamId, ...facts) {
      const existing = (await store.readStream(streamId)).length;
      const toAppend: EventToAppend[] = facts.map((fact) => {
        const commandId = randomUUID();
        return {
          ...fact,
          metadata: {
            eventId: randomUUID(),
            commandId,
            correlationId: commandId,
            causationId: commandId,
            actor: { kind: 'system', id: 'given' },
            occurredAt: new Date().toISOString(),
          },
        };
      });
      await store.appendToStream(streamId, toAppend, { expectedVersion: existing === 0 ? 'no_stream' : existing });
    },
    async givenRegisteredHolders(...holderIds) {
      // A seeded holder as the registry seeds it (its kind and state participation); any other as a state body.
      for (const holderId of holderIds) {
        const seeded = findSeededHolder(holderId) ?? {
          id: holderId,
          kind: 'state_body' as const,
          name: { kk: holderId, ru: holderId, en: holderId },
          languages: ['kk', 'ru'] as const,
        };
        const decision = decideHolderRegistration(seeded, new Date('2026-01-01T00:00:00.000Z'), initialHolderState);
        if (decision.ok) await tier.given(holderStream(holderId), ...decision.events);
      }
    },
    async appendedTo(streamId, known = 0) {
      return (await store.readStream(streamId)).slice(known);
    },
    async close() {
      await store.close();
      await database.drop();
    },
  };
  return tier;
}

/**
 * A command message as the service has it once the caller is verified (what `VerifyCallersInterceptor`
 * sets): the actor, and for staff their holder and active AWP roles.
 */
export function verifiedAs<Message extends object>(
  caller: {
    readonly actor: Actor;
    readonly holderId?: string;
    readonly staffRoles?: readonly string[];
    readonly iin?: string;
    readonly phoneVerified?: boolean;
  },
  message: Message,
): Verified<Message> {
  const verified: VerifiedCaller = {
    actor: caller.actor,
    staff: { holderId: caller.holderId, staffRoles: (caller.staffRoles ?? []) as VerifiedCaller['staff']['staffRoles'] },
    account: { iin: caller.iin, phoneVerified: caller.phoneVerified ?? true },
  };
  return { ...message, ...verified };
}
