module.exports = { ...require('../../jest.preset.cjs'), displayName: 'surveys', rootDir: __dirname };
