// Shared Jest settings: SWC transforms TypeScript (with decorator metadata for Nest and TypeORM),
// and the @gevinst/* aliases point at library sources so tests never need a prior build.
// The API is an ES module package (NestJS 12 ships ESM only), so its tests run with `esm: true`
// under `node --experimental-vm-modules`; the libraries are CommonJS and run without it.
const path = require('node:path');

function swcTransform(esm) {
  return [
    '@swc/jest',
    {
      jsc: {
        target: 'es2022',
        parser: { syntax: 'typescript', decorators: true, tsx: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
        keepClassNames: true,
      },
      module: { type: esm ? 'es6' : 'commonjs' },
      sourceMaps: 'inline',
    },
  ];
}

module.exports = ({ esm = false, ...overrides }) => ({
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': swcTransform(esm) },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  testMatch: ['<rootDir>/**/*.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  ...(esm ? { extensionsToTreatAsEsm: ['.ts'] } : {}),
  moduleNameMapper: {
    '^@gevinst/domain$': path.join(__dirname, 'libs/domain/src/index.ts'),
    '^@gevinst/cost-model$': path.join(__dirname, 'libs/cost-model/src/index.ts'),
    ...(esm ? { '^(\\.{1,2}/.*)\\.js$': '$1' } : {}),
  },
  ...overrides,
});
