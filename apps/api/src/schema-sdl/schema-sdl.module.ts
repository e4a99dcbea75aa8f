import { Module } from '@nestjs/common';
import { SchemaSdlController } from './schema-sdl.controller.js';

/** `GET /graphql/schema.graphql`: the SDL of the running schema. */
@Module({ controllers: [SchemaSdlController] })
export class SchemaSdlModule {}
