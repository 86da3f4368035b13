import { DEFAULT_HTTP_HOST, httpHost, httpHostVariable } from './http-host';

describe('Where a service listens', () => {
  it('is the loopback address unless configured', () => {
    expect(DEFAULT_HTTP_HOST).toBe('127.0.0.1');
    expect(httpHost('gateway', {})).toBe('127.0.0.1');
    expect(httpHost('identity-dev', { HTTP_HOST: '' })).toBe('127.0.0.1');
  });

  it('HTTP_HOST sets every service; <SERVICE>_HTTP_HOST one service, ahead of HTTP_HOST', () => {
    expect(httpHostVariable('identity-dev')).toBe('IDENTITY_DEV_HTTP_HOST');
    expect(httpHost('intake', { HTTP_HOST: '10.0.0.5' })).toBe('10.0.0.5');
    expect(httpHost('gateway', { HTTP_HOST: '127.0.0.1', GATEWAY_HTTP_HOST: '0.0.0.0' })).toBe('0.0.0.0');
    expect(httpHost('intake', { GATEWAY_HTTP_HOST: '0.0.0.0' })).toBe('127.0.0.1');
    expect(httpHost('gateway', { GATEWAY_HTTP_HOST: '::' })).toBe('::');
    expect(httpHost('gateway', { GATEWAY_HTTP_HOST: 'localhost' })).toBe('localhost');
  });

  it('a malformed address stops the start naming the variable', () => {
    expect(() => httpHost('gateway', { GATEWAY_HTTP_HOST: 'http://0.0.0.0' })).toThrow(/GATEWAY_HTTP_HOST must be an IP address or a host name/);
    expect(() => httpHost('gateway', { HTTP_HOST: '0.0.0.0 ; rm' })).toThrow(/HTTP_HOST must be an IP address/);
  });
});
