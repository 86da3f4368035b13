import { consumerApi, EVENTS_ACCOUNT, EVENTS_API_PREFIX, readOnlyStreamApi, type BusNames, type NatsUser } from './permissions';

/**
 * The NATS accounts the users sign in to, and what crosses between them. Accounts are separate subject
 * spaces: a message in one reaches another only through an export and a matching import.
 *
 *   EVENTS    the relay and the events stream (JetStream enabled here only). Nobody else signs in here,
 *             so nobody else can make the server store anything in the stream — a JetStream API request
 *             whose reply subject is `<root>.events.…`, sent from another account, comes back to that
 *             account's own `<root>.events.…`, where no stream listens.
 *   PLATFORM  every other service: request/reply between the gateway and the deciding services; the
 *             followers import their own consumer's API (create with its filter, info, delete, next, ack).
 *   AGENCY_*  one per agency: its own consumers' API, and a live copy of its own facts only.
 *   TOOLS     the read-only developer tool: stream info, message get, consumer state, every fact live.
 */

export interface ServiceExport {
  readonly subject: string;
  /** The accounts allowed to import it. */
  readonly accounts: readonly string[];
  /** `stream` where one request has many replies (a pull batch). */
  readonly responseType?: 'stream';
}

export interface StreamExport {
  readonly subject: string;
  readonly accounts: readonly string[];
}

export interface ServiceImport {
  readonly account: string;
  readonly subject: string;
  /** The subject it is published on in the importing account (the API prefix), if not the same. */
  readonly to?: string;
}

export interface StreamImport {
  readonly account: string;
  readonly subject: string;
}

export interface NatsAccount {
  readonly name: string;
  readonly jetstream: boolean;
  readonly users: readonly NatsUser[];
  readonly serviceExports: readonly ServiceExport[];
  readonly streamExports: readonly StreamExport[];
  readonly serviceImports: readonly ServiceImport[];
  readonly streamImports: readonly StreamImport[];
}

interface MutableAccount {
  name: string;
  users: NatsUser[];
  serviceExports: ServiceExport[];
  streamExports: StreamExport[];
  serviceImports: ServiceImport[];
  streamImports: StreamImport[];
}

function prefixed(subject: string): string {
  return `${EVENTS_API_PREFIX}${subject.slice('$JS.API'.length)}`;
}

/** The accounts for these users, in a fixed order (EVENTS, then by name), users in the order given. */
export function natsAccounts(bus: BusNames, users: readonly NatsUser[]): NatsAccount[] {
  const accounts = new Map<string, MutableAccount>();
  const account = (name: string): MutableAccount => {
    let found = accounts.get(name);
    if (!found) {
      found = { name, users: [], serviceExports: [], streamExports: [], serviceImports: [], streamImports: [] };
      accounts.set(name, found);
    }
    return found;
  };
  const events = account(EVENTS_ACCOUNT);
  const seenNames = new Map<string, string>();

  for (const user of users) {
    const home = account(user.account);
    const clash = seenNames.get(user.account);
    if (user.kind === 'agency' && clash !== undefined && clash !== user.name) {
      throw new Error(`agencies ${clash} and ${user.name} would share the account ${user.account}: holder ids must differ in more than - and _`);
    }
    seenNames.set(user.account, user.name);
    home.users.push(user);
    if (user.account === EVENTS_ACCOUNT) continue;

    // Each consumer's API, exported to this account alone and imported under the prefix.
    for (const consumer of user.consumers) {
      if (user.consumerFilter === undefined) throw new Error(`${user.name} has consumers but no consumer filter`);
      const api = consumerApi(bus.streamName, consumer, user.consumerFilter);
      const only = [user.account];
      for (const subject of api.requests) {
        events.serviceExports.push({ subject, accounts: only });
        home.serviceImports.push({ account: EVENTS_ACCOUNT, subject, to: prefixed(subject) });
      }
      events.serviceExports.push({ subject: api.nextMessages, accounts: only, responseType: 'stream' });
      home.serviceImports.push({ account: EVENTS_ACCOUNT, subject: api.nextMessages, to: prefixed(api.nextMessages) });
      for (const subject of api.acks) {
        events.serviceExports.push({ subject, accounts: only });
        home.serviceImports.push({ account: EVENTS_ACCOUNT, subject });
      }
    }
    // Live facts: an agency its own, a tool all of them.
    const live = user.kind === 'agency' ? user.consumerFilter : user.kind === 'tool' ? `${bus.subjectRoot}.events.>` : undefined;
    if (live !== undefined && !home.streamImports.some((existing) => existing.subject === live)) {
      events.streamExports.push({ subject: live, accounts: [user.account] });
      home.streamImports.push({ account: EVENTS_ACCOUNT, subject: live });
    }
    if (user.kind === 'tool') {
      for (const subject of readOnlyStreamApi(bus.streamName, '$JS.API')) {
        events.serviceExports.push({ subject, accounts: [user.account] });
        home.serviceImports.push({ account: EVENTS_ACCOUNT, subject, to: prefixed(subject) });
      }
    }
  }

  const ordered = [events, ...[...accounts.values()].filter((each) => each !== events).sort((a, b) => a.name.localeCompare(b.name))];
  return ordered.map((each) => ({ ...each, jetstream: each.name === EVENTS_ACCOUNT }));
}
