import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema } from 'graphql';
import { undocumentedCoordinates } from './schema-descriptions.js';

const SCHEMA_FILE = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema.gql');

describe('schema descriptions (every type, field, argument and enum value)', () => {
  it('finds every undocumented coordinate of a schema', () => {
    const schema = buildSchema(`
      "Reads."
      type Query {
        "Documented."
        a("Documented." x: Int, y: Int): Kind
        b: String
      }
      enum Kind {
        "Documented."
        ONE
        TWO
      }
      input Filter {
        "Documented."
        from: Int
        to: Int
      }
    `);
    expect(undocumentedCoordinates(schema)).toEqual([
      'Filter',
      'Filter.to',
      'Kind',
      'Kind.TWO',
      'Query.a(y)',
      'Query.b',
    ]);
  });

  it('the committed schema.gql documents every coordinate (none missing, no baseline)', () => {
    const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
    // Add a `description` where the item is declared (see docs: @ObjectType, @Field, @Args,
    // registerEnumType valuesMap), then run `npm run schema:generate`.
    expect(undocumentedCoordinates(schema)).toEqual([]);
  });
});
