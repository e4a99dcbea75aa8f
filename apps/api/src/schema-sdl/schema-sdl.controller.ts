import { Controller, Get, Header } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';

/**
 * The running GraphQL schema as SDL (docs/api.md, "The schema"), for code generators and reviewers.
 * Signed-in callers only (session cookie or API token); the global guard answers 401 to anyone else.
 */
@Controller('graphql')
export class SchemaSdlController {
  constructor(private readonly schemaHost: GraphQLSchemaHost) {}

  @Get('schema.graphql')
  @Header('Content-Type', 'text/plain; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  sdl(): string {
    return `${printSchema(lexicographicSortSchema(this.schemaHost.schema))}\n`;
  }
}
