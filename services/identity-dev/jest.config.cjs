const preset = require('../../jest.preset.cjs');

// openid-client (used by the tests as the portal uses it) and its oauth4webapi are ESM-only: swc compiles them too.
const esmOnly = ['openid-client', 'oauth4webapi'];

module.exports = {
  ...preset,
  displayName: 'identity-dev',
  rootDir: __dirname,
  transformIgnorePatterns: preset.transformIgnorePatterns.map((pattern) => pattern.replace('(?!(', `(?!(${esmOnly.join('|')}|`)),
};
