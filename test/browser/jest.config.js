// Browser tests: Playwright (playwright-core) drives Chromium against the real app, started by
// app-server.ts from dist/ (build api and admin first). Specs are *.spec.ts in this folder.
module.exports = require('../../jest.preset.js')({
  displayName: 'browser',
  rootDir: __dirname,
  testEnvironment: require.resolve('./environment.cjs'),
  // A test is a sequence of waits, each for what the user sees and each bounded by WAIT_MS (helpers.ts);
  // the test's own limit only has to outlast them on a busy machine.
  testTimeout: 600000,
});
