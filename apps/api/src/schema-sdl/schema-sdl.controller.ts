import { Controller, Get, Header } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { sortedSdl } from '../graphql/print-schema.js';

/**
 * The running GraphQL schema as SDL (docs/api.md, "The schema"), for code generators and reviewers.
 * Signed-in callers only (session cookie or API token); the global guard answers 401 to anyone else.
 */
@Controller('graphql')
export class SchemaSdlController {
  constructor(private readonly moduleRef: ModuleRef) {}

  @Get('schema.graphql')
  @Header('Content-Type', 'text/plain; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  sdl(): string {
    // The GraphQL module's own provider (not exported to other modules), looked up across the app.
    return sortedSdl(this.moduleRef.get(GraphQLSchemaHost, { strict: false }).schema);
  }
}
