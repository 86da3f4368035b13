import {
  CLIENT_ID_NAMESPACES,
  eventIdFor,
  ID_NAMESPACES,
  idFromClientCommand,
  InvalidCommandIdError,
  normaliseClientCommandId,
  SYSTEM_ID_NAMESPACE,
  systemCommandId,
  uuidV5,
} from './deterministic-id';

describe('Name-based ids', () => {
  it('match the RFC 9562 version 5 test vector (DNS namespace, "www.example.com")', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('differ for different names in one namespace', () => {
    const namespace = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
    expect(uuidV5('a', namespace)).not.toBe(uuidV5('b', namespace));
  });
});

describe('Client command ids', () => {
  const commandId = '3f2b8c1e-9a4d-4e7f-8b21-6c0d5e9f1a73';

  it('are compared in lower case: an upper-case UUID is the same id and derives the same ids', () => {
    expect(normaliseClientCommandId(commandId.toUpperCase())).toBe(commandId);
    expect(idFromClientCommand('request', commandId.toUpperCase())).toBe(idFromClientCommand('request', commandId));
    expect(eventIdFor(commandId.toUpperCase(), 0)).toBe(eventIdFor(commandId, 0));
  });

  it('must be UUIDs, so a system command id can never come in as a client one', () => {
    expect(() => normaliseClientCommandId(systemCommandId('holder-registry:seed:ministry-of-finance'))).toThrow(InvalidCommandIdError);
    expect(() => idFromClientCommand('request', 'not-a-uuid')).toThrow(InvalidCommandIdError);
    expect(() => normaliseClientCommandId(42)).toThrow(InvalidCommandIdError);
  });

  it('derive the same ids as before the system namespace existed, so stored requests and events keep their meaning', () => {
    expect(idFromClientCommand('request', commandId)).toBe(uuidV5(commandId, ID_NAMESPACES.request));
    expect(idFromClientCommand('event', commandId, 2)).toBe(uuidV5(`${commandId}/2`, ID_NAMESPACES.event));
    expect(idFromClientCommand('draft', commandId)).toBe(uuidV5(`draft:${commandId}`, ID_NAMESPACES.event));
    expect(idFromClientCommand('survey', commandId)).toBe(uuidV5(commandId, '5b0d3c0e-6a4f-4f0e-9d2b-1c7a1f3e9a31'));
  });

  it('are never derived in the system namespace', () => {
    expect(CLIENT_ID_NAMESPACES).not.toContain(SYSTEM_ID_NAMESPACE);
  });
});

describe('System command ids', () => {
  // The holder seeding derived its command id from the public holder id in the client event namespace; a
  // citizen could send it as a command id and take the seeding's event ids. Now the seeding's ids are not
  // reachable from any client command id, that one included.
  const oldSeedCommandId = uuidV5('seed-holder:ministry-of-finance', ID_NAMESPACES.event);
  const seedCommandId = systemCommandId('holder-registry:seed:ministry-of-finance');

  it('derive event ids a client command cannot: not even the old, public seed command id reaches them', () => {
    expect(eventIdFor(seedCommandId, 0)).not.toBe(eventIdFor(oldSeedCommandId, 0));
    expect(eventIdFor(seedCommandId, 0)).toBe(uuidV5(`event:${seedCommandId}/0`, SYSTEM_ID_NAMESPACE));
  });
});
