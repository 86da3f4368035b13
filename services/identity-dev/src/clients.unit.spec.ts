import { allowsRedirect, clientsFromSetting, DEFAULT_CLIENTS } from './clients';

describe('Which redirect URIs a client may have its codes sent to', () => {
  const portal = DEFAULT_CLIENTS[0];

  it('by default the portal on any loopback port, at /auth/callback', () => {
    expect(allowsRedirect(portal, 'http://127.0.0.1:3200/auth/callback')).toBe(true);
    expect(allowsRedirect(portal, 'http://localhost:51234/auth/callback')).toBe(true);
    expect(allowsRedirect(portal, 'http://[::1]:3200/auth/callback')).toBe(true);
  });

  it('never another host, scheme, path, a query, a fragment, credentials or a spelling that normalises to the path', () => {
    for (const uri of [
      'http://evil.example/auth/callback',
      'http://127.0.0.1.evil.example:3200/auth/callback',
      'https://127.0.0.1:3200/auth/callback',
      'http://127.0.0.1:3200/auth/callback/more',
      'http://127.0.0.1:3200/auth/callback?next=http://evil.example',
      'http://127.0.0.1:3200/auth/callback#x',
      'http://user@127.0.0.1:3200/auth/callback',
      'http://127.0.0.1:3200/auth/x/../callback',
      'not a uri',
    ])
      expect([uri, allowsRedirect(portal, uri)]).toEqual([uri, false]);
  });

  it('a configured client gets exactly its registered URIs', () => {
    const [client] = clientsFromSetting('[{"clientId":"od-portal","redirectUris":["https://portal.dev.example/auth/callback"]}]');
    expect(allowsRedirect(client, 'https://portal.dev.example/auth/callback')).toBe(true);
    expect(allowsRedirect(client, 'http://127.0.0.1:3200/auth/callback')).toBe(false);
  });

  it('IDENTITY_DEV_CLIENTS that is not usable stops the start naming the variable and what is wrong', () => {
    expect(() => clientsFromSetting('od-portal')).toThrow('IDENTITY_DEV_CLIENTS must be JSON');
    expect(() => clientsFromSetting('[{"clientId":"a"}]')).toThrow('IDENTITY_DEV_CLIENTS [0] needs redirectUris or loopbackRedirectPath');
    expect(() => clientsFromSetting('[{"clientId":"a","redirectUris":["https://a.example/cb#frag"]}]')).toThrow('[0].redirectUris must be absolute URIs');
    expect(() => clientsFromSetting('[{"clientId":"a","loopbackRedirectPath":"/cb","clientSecret":"short"}]')).toThrow('[0].clientSecret must be');
    expect(clientsFromSetting(undefined)).toBe(DEFAULT_CLIENTS);
  });
});
