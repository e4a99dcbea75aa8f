import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import depthLimit from 'graphql-depth-limit';
import { AllocationModule } from './allocation/allocation.module.js';
import { ExportModule } from './export/export.module.js';
import { PopulationModule } from './population/population.module.js';
import { PriceIndexModule } from './price-index/price-index.module.js';
import { ApiTokenModule } from './api-token/api-token.module.js';
import { CostItemModule } from './cost-item/cost-item.module.js';
import { CostSharingKeyModule } from './cost-sharing-key/cost-sharing-key.module.js';
import { AuditModule } from './audit/audit.module.js';
import { ChangeFeedModule } from './change-feed/change-feed.module.js';
import { WebhookModule } from './webhook/webhook.module.js';
import { UnitOfWorkModule } from './common/unit-of-work.module.js';
import { AuthModule } from './session/auth.module.js';
import { hardeningPlugin } from './graphql/hardening.plugin.js';
import { pacingPlugin } from './graphql/pacing.plugin.js';
import { UserModule } from './user/user.module.js';
import { GraphQLModule } from '@nestjs/graphql';
import type { Response } from 'express';
import type { RequestWithActor } from './auth/actor.js';
import { APP_CONFIG, type AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { CountyModule } from './county/county.module.js';
import { DatabaseModule } from './database/database.module.js';
import { SeedModule } from './database/seed/seed.module.js';
import { formatGraphQLError } from './graphql/format-error.js';
import { noStorePlugin } from './graphql/no-store.plugin.js';
import { localisedErrorsPlugin } from './graphql/localised-errors.plugin.js';
import type { GraphQLContext } from './graphql/graphql-context.js';
import { LoaderFactory } from './loaders/loader.factory.js';
import { LoadersModule } from './loaders/loaders.module.js';
import './graphql/enums.js';
import { HealthModule } from './health/health.module.js';
import { InitiativeModule } from './initiative/initiative.module.js';
import { OrganisationModule } from './organisation/organisation.module.js';
import { BenefitModule } from './benefit/benefit.module.js';
import { BenefitPlanModule } from './benefit-plan/benefit-plan.module.js';
import { BenefitOwnerReportModule } from './benefit-report/benefit-owner-report.module.js';
import { BenefitsMapModule } from './benefits-map/benefits-map.module.js';
import { EconomicsModule } from './economics/economics.module.js';
import { MeasurementModule } from './measurement/measurement.module.js';
import { PortfolioModule } from './portfolio/portfolio.module.js';
import { CoFinancingReportModule } from './co-financing-report/co-financing-report.module.js';
import { DigifinModule } from './digifin/digifin.module.js';
import { CoFinancingModule } from './co-financing/co-financing.module.js';
import { KeyComparisonModule } from './key-comparison/key-comparison.module.js';
import { BudgetModule } from './budget/budget.module.js';
import { StatusReportModule } from './status-report/status-report.module.js';
import { LoggingModule } from './logging/logging.module.js';
import { OidcModule } from './oidc/oidc.module.js';
import { IdempotencyModule } from './idempotency/idempotency.module.js';
import { IdempotencyService } from './idempotency/idempotency.service.js';
import { idempotencyPlugin } from './idempotency/idempotency.plugin.js';
import { SchemaSdlModule } from './schema-sdl/schema-sdl.module.js';
import {
  DeprecatedUsageModule,
  DeprecatedUsageRecorderModule,
} from './deprecated-usage/deprecated-usage.module.js';
import { DeprecatedUsageRecorder } from './deprecated-usage/deprecated-usage.recorder.js';
import { deprecatedUsagePlugin } from './deprecated-usage/deprecated-usage.plugin.js';
import { describeRootTypes } from './graphql/root-descriptions.js';
import { deprecateOldMoneyInputs, renameMoneyFields } from './graphql/money-names.js';
import { CompiledApolloDriver } from './graphql/compiled-execution.js';
import { holdResult } from './graphql/http-handler.js';
import { answerPreloadedFields, resolveSynchronously } from './graphql/preloaded-fields.js';
import { ALLOCATION_LINE_SYNCHRONOUS_FIELDS } from './allocation/allocation-line.resolver.js';

@Module({
  imports: [
    ConfigModule,
    DatabaseModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: CompiledApolloDriver,
      imports: [LoadersModule, IdempotencyModule, DeprecatedUsageRecorderModule],
      inject: [APP_CONFIG, LoaderFactory, IdempotencyService, DeprecatedUsageRecorder],
      useFactory: (
        config: AppConfig,
        loaders: LoaderFactory,
        idempotency: IdempotencyService,
        deprecatedUsage: DeprecatedUsageRecorder,
      ) => ({
        path: '/graphql',
        compiledExecution: config.compiledExecution,
        compileAfterRuns: config.compileAfterRuns,
        autoSchemaFile: true,
        sortSchema: true,
        transformSchema: (schema) =>
          resolveSynchronously(
            answerPreloadedFields(deprecateOldMoneyInputs(renameMoneyFields(describeRootTypes(schema)))),
            ALLOCATION_LINE_SYNCHRONOUS_FIELDS,
          ),
        playground: false,
        introspection: true,
        includeStacktraceInErrorResponses: config.stackTraces,
        // No "Did you mean …?" in validation errors: they would describe the schema to anyone, signed in
        // or not (signed-in callers may read it by introspection instead).
        hideSchemaDetailsFromClientErrors: true,
        // Automatic persisted queries are off: the admin UI does not use them, and an anonymous caller
        // could fill the cache with documents.
        persistedQueries: false,
        formatError: formatGraphQLError(!config.stackTraces),
        // The answer is not made one string: holdResult keeps the result for the endpoint's handler, which
        // writes it as JSON.stringify's bytes in 64 KiB chunks (graphql/http-handler.ts, json-chunks.ts). One
        // string of a large answer (a page of initiatives, about 570,000 characters stored two bytes each
        // since names hold «–») is copied flat into V8's large-object space on fresh pages before it is
        // encoded: about 4 ms of CPU a page (docs/performance.md, issue 18). Without Apollo's trailing newline.
        stringifyResult: holdResult,
        // pacingPlugin keeps answers that ran at 200 itself, but for a 429 of the sign-in throttle.
        preserveHttpStatusForExecutionErrors: false,
        validationRules: [depthLimit(config.limits.maxQueryDepth)],
        plugins: [
          hardeningPlugin(config.limits.maxQueryComplexity),
          ApolloServerPluginCacheControlDisabled(),
          noStorePlugin(),
          pacingPlugin(),
          localisedErrorsPlugin(),
          idempotencyPlugin(idempotency),
          ...(config.deprecatedUsage.recording ? [deprecatedUsagePlugin(deprecatedUsage)] : []),
        ],
        context: ({ req, res }: { req: RequestWithActor; res: Response }): GraphQLContext => ({
          req,
          res,
          loaders: loaders.forRequest(),
        }),
      }),
    }),
    UnitOfWorkModule,
    AuditModule,
    ChangeFeedModule,
    WebhookModule,
    AuthModule,
    UserModule,
    ApiTokenModule,
    SeedModule,
    HealthModule,
    CountyModule,
    OrganisationModule,
    InitiativeModule,
    CostSharingKeyModule,
    CostItemModule,
    AllocationModule,
    ExportModule,
    PopulationModule,
    PriceIndexModule,
    BenefitModule,
    MeasurementModule,
    BenefitOwnerReportModule,
    BenefitsMapModule,
    EconomicsModule,
    PortfolioModule,
    CoFinancingReportModule,
    DigifinModule,
    BenefitPlanModule,
    CoFinancingModule,
    KeyComparisonModule,
    BudgetModule,
    StatusReportModule,
    OidcModule,
    LoggingModule,
    SchemaSdlModule,
    DeprecatedUsageModule,
  ],
})
export class AppModule {}
