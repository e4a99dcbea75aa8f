import type { INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';

const HEADER =
  '# Gevinst GraphQL API — generated from the code-first schema by `npm run schema:generate`. Do not edit.\n\n';

/** The schema of a running app as sorted SDL, exactly as committed in apps/api/src/schema.gql. */
export function printSortedSchema(app: INestApplication): string {
  const { schema } = app.get(GraphQLSchemaHost);
  return `${HEADER}${printSchema(lexicographicSortSchema(schema))}\n`;
}
