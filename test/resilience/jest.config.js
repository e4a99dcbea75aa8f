// Resilience tests (`npm run test:resilience`): the built API as a child process on the PostgreSQL
// server in DATABASE_URL, killed with SIGKILL, cut off from its database and sent hostile requests.
module.exports = require('../../jest.preset.js')({
  displayName: 'resilience',
  rootDir: __dirname,
  testTimeout: 180000,
});
