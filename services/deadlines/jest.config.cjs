module.exports = { ...require('../../jest.preset.cjs'), displayName: 'deadlines', rootDir: __dirname };
