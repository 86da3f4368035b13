module.exports = { ...require('../../jest.preset.cjs'), displayName: 'response', rootDir: __dirname };
