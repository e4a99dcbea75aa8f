import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { CountyModule } from './county/county.module.js';
import { DatabaseModule } from './database/database.module.js';
import { formatGraphQLError } from './graphql/format-error.js';
import type { GraphQLContext } from './graphql/graphql-context.js';
import { Loaders } from './graphql/loaders.js';
import './graphql/enums.js';
import { HealthModule } from './health/health.module.js';
import { InitiativeModule } from './initiative/initiative.module.js';
import { OrganisationModule } from './organisation/organisation.module.js';

@Module({
  imports: [
    ConfigModule,
    DatabaseModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [APP_CONFIG, getDataSourceToken()],
      useFactory: (config: AppConfig, db: DataSource) => ({
        path: '/graphql',
        autoSchemaFile: true,
        sortSchema: true,
        playground: false,
        introspection: true,
        includeStacktraceInErrorResponses: config.nodeEnv !== 'production',
        formatError: formatGraphQLError(config.nodeEnv === 'production'),
        context: ({ req, res }: { req: Request; res: Response }): GraphQLContext => ({
          req,
          res,
          loaders: new Loaders(db),
        }),
      }),
    }),
    HealthModule,
    CountyModule,
    OrganisationModule,
    InitiativeModule,
  ],
})
export class AppModule {}
