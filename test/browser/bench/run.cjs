#!/usr/bin/env node
// Runs a benchmark of this folder from its TypeScript source: @swc/core (already a dev dependency, the
// compiler the Jest preset uses) strips the types as Node loads each .ts file, so the code runs where it
// lies and test/browser/app-server.ts finds dist/ from its own __dirname. Type-checking is a separate
// step (`tsc -p test/browser/bench/tsconfig.json`, part of `npm run bench:admin`).
//
//   node test/browser/bench/run.cjs [file.ts]   (default: admin-first-page.ts)
const { readFileSync } = require('node:fs');
const { resolve } = require('node:path');
const { transformSync } = require('@swc/core');

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    filename,
    sourceMaps: 'inline',
    jsc: { target: 'es2022', parser: { syntax: 'typescript' } },
    module: { type: 'commonjs', ignoreDynamic: true },
  });
  module._compile(code, filename);
};

process.setSourceMapsEnabled(true);
require(resolve(__dirname, process.argv[2] ?? 'admin-first-page.ts'));
