/**
 * The committed API types (graphql.generated.ts) are what graphql-codegen makes of the API's schema and
 * the admin's documents today: `--check` regenerates them in memory and fails on any difference, and on
 * a document the schema does not accept. Fix with `npm run codegen:admin`.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';

const root = join(__dirname, '../../../..');

describe('generated API types', () => {
  it('are up to date with apps/api/src/schema.gql and the *.graphql.ts documents', () => {
    const run = spawnSync(
      process.execPath,
      [
        join(root, 'node_modules/@graphql-codegen/cli/esm/bin.js'),
        '--config',
        'apps/admin/codegen.ts',
        '--check',
      ],
      { cwd: root, encoding: 'utf8', timeout: 120_000 },
    );
    // On failure the message is codegen's own: the stale file, or the document the schema refuses.
    expect(run.status === 0 ? 'up to date' : `${run.stdout}${run.stderr}`).toBe('up to date');
  });
});
