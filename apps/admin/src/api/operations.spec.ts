/**
 * Every document the admin sends beyond the organisations/initiatives contract (custom pages and the
 * resource handlers) must be valid against the API's generated schema, so API drift fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { buildSchema, parse, validate } from 'graphql';
import { handlerDocuments } from '../dataProvider/resources';
import { OPERATIONS } from './operations';

const schema = buildSchema(readFileSync(join(__dirname, '../../../api/src/schema.gql'), 'utf8'));

describe('GraphQL documents of the admin pages', () => {
  const documents: [string, string][] = [
    ...Object.entries(OPERATIONS),
    ...Object.entries(handlerDocuments()),
  ];

  it.each(documents)('%s is valid against the API schema', (_name, document) => {
    expect(validate(schema, parse(document)).map((error) => error.message)).toEqual([]);
  });

  it('have unique operation names', () => {
    const names = documents.map(([, document]) => /^(?:query|mutation) (\w+)/.exec(document)?.[1]);
    const byName = new Map<string, string>();
    const clashes = documents.filter(([name, document], i) => {
      const operation = names[i] ?? '';
      const previous = byName.get(operation);
      byName.set(operation, document);
      return previous !== undefined && previous !== document && !!name;
    });
    expect(clashes.map(([name]) => name)).toEqual([]);
  });
});
