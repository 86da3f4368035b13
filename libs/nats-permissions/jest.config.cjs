module.exports = { ...require('../../jest.preset.cjs'), displayName: 'nats-permissions', rootDir: __dirname };
