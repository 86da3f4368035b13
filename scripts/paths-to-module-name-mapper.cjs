// Maps the `paths` of tsconfig.base.json to Jest's moduleNameMapper, so both read one list of libs.
const path = require('node:path');
const { paths } = require('../tsconfig.base.json').compilerOptions;

function pathsToModuleNameMapper() {
  const root = path.resolve(__dirname, '..');
  return Object.fromEntries(Object.entries(paths).map(([alias, [target]]) => [`^${alias.replace(/[/.]/g, '\\$&')}$`, path.join(root, target)]));
}

module.exports = { pathsToModuleNameMapper };
