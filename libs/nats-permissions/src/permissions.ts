/**
 * Who may publish and subscribe what on NATS: one user per agency (information holder) and one per
 * platform service, each with the least it needs, each in an account (`accounts.ts`): the events stream
 * lives in the EVENTS account with the relay alone, so nobody else has any path — not a publish, not the
 * reply subject of a JetStream API request — into `<root>.events.>` of the stream's account. Services
 * (PLATFORM) and each agency (its own account) reach their consumers through imports of the stream's
 * JetStream API under `EVENTS_API_PREFIX`. Pure: the subject root, the stream name and the holder ids are
 * inputs; nothing here reads files or keys.
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

export type NatsUserKind = 'agency' | 'service' | 'tool';

export interface NatsUser {
  /** `agency-<holderId>`, `service-<service>` or `tool-<name>`: names the seed file and the comment in the config. */
  readonly name: string;
  readonly kind: NatsUserKind;
  /** The account the user signs in to (`accounts.ts`): the relay's EVENTS, the services' PLATFORM, an agency's own. */
  readonly account: string;
  /** The client must connect with this `inboxPrefix`: only this user may subscribe under it. */
  readonly inboxPrefix: string;
  /** The durable JetStream consumers this user may create, read, ack and delete. */
  readonly consumers: readonly string[];
  /** The one filter those consumers must have (the server checks it against the create subject). */
  readonly consumerFilter?: string;
  readonly permissions: UserPermissions;
}

/** The account that holds the events stream; only the relay signs in to it. */
export const EVENTS_ACCOUNT = 'EVENTS';
/** Every platform service but the relay: they ask each other (request/reply) and follow the stream. */
export const PLATFORM_ACCOUNT = 'PLATFORM';
/** Developers' tools: read-only views of the stream (`infra/nats/README.md`). */
export const TOOLS_ACCOUNT = 'TOOLS';
/**
 * Outside the EVENTS account, the stream's JetStream API is imported under this prefix
 * (`jetstream(nc, { apiPrefix })`): an account without JetStream would otherwise answer `$JS.API.…` itself.
 */
export const EVENTS_API_PREFIX = 'JS.EVENTS.API';
/** The read-only developer tool user (`tool-developer`). */
export const DEVELOPER_TOOL = 'developer';

/** One account per agency, named from its holder id (NATS account names: upper case, digits, `_`). */
export function agencyAccountName(holderId: string): string {
  return `AGENCY_${holderToken(holderId).toUpperCase().replace(/-/g, '_')}`;
}

/** The services that exist today and what the code in `services/` does on NATS. */
export const RUNNING_SERVICES = [
  'relay',
  'intake',
  'access',
  'moderation',
  'response',
  'conferences',
  'surveys',
  'projections',
  'notifications',
  'deadlines',
  'reporting',
  'gateway',
] as const;
/** Services DESIGN §4 names that are not written yet: a placeholder profile until each says what it needs. */
export const FUTURE_SERVICES = [] as const;
export type PlatformService = (typeof RUNNING_SERVICES)[number] | (typeof FUTURE_SERVICES)[number];
export const PLATFORM_SERVICES: readonly PlatformService[] = [...RUNNING_SERVICES, ...FUTURE_SERVICES];

/** The projections' durable consumer (`services/projections/src/consuming/read-models-follower.ts`). */
export const READ_MODELS_CONSUMER = 'read-models';

/** The durable consumer each following service reads the stream through. */
export function followerConsumer(service: PlatformService): string | undefined {
  switch (service) {
    case 'projections':
      return READ_MODELS_CONSUMER;
    case 'deadlines':
    case 'notifications':
    case 'reporting':
      return service;
    default:
      return undefined;
  }
}

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
export function consumerApi(
  streamName: string,
  consumer: string,
  filter: string,
  apiPrefix = '$JS.API',
): { readonly requests: string[]; readonly nextMessages: string; readonly acks: string[] } {
  return {
    requests: [
      `${apiPrefix}.CONSUMER.CREATE.${streamName}.${consumer}.${filter}`,
      `${apiPrefix}.CONSUMER.INFO.${streamName}.${consumer}`,
      `${apiPrefix}.CONSUMER.DELETE.${streamName}.${consumer}`,
    ],
    // Its replies are a stream of messages (a batch), not one answer: exported with `response_type: stream`.
    nextMessages: `${apiPrefix}.CONSUMER.MSG.NEXT.${streamName}.${consumer}`,
    acks: [`$JS.ACK.${streamName}.${consumer}.>`, `$JS.ACK.*.*.${streamName}.${consumer}.>`],
  };
}

function consumerUse(streamName: string, consumer: string, filter: string, apiPrefix = EVENTS_API_PREFIX): string[] {
  const api = consumerApi(streamName, consumer, filter, apiPrefix);
  return [...api.requests, api.nextMessages, ...api.acks];
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
    account: agencyAccountName(holderId),
    inboxPrefix,
    consumers,
    consumerFilter: ownFacts,
    permissions: {
      publish: { allow: consumers.flatMap((consumer) => consumerUse(streamName, consumer, ownFacts)), deny: [`${subjectRoot}.events.>`] },
      subscribe: { allow: [ownFacts, `${inboxPrefix}.>`], deny: [] },
      allowResponses: false,
    },
  };
}

function service(name: PlatformService, consumers: readonly string[], permissions: UserPermissions, consumerFilter?: string): NatsUser {
  return {
    name: serviceUserName(name),
    kind: 'service',
    account: name === 'relay' ? EVENTS_ACCOUNT : PLATFORM_ACCOUNT,
    inboxPrefix: serviceInboxPrefix(name),
    consumers,
    ...(consumerFilter === undefined ? {} : { consumerFilter }),
    permissions,
  };
}

/** Serving `<root>.commands.<service>.>` and `<root>.queries.<service>.>` (Nest queue groups) and replying. */
function serving(subjectRoot: string, name: string): string[] {
  return [`${subjectRoot}.commands.${name}.>`, `${subjectRoot}.queries.${name}.>`];
}

/**
 * Each service as the code in `services/` uses NATS today. Only the relay is in the stream's account; the
 * followers reach their own consumer through the imported API, and no service ensures the stream but the
 * relay.
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
    case 'moderation':
    case 'response':
    case 'conferences':
    case 'surveys':
      // Answer the gateway's commands and queries; append to the event store, never to NATS.
      return service(name, [], {
        publish: NOTHING,
        subscribe: { allow: serving(subjectRoot, name), deny: [] },
        allowResponses: true,
      });
    case 'projections':
    case 'deadlines':
    case 'notifications':
    case 'reporting': {
      // Follow every fact through one durable consumer; projections also answer queries.
      const consumer = followerConsumer(name) as string;
      return service(
        name,
        [consumer],
        {
          publish: { allow: consumerUse(streamName, consumer, allEvents), deny: noEvents },
          subscribe: { allow: [...serving(subjectRoot, name), inbox], deny: [] },
          allowResponses: true,
        },
        allEvents,
      );
    }
    case 'gateway':
      // Asks services; reads no facts, publishes none.
      return service(name, [], {
        publish: { allow: [`${subjectRoot}.commands.>`, `${subjectRoot}.queries.>`], deny: noEvents },
        subscribe: { allow: [inbox], deny: [] },
        allowResponses: false,
      });
    default: {
      const unknown: never = name;
      throw new Error(`no permissions defined for service ${String(unknown)}`);
    }
  }
}

/** The stream's read-only JetStream API a developer's tool may use (in the TOOLS account, prefixed). */
export function readOnlyStreamApi(streamName: string, apiPrefix = EVENTS_API_PREFIX): string[] {
  return [
    `${apiPrefix}.STREAM.INFO.${streamName}`,
    `${apiPrefix}.STREAM.MSG.GET.${streamName}`,
    `${apiPrefix}.CONSUMER.LIST.${streamName}`,
    `${apiPrefix}.CONSUMER.NAMES.${streamName}`,
    `${apiPrefix}.CONSUMER.INFO.${streamName}.*`,
  ];
}

/**
 * A developer's tool (`nats` CLI, a script): watches every fact live and reads the stream and its
 * consumers' state, from the TOOLS account; it can change nothing (infra/nats/README.md says how to connect).
 */
export function developerToolUser(bus: BusNames): NatsUser {
  const { subjectRoot, streamName } = checkedBus(bus);
  const inboxPrefix = `_INBOX_tool-${DEVELOPER_TOOL}`;
  return {
    name: `tool-${DEVELOPER_TOOL}`,
    kind: 'tool',
    account: TOOLS_ACCOUNT,
    inboxPrefix,
    consumers: [],
    permissions: {
      publish: { allow: readOnlyStreamApi(streamName), deny: [`${subjectRoot}.>`] },
      subscribe: { allow: [`${subjectRoot}.events.>`, `${inboxPrefix}.>`], deny: [] },
      allowResponses: false,
    },
  };
}

export interface NatsUsersInput {
  readonly bus: BusNames;
  /** The holders registry: each id becomes one agency user. */
  readonly holderIds: readonly string[];
  readonly services?: readonly PlatformService[];
  readonly agencyConsumerSuffixes?: readonly string[];
  /** Add the read-only developer tool user (default true). */
  readonly developerTool?: boolean;
}

/** Every user, in a fixed order (agencies by holder id, then services by name), so the output is stable. */
export function natsUsers(input: NatsUsersInput): NatsUser[] {
  const holderIds = [...new Set(input.holderIds)].sort();
  const services = [...new Set(input.services ?? PLATFORM_SERVICES)].sort();
  return [
    ...holderIds.map((holderId) => agencyUser(input.bus, holderId, input.agencyConsumerSuffixes)),
    ...services.map((name) => serviceUser(input.bus, name)),
    ...(input.developerTool === false ? [] : [developerToolUser(input.bus)]),
  ];
}
