// Browser tests: Playwright (playwright-core) drives Chromium against the real app, started by
// app-server.ts from dist/ (build api and admin first). Specs are *.spec.ts in this folder.
module.exports = require('../../jest.preset.js')({
  displayName: 'browser',
  rootDir: __dirname,
  testTimeout: 120000,
});
