/**
 * Every document the admin sends — each resource's `<resource>.graphql.ts` and the getMany documents
 * the data provider builds — must be valid against the API's generated schema, so API drift fails here.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { NoDeprecatedCustomRule, buildSchema, parse, validate } from 'graphql';
import { allDocuments } from '../dataProvider/dataProvider';
import { handlerDocuments } from '../dataProvider/resources';

const schema = buildSchema(readFileSync(join(__dirname, '../../../api/src/schema.gql'), 'utf8'));
const src = join(__dirname, '..');

/** The operations (queries and mutations) exported by every `*.graphql.ts` file under src/. */
function declaredDocuments(): [string, string][] {
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.graphql.ts'),
  );
  return files.flatMap((file) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- each file is loaded by its path
    const exported = require(join(src, file)) as Record<string, unknown>;
    return Object.entries(exported)
      .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
      .filter(([, document]) => /^\s*(query|mutation)\b/.test(document))
      .map(([name, document]): [string, string] => [`${relative(src, join(src, file))}: ${name}`, document]);
  });
}

describe('GraphQL documents of the admin', () => {
  const declared = declaredDocuments();
  const documents: [string, string][] = [
    ...declared,
    ...Object.entries(allDocuments()),
    ...Object.entries(handlerDocuments()),
  ];

  it('are found in every resource folder', () => {
    const folders = new Set(declared.map(([name]) => name.split('/')[0]));
    expect([...folders].sort()).toEqual([
      'allocations',
      'apiTokens',
      'audit',
      'benefits',
      'budget',
      'coFinancing',
      'coFinancingReports',
      'costSharingKeys',
      // issue 19: which clients still use deprecated fields (administrators)
      'deprecatedUsage',
      'digifin',
      // issue 20: identity providers (administrators) and the sign-in page's providers
      'identityProviders',
      'initiatives',
      'keyComparison',
      'login',
      // issue 16: «Hvem betaler og hvem får», its own resource folder
      'organisationPositions',
      'organisations',
      'portfolio',
      'serviceAccounts',
      'statusReports',
      'users',
      // issue 19: webhook subscriptions and their delivery log
      'webhooks',
    ]);
  });

  it.each(documents)('%s is valid against the API schema', (_name, document) => {
    expect(validate(schema, parse(document)).map((error) => error.message)).toEqual([]);
  });

  // The admin is the first client of the deprecation policy (docs/api-changes.md): its documents select no
  // deprecated field and pass no deprecated argument, input field or enum value (money fields by their
  // `…Amount` names, aliased to the names the screens use), except these three, each for a reason:
  const stillUsed: Record<string, string> = {
    // The key editor offers every paying participant of the initiative a share (FIXED_SHARES) and the
    // drivers editor a value, so both read the whole list at once (participantsPage stops at 500 a page).
    'The field Initiative.participants is deprecated.': 'the key and drivers editors need every participant',
    // The benefit page draws every measurement, with its versions, in the realisation chart.
    'The field Benefit.measurements is deprecated.': 'the chart needs every measurement',
    // The key editor previews the key being edited in the JSON it edits; its problems are mapped back to
    // the inputs by JSON paths (spec.bands.1.fee).
    'Field "Query.previewAllocation" argument "spec" is deprecated.': 'the key editor edits JSON',
  };
  it.each(documents)('%s uses nothing deprecated but the three named above', (_name, document) => {
    const used = validate(schema, parse(document), [NoDeprecatedCustomRule]).map((error) => error.message);
    expect(
      used.filter((message) => !Object.keys(stillUsed).some((start) => message.startsWith(start))),
    ).toEqual([]);
  });

  it('have unique operation names', () => {
    const byName = new Map<string, string>();
    const clashes = documents.filter(([, document]) => {
      const operation = /^\s*(?:query|mutation) (\w+)/.exec(document)?.[1] ?? '';
      const previous = byName.get(operation);
      byName.set(operation, document);
      return previous !== undefined && previous !== document;
    });
    expect(clashes.map(([name]) => name)).toEqual([]);
  });
});
