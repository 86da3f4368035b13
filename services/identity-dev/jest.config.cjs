module.exports = { ...require('../../jest.preset.cjs'), displayName: 'identity-dev', rootDir: __dirname };
