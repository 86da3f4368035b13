import { createHash } from 'node:crypto';
import { ID_NAMESPACE_REGISTRY } from './id-namespaces';

/**
 * A name-based UUID (RFC 9562 version 5): the same command id always yields the same request id and
 * the same event ids, so a retried command lands on the same stream with the same events and the
 * store recognises it.
 */
export function uuidV5(name: string, namespace: string): string {
  const namespaceBytes = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  if (namespaceBytes.length !== 16) throw new Error(`namespace ${namespace} is not a UUID`);
  const hash = createHash('sha1').update(namespaceBytes).update(name, 'utf8').digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Namespaces of the ids derived from a client's command id; fixed forever, since changing one breaks
 * idempotency (a retry would land on a new stream). Only `idFromClientCommand` uses them.
 */
export const ID_NAMESPACES = {
  request: ID_NAMESPACE_REGISTRY.clientRequest,
  event: ID_NAMESPACE_REGISTRY.clientEvent,
} as const;

/**
 * The namespace of every id the platform derives for commands of its own (seeding the holder registry):
 * no client derivation uses it, so no client command id can produce one of these ids.
 */
export const SYSTEM_ID_NAMESPACE = ID_NAMESPACE_REGISTRY.system;

/** What a client command id may name; each has its namespace and the shape of the name, fixed forever. */
const CLIENT_ID_PURPOSES = {
  request: { namespace: ID_NAMESPACES.request, name: (commandId: string) => commandId },
  event: { namespace: ID_NAMESPACES.event, name: (commandId: string, index: number) => `${commandId}/${index}` },
  draft: { namespace: ID_NAMESPACES.event, name: (commandId: string) => `draft:${commandId}` },
  survey: { namespace: ID_NAMESPACE_REGISTRY.clientSurvey, name: (commandId: string) => commandId },
  conference: { namespace: ID_NAMESPACE_REGISTRY.clientConference, name: (commandId: string) => commandId },
  question: { namespace: ID_NAMESPACE_REGISTRY.clientQuestion, name: (commandId: string) => commandId },
  topicApplication: { namespace: ID_NAMESPACE_REGISTRY.clientTopicApplication, name: (commandId: string) => commandId },
} as const;

export type ClientIdPurpose = keyof typeof CLIENT_ID_PURPOSES;

/** The namespaces client command ids are derived in (for the test that no system derivation shares one). */
export const CLIENT_ID_NAMESPACES: readonly string[] = [...new Set(Object.values(CLIENT_ID_PURPOSES).map((purpose) => purpose.namespace))];

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A client sent a command id that is not a UUID: the gateway refuses it, so only a forged message gets here. */
export class InvalidCommandIdError extends Error {
  override readonly name = 'InvalidCommandIdError';
  constructor(readonly commandId: unknown) {
    super('A client command id must be a UUID');
  }
}

/**
 * A client's command id as the platform compares and derives with it: a UUID in lower case (an upper-case
 * UUID is the same id). Throws `InvalidCommandIdError` for anything else, so a system command id
 * (`system:…`, never a UUID) can never come in as a client's.
 */
export function normaliseClientCommandId(commandId: unknown): string {
  const normalised = typeof commandId === 'string' ? commandId.toLowerCase() : '';
  if (!UUID_PATTERN.test(normalised)) throw new InvalidCommandIdError(commandId);
  return normalised;
}

/**
 * The one way a client's command id enters a derived id (a request's, a survey's, an event's…). The
 * command id is normalised first, so the upper- and lower-case spellings derive the same ids, and the
 * namespaces are the client ones only: `systemIdFor` can never yield the same id.
 */
export function idFromClientCommand(purpose: ClientIdPurpose, commandId: string, index = 0): string {
  const { namespace, name } = CLIENT_ID_PURPOSES[purpose];
  return uuidV5(name(normaliseClientCommandId(commandId), index), namespace);
}

/** Prefix of every command id the platform gives its own commands: not a UUID, so no client can send one. */
export const SYSTEM_COMMAND_ID_PREFIX = 'system:';

/** The command id of a command the platform issues itself, e.g. `system:holder-registry:seed:ministry-of-finance`. */
export function systemCommandId(name: string): string {
  return `${SYSTEM_COMMAND_ID_PREFIX}${name}`;
}

export function isSystemCommandId(commandId: string): boolean {
  return commandId.startsWith(SYSTEM_COMMAND_ID_PREFIX);
}

/** An id the platform derives for itself, in the system namespace no client derivation uses. */
export function systemIdFor(name: string): string {
  return uuidV5(name, SYSTEM_ID_NAMESPACE);
}

/**
 * The id of the `index`-th fact a command appends. A client's command derives it from its normalised
 * command id in the client event namespace (unchanged since the first release); a system command's in
 * the system namespace, so a client that sends a UUID it expects the platform to use collides with nothing.
 */
export function eventIdFor(commandId: string, index: number): string {
  return isSystemCommandId(commandId) ? systemIdFor(`event:${commandId}/${index}`) : idFromClientCommand('event', commandId, index);
}
