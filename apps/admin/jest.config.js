// Unit tests for the admin's non-UI code (formatting, i18n, GraphQL client, data provider) in Node.
// `react-admin` re-exports ra-core; its UI half (ra-ui-materialui) pulls ESM-only packages that Jest's
// CommonJS runtime cannot require, and these tests only need ra-core's parts (HttpError, types).
const base = require('../../jest.preset.js')({
  displayName: 'admin',
  rootDir: __dirname,
  testEnvironment: 'node',
});

module.exports = {
  ...base,
  moduleNameMapper: { ...base.moduleNameMapper, '^react-admin$': 'ra-core' },
};
