// The embedded database can take several seconds to start on a busy machine, hence the timeout.
module.exports = require('../../jest.preset.js')({
  displayName: 'api-unit',
  rootDir: __dirname,
  esm: true,
  testTimeout: 60000,
});
