const path = require('node:path');
const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'signatures',
  rootDir: __dirname,
  moduleNameMapper: {
    ...preset.moduleNameMapper,
    // canonicalize 4 exports only an `import` condition, which Jest's CommonJS resolver does not use.
    '^canonicalize$': path.join(__dirname, '../../node_modules/canonicalize/lib/canonicalize.js'),
  },
};
