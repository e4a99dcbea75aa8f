// Shared Jest settings: SWC transforms TypeScript (with decorator metadata for Nest and TypeORM),
// and the @gevinst/* aliases point at library sources so tests never need a prior build.
const path = require('node:path');

const swcTransform = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

module.exports = (overrides) => ({
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': swcTransform },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  testMatch: ['<rootDir>/**/*.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  moduleNameMapper: {
    '^@gevinst/domain$': path.join(__dirname, 'libs/domain/src/index.ts'),
    '^@gevinst/cost-model$': path.join(__dirname, 'libs/cost-model/src/index.ts'),
  },
  ...overrides,
});
