import { httpPortSetting, httpPortVariable } from './http-port';

describe('A service’s HTTP port from the environment', () => {
  it('is read from <SERVICE>_HTTP_PORT, else the service’s default', () => {
    expect(httpPortVariable('identity-dev')).toBe('IDENTITY_DEV_HTTP_PORT');
    expect(httpPortSetting('gateway', 3000, {})).toBe(3000);
    expect(httpPortSetting('gateway', 3000, { GATEWAY_HTTP_PORT: '' })).toBe(3000);
    expect(httpPortSetting('gateway', 3000, { GATEWAY_HTTP_PORT: '8080' })).toBe(8080);
    expect(httpPortSetting('identity-dev', 3190, { IDENTITY_DEV_HTTP_PORT: '65535' })).toBe(65535);
  });

  it.each(['abc', '3000x', '0', '-1', '65536', '80.5'])('refuses %j, naming the variable and the rule', (raw) => {
    expect(() => httpPortSetting('access', 3105, { ACCESS_HTTP_PORT: raw })).toThrow(
      `Invalid configuration:\n- ACCESS_HTTP_PORT must be a whole number from 1 to 65535, got "${raw}"`,
    );
  });
});
