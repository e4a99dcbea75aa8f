import type { INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';

const HEADER =
  '# Gevinst GraphQL API — generated from the code-first schema by `npm run schema:generate`. Do not edit.\n\n';

/** `schema` as SDL, types and fields sorted by name (what GET /graphql/schema.graphql serves). */
export function sortedSdl(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

/** The schema of a running app as sorted SDL, exactly as committed in apps/api/src/schema.gql. */
export function printSortedSchema(app: INestApplication): string {
  const { schema } = app.get(GraphQLSchemaHost);
  return `${HEADER}${sortedSdl(schema)}`;
}
