module.exports = { ...require('../../jest.preset.cjs'), displayName: 'reporting-service', rootDir: __dirname };
