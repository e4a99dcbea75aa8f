// ES modules like the API's tests, since the specs load API modules (the reference data reader).
module.exports = require('../../jest.preset.js')({
  displayName: 'bench-unit',
  rootDir: __dirname,
  esm: true,
});
