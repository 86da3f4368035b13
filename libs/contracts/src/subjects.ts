/**
 * The one subject scheme on NATS: `<root>.events.<holderId>.<category>.<type>`.
 *
 * The holder comes right after `events` so that a permission `<root>.events.<ownHolder>.>` confines an
 * agency's system to its own facts. Facts that concern no holder go under the reserved `_platform` segment.
 * `root` is `od` in production; tests use their own root so runs never see each other's messages.
 */

export const PLATFORM_HOLDER_SEGMENT = '_platform';

const tokenPattern = /^[A-Za-z0-9_-]+$/;

function token(value: string, what: string): string {
  if (!tokenPattern.test(value)) throw new Error(`${what} "${value}" is not a valid NATS subject token`);
  return value;
}

export function eventSubject(root: string, holderId: string | undefined, category: string, type: string): string {
  const holder = holderId === undefined ? PLATFORM_HOLDER_SEGMENT : token(holderId, 'holder id');
  return `${root}.events.${holder}.${token(category, 'category')}.${token(type, 'event type')}`;
}

/** Everything on the events subjects: what the JetStream stream captures. */
export function allEventsSubject(root: string): string {
  return `${root}.events.>`;
}

export function holderEventsSubject(root: string, holderId: string): string {
  return `${root}.events.${token(holderId, 'holder id')}.>`;
}

/** Request/reply subjects between the gateway and the services. Commands go to one service each. */
export function commandSubject(root: string, service: string, command: string): string {
  return `${root}.commands.${token(service, 'service')}.${token(command, 'command')}`;
}

export function querySubject(root: string, service: string, query: string): string {
  return `${root}.queries.${token(service, 'service')}.${token(query, 'query')}`;
}

/** The category of a stream id `<category>-<id>`: the part before the first dash. */
export function streamCategory(streamId: string): string {
  const dash = streamId.indexOf('-');
  return dash === -1 ? streamId : streamId.slice(0, dash);
}
