// The browser specs' Jest environment: Node's, plus one flag a spec's afterEach can read to tell whether
// the test that just ran failed (Jest gives hooks no such thing), so that a failure leaves a screenshot,
// the page's errors and the app's log behind instead of only "Timeout exceeded".
const { TestEnvironment } = require('jest-environment-node');

class BrowserTestEnvironment extends TestEnvironment {
  async handleTestEvent(event) {
    if (event.name === 'test_start') this.global.__browserTestFailed = false;
    if (event.name === 'test_fn_failure' || event.name === 'hook_failure')
      this.global.__browserTestFailed = true;
  }
}

module.exports = BrowserTestEnvironment;
