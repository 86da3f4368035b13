// Shared Jest settings: TypeScript and the ESM-only NestJS/NATS packages are compiled to CommonJS by swc.
const { pathsToModuleNameMapper } = require('./scripts/paths-to-module-name-mapper.cjs');

const esmPackages = [
  '@nestjs',
  '@nats-io',
  'uid',
  'file-type',
  'strtok3',
  'token-types',
  'peek-readable',
  '@borewit',
  '@tokenizer',
  'jose',
  'pkijs',
  'asn1js',
  'bytestreamjs',
  '@noble',
  '@peculiar/utils',
  'canonicalize',
  // The portal's i18n (ICU MessageFormat, formatjs) and session packages.
  '@formatjs',
  'intl-messageformat',
  'iron-session',
  'iron-webcrypto',
  'uncrypto',
  'cookie',
  'openid-client',
  'oauth4webapi',
];

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j|mj)s$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleNameMapper: {
    ...pathsToModuleNameMapper(),
    // ESM-only with no `require` entry, which Jest's CommonJS resolver needs.
    '^canonicalize$': require.resolve('./node_modules/canonicalize/lib/canonicalize.js'),
  },
  setupFiles: ['reflect-metadata'],
};
