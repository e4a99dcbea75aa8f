// @ts-check
/**
 * Import rules checked by `npm run lint` (through tools/check-dependencies.mjs, which also finds every
 * cycle between the API's top-level folders — see there for why the folder rule below is not enough alone).
 *
 * The API is organised by feature folder (apps/api/src/benefit, …/initiative, …); a folder may import
 * another only if that one does not, directly or through others, import it back. Files inside one folder
 * may import each other freely, cycles included: a folder is the unit a newcomer reads and a change is
 * reviewed in, so only cycles between folders make it impossible to understand or test one without the
 * others. The libraries are small and flat, so there every module cycle counts.
 *
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'api-no-folder-cycle',
      comment:
        'A folder of apps/api/src depends on another that depends back on it (through folders under ' +
        'apps/api/src). Move the shared piece to the folder that owns it, or to common/ or libs/.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^apps/api/src/([^/]+)' },
      // Sub-folders of one feature (dto/, models/) may depend on each other in a circle.
      to: { circular: true, pathNot: '^apps/api/src/$1(/|$)' },
    },
    {
      name: 'libs-no-circular',
      comment: 'A module of libs/ that imports itself back through other modules.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { circular: true },
    },
    {
      name: 'nothing-imports-bench',
      comment:
        'apps/bench (the national data generator and the API benchmarks) is a tool run beside the product: ' +
        'no product, library or test code may import it, so none of it is built into the API.',
      severity: 'error',
      from: { pathNot: '^apps/bench/' },
      to: { path: '^apps/bench/' },
    },
    {
      name: 'bench-imports-api-and-libs-only',
      comment:
        'apps/bench may use the API (by path: its entities, migrations and services) and the libraries, ' +
        'but not the admin app or the tests.',
      severity: 'error',
      from: { path: '^apps/bench/' },
      to: { path: '^(apps/admin|test)/' },
    },
    {
      name: 'only-specs-import-api-testing',
      comment:
        'apps/api/src/testing/ holds fakes for the unit specs and is left out of the production build ' +
        '(tsconfig.app.json): product code that imported it would pull the fakes into dist. Specs are not ' +
        'cruised (see options.exclude), so any import of it seen here comes from product code.',
      severity: 'error',
      from: { pathNot: '^apps/api/src/testing/' },
      to: { path: '^apps/api/src/testing/' },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that does not resolve to a file or a package: a typo, or a file that moved.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Tests are left out: a spec may use any folder's fixtures (the demo seed, an embedded database) to test
    // its own, and nothing imports a spec, so it cannot make the product's folders depend on each other.
    exclude: { path: ['(^|/)(dist|node_modules)/', '\\.spec\\.ts$'] },
    // Type-only imports count: a cycle of types still means neither folder can be read or moved alone.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    // Resolve package subpaths (csv-parse/sync, …) through their package.json "exports", as Node does.
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    // Folder-scope rules are evaluated on the folder graph, which is only derived with metrics.
    metrics: true,
    reporterOptions: {
      // `npx depcruise -c .dependency-cruiser.cjs -T ddot apps/api/src` draws the folder graph.
      dot: { collapsePattern: '^apps/api/src/[^/]+' },
    },
  },
};
