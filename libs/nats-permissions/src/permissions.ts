/**
 * Who may publish and subscribe what on NATS: one user per agency (information holder) and one per
 * platform service, each with the least it needs. Pure: the subject root, the stream name and the holder
 * ids are inputs; nothing here reads files or keys.
 *
 * NATS permissions match whole subject tokens only (`*` is one token, `>` the rest); there is no
 * prefix-within-a-token wildcard. A JetStream consumer name is one token of the API subjects, so an
 * agency's consumer names are enumerated (`agency-<holderId>-main`, `agency-<holderId>-replay`), not
 * matched by a pattern. The filter is restricted through the filtered create subject of NATS 2.9+,
 * `$JS.API.CONSUMER.CREATE.<stream>.<name>.<filter>`, whose filter the server checks against the body.
 */

import { PLATFORM_HOLDER_SEGMENT } from '@od/contracts';

/** One token of a subject: the same rule as `libs/contracts/src/subjects.ts`. */
const tokenPattern = /^[A-Za-z0-9_-]+$/;

export function assertToken(value: string, what: string): string {
  if (!tokenPattern.test(value)) throw new Error(`${what} "${value}" is not a valid NATS subject token (letters, digits, _ and -)`);
  return value;
}

export interface BusNames {
  /** First token of every subject: `od` in production, a per-run root in tests. */
  readonly subjectRoot: string;
  /** The JetStream stream that captures `<subjectRoot>.events.>` (`OD_EVENTS`). */
  readonly streamName: string;
}

export interface SubjectPermission {
  readonly allow: readonly string[];
  readonly deny: readonly string[];
}

export interface UserPermissions {
  readonly publish: SubjectPermission;
  readonly subscribe: SubjectPermission;
  /** The user may publish once to the reply subject of each request it received (NATS `allow_responses`). */
  readonly allowResponses: boolean;
}

export type NatsUserKind = 'agency' | 'service';

export interface NatsUser {
  /** `agency-<holderId>` or `service-<service>`: names the seed file and the comment in the config. */
  readonly name: string;
  readonly kind: NatsUserKind;
  /** The client must connect with this `inboxPrefix`: only this user may subscribe under it. */
  readonly inboxPrefix: string;
  /** The durable JetStream consumers this user may create, read, ack and delete. */
  readonly consumers: readonly string[];
  readonly permissions: UserPermissions;
}

/** The services that exist today and what the code in `services/` does on NATS. */
export const RUNNING_SERVICES = ['relay', 'intake', 'access', 'projections', 'gateway'] as const;
/** DESIGN §4 services not written yet: a placeholder profile until each says what it needs. */
export const FUTURE_SERVICES = ['moderation', 'response', 'conferences', 'surveys', 'notifications', 'deadlines', 'reporting'] as const;
export type PlatformService = (typeof RUNNING_SERVICES)[number] | (typeof FUTURE_SERVICES)[number];
export const PLATFORM_SERVICES: readonly PlatformService[] = [...RUNNING_SERVICES, ...FUTURE_SERVICES];

/** The projections' durable consumer (`services/projections/src/consuming/read-models-follower.ts`). */
export const READ_MODELS_CONSUMER = 'read-models';

/** What an agency's consumers are called after `agency-<holderId>-`: one to follow, one to replay. */
export const AGENCY_CONSUMER_SUFFIXES = ['main', 'replay'] as const;

function holderToken(holderId: string): string {
  assertToken(holderId, 'holder id');
  // `_platform` carries the facts that concern no holder: no agency may be given it.
  if (holderId === PLATFORM_HOLDER_SEGMENT) throw new Error(`holder id "${holderId}" is reserved for platform facts`);
  return holderId;
}

export function agencyUserName(holderId: string): string {
  return `agency-${holderToken(holderId)}`;
}

export function serviceUserName(service: string): string {
  return `service-${assertToken(service, 'service')}`;
}

/**
 * Inbox prefixes carry the user name, not the bare id, so a holder that happened to be called `relay`
 * could still not read the relay's replies.
 */
export function agencyInboxPrefix(holderId: string): string {
  return `_INBOX_${agencyUserName(holderId)}`;
}

export function serviceInboxPrefix(service: string): string {
  return `_INBOX_${serviceUserName(service)}`;
}

export function agencyConsumerNames(holderId: string, suffixes: readonly string[] = AGENCY_CONSUMER_SUFFIXES): string[] {
  return suffixes.map((suffix) => `agency-${holderToken(holderId)}-${assertToken(suffix, 'consumer suffix')}`);
}

function checkedBus(bus: BusNames): BusNames {
  return { subjectRoot: assertToken(bus.subjectRoot, 'subject root'), streamName: assertToken(bus.streamName, 'stream name') };
}

/**
 * Publishing needed to use one durable pull consumer whose filter is fixed: create it (only with that
 * filter, named in the subject), read its info, pull from it, ack its messages, delete it. Acks in both
 * reply formats: `$JS.ACK.<stream>.<consumer>.…` (2.9) and `$JS.ACK.<domain>.<account>.<stream>.<consumer>.…`.
 */
function consumerUse(streamName: string, consumer: string, filter: string): string[] {
  return [
    `$JS.API.CONSUMER.CREATE.${streamName}.${consumer}.${filter}`,
    `$JS.API.CONSUMER.INFO.${streamName}.${consumer}`,
    `$JS.API.CONSUMER.MSG.NEXT.${streamName}.${consumer}`,
    `$JS.API.CONSUMER.DELETE.${streamName}.${consumer}`,
    `$JS.ACK.${streamName}.${consumer}.>`,
    `$JS.ACK.*.*.${streamName}.${consumer}.>`,
  ];
}

/** Creating or updating the events stream from `infra/nats/events-stream.json` (`ensureEventsStream`). */
function streamManagement(streamName: string): string[] {
  return ['$JS.API.INFO', `$JS.API.STREAM.INFO.${streamName}`, `$JS.API.STREAM.CREATE.${streamName}`, `$JS.API.STREAM.UPDATE.${streamName}`];
}

/** Nothing may be published: NATS reads an empty allow list as "everything", so deny all instead. */
const NOTHING: SubjectPermission = { allow: [], deny: ['>'] };

/**
 * An agency's system: its own facts, live (core subscription) or durable (its own consumers, filtered to
 * its own facts, replayable from any point in time), and nothing else. It publishes no facts, cannot read
 * the stream directly (`STREAM.MSG.GET`, `DIRECT.GET`, `STREAM.INFO`), cannot list or use other consumers.
 */
export function agencyUser(bus: BusNames, holderId: string, consumerSuffixes: readonly string[] = AGENCY_CONSUMER_SUFFIXES): NatsUser {
  const { subjectRoot, streamName } = checkedBus(bus);
  const ownFacts = `${subjectRoot}.events.${holderToken(holderId)}.>`;
  const consumers = agencyConsumerNames(holderId, consumerSuffixes);
  const inboxPrefix = agencyInboxPrefix(holderId);
  return {
    name: agencyUserName(holderId),
    kind: 'agency',
    inboxPrefix,
    consumers,
    permissions: {
      publish: { allow: consumers.flatMap((consumer) => consumerUse(streamName, consumer, ownFacts)), deny: [`${subjectRoot}.events.>`] },
      subscribe: { allow: [ownFacts, `${inboxPrefix}.>`], deny: [] },
      allowResponses: false,
    },
  };
}

function service(name: PlatformService, consumers: readonly string[], permissions: UserPermissions): NatsUser {
  return { name: serviceUserName(name), kind: 'service', inboxPrefix: serviceInboxPrefix(name), consumers, permissions };
}

/** Serving `<root>.commands.<service>.>` and `<root>.queries.<service>.>` (Nest queue groups) and replying. */
function serving(subjectRoot: string, name: string): string[] {
  return [`${subjectRoot}.commands.${name}.>`, `${subjectRoot}.queries.${name}.>`];
}

/**
 * Each service as the code in `services/` uses NATS today; the services DESIGN §4 names but that do not
 * exist yet get a placeholder (serve their own commands and queries, follow every fact through one durable
 * consumer named after the service) to be narrowed or widened when they are written.
 */
export function serviceUser(bus: BusNames, name: PlatformService): NatsUser {
  const { subjectRoot, streamName } = checkedBus(bus);
  const allEvents = `${subjectRoot}.events.>`;
  const inbox = `${serviceInboxPrefix(name)}.>`;
  const noEvents = [allEvents];
  switch (name) {
    case 'relay':
      // Publishes every fact (with JetStream acks to its inbox), ensures the stream, reads its last message.
      return service(name, [], {
        publish: { allow: [allEvents, ...streamManagement(streamName), `$JS.API.STREAM.MSG.GET.${streamName}`], deny: [] },
        subscribe: { allow: [inbox], deny: [] },
        allowResponses: false,
      });
    case 'intake':
    case 'access':
      // Answer the gateway's commands and queries; append to the event store, never to NATS.
      return service(name, [], {
        publish: NOTHING,
        subscribe: { allow: serving(subjectRoot, name), deny: [] },
        allowResponses: true,
      });
    case 'projections':
      // Ensures the stream, follows it through `read-models`, answers queries.
      return service(name, [READ_MODELS_CONSUMER], {
        publish: { allow: [...streamManagement(streamName), ...consumerUse(streamName, READ_MODELS_CONSUMER, allEvents)], deny: noEvents },
        subscribe: { allow: [...serving(subjectRoot, name), inbox], deny: [] },
        allowResponses: true,
      });
    case 'gateway':
      // Asks services; reads no facts, publishes none.
      return service(name, [], {
        publish: { allow: [`${subjectRoot}.commands.>`, `${subjectRoot}.queries.>`], deny: noEvents },
        subscribe: { allow: [inbox], deny: [] },
        allowResponses: false,
      });
    case 'moderation':
    case 'response':
    case 'conferences':
    case 'surveys':
    case 'notifications':
    case 'deadlines':
    case 'reporting':
      // Like projections: ensure the stream at start-up, follow it through one consumer named after the service.
      return service(name, [name], {
        publish: { allow: ['$JS.API.INFO', ...streamManagement(streamName), ...consumerUse(streamName, name, allEvents)], deny: noEvents },
        subscribe: { allow: [...serving(subjectRoot, name), inbox], deny: [] },
        allowResponses: true,
      });
    default: {
      const unknown: never = name;
      throw new Error(`no permissions defined for service ${String(unknown)}`);
    }
  }
}

export interface NatsUsersInput {
  readonly bus: BusNames;
  /** The holders registry: each id becomes one agency user. */
  readonly holderIds: readonly string[];
  readonly services?: readonly PlatformService[];
  readonly agencyConsumerSuffixes?: readonly string[];
}

/** Every user, in a fixed order (agencies by holder id, then services by name), so the output is stable. */
export function natsUsers(input: NatsUsersInput): NatsUser[] {
  const holderIds = [...new Set(input.holderIds)].sort();
  const services = [...new Set(input.services ?? PLATFORM_SERVICES)].sort();
  return [
    ...holderIds.map((holderId) => agencyUser(input.bus, holderId, input.agencyConsumerSuffixes)),
    ...services.map((name) => serviceUser(input.bus, name)),
  ];
}
