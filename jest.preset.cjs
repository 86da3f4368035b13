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
  // The annual report's charts (libs/reporting): Vega-Lite and Vega with their d3 modules, all ESM-only.
  'vega',
  'vega-[a-z-]+',
  'd3-[a-z-]+',
  'internmap',
  'delaunator',
  'robust-predicates',
  'json-stringify-pretty-compact',
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
    // Its Node build probes for the optional `canvas` package with a top-level await, which Jest's CommonJS cannot
    // run. Without `canvas` (never installed here) both builds answer "no canvas", so the charts are the same.
    '^vega-canvas$': require.resolve('./node_modules/vega-canvas/build/vega-canvas.browser.js'),
  },
  setupFiles: ['reflect-metadata'],
};
