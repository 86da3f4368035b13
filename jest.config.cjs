// One Jest run over every project. Tiers by file suffix: *.unit.spec.ts, *.int.spec.ts, *.e2e.spec.ts.
module.exports = {
  projects: ['<rootDir>/libs/*/jest.config.cjs', '<rootDir>/services/*/jest.config.cjs'],
};
