module.exports = { ...require('../../jest.preset.cjs'), displayName: 'conferences', rootDir: __dirname };
