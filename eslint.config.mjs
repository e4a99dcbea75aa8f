// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

/** Which Nx project may import which, by tag (project.json "tags"). */
const moduleBoundaries = {
  enforceBuildableLibDependency: false,
  allow: /** @type {string[]} */ ([]),
  depConstraints: [
    { sourceTag: 'scope:domain', onlyDependOnLibsWithTags: [] },
    { sourceTag: 'scope:cost-model', onlyDependOnLibsWithTags: ['scope:domain'] },
    { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:domain', 'scope:cost-model'] },
    { sourceTag: 'scope:admin', onlyDependOnLibsWithTags: ['scope:domain', 'scope:cost-model'] },
    { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:domain', 'scope:cost-model', 'scope:api'] },
    // The national generator and the API benchmarks (apps/bench) use the API and the libraries …
    { sourceTag: 'scope:bench', onlyDependOnLibsWithTags: ['scope:domain', 'scope:cost-model', 'scope:api'] },
    // … and nothing uses them, so none of their code can end up in the product.
    { sourceTag: '*', notDependOnLibsWithTags: ['scope:bench'] },
  ],
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/coverage/**',
      '.nx/**',
      '.data/**',
      'test-artifacts/**',
      '**/*.js',
      '**/*.cjs',
      '**/*.mjs',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': ['error', moduleBoundaries],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'off',
      '@typescript-eslint/no-extraneous-class': 'off',
    },
  },
  {
    files: ['**/*.spec.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
      // GraphQL responses in tests are untyped JSON.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['apps/admin/src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The API end-to-end tests boot the real application in-process, so they import it by path.
    files: ['test/api/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    // The browser tests start the tests' OpenID provider (test/oidc-provider, issue 20) by path: that
    // import, and only that, is let through.
    files: ['test/browser/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': ['error', { ...moduleBoundaries, allow: ['^\\.\\./oidc-provider/'] }],
    },
  },
  {
    // The generator and the benchmarks call the API's own modules (entities, migrations, PortfolioService),
    // which no package exports, so they import them by path: those imports, and only those, are let through
    // here. Their other imports are checked as everywhere; .dependency-cruiser.cjs checks that nothing
    // imports apps/bench.
    files: ['apps/bench/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': ['error', { ...moduleBoundaries, allow: ['^(\\.\\./)+api/src/'] }],
    },
  },
  prettier,
);
