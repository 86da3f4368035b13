module.exports = { ...require('../../jest.preset.cjs'), displayName: 'moderation', rootDir: __dirname };
