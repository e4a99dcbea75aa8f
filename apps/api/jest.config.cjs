module.exports = require('../../jest.preset.js')({ displayName: 'api-unit', rootDir: __dirname, esm: true });
