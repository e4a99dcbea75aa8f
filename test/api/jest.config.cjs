module.exports = require('../../jest.preset.js')({
  displayName: 'api-e2e',
  rootDir: __dirname,
  esm: true,
  testTimeout: 120000,
});
