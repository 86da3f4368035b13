module.exports = { ...require('../../jest.preset.cjs'), displayName: 'history', rootDir: __dirname };
