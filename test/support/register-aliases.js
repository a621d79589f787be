// Jest's moduleNameMapper does not apply to globalSetup/globalTeardown, which run in the parent
// process; this maps the @duban/* aliases for Node's own resolver there.
const Module = require('module');
const path = require('path');
const root = path.join(__dirname, '..', '..');
const aliases = {
  '@duban/contracts': 'libs/contracts/src/index.ts',
  '@duban/rules': 'libs/rules/src/index.ts',
  '@duban/platform': 'libs/server/platform/src/index.ts',
  '@duban/domain': 'libs/server/domain/src/index.ts',
  '@duban/testing': 'test/support/index.ts',
};
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolve.call(this, aliases[request] ? path.join(root, aliases[request]) : request, ...rest);
};
module.exports = aliases;
