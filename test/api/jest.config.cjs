// The API end-to-end suites boot the whole application per suite under --experimental-vm-modules, and a
// process keeps every module graph it has loaded: run in band, one process grew to its heap limit
// (3.7 GB after 30 suites) and then spent its time collecting garbage (suites 15× slower on CI, where the
// run also hung after a timed-out test left a server open). So the suites run in worker processes that
// Jest replaces once they pass `workerIdleMemoryLimit` after a suite, and a handle a failed suite leaves
// open dies with its worker instead of keeping the run alive. Each suite has its own database and ports,
// so two workers (this machine's two cores) run side by side.
module.exports = require('../../jest.preset.js')({
  displayName: 'api-e2e',
  rootDir: __dirname,
  esm: true,
  testTimeout: 120000,
  maxWorkers: 2,
  workerIdleMemoryLimit: '1GB',
});
