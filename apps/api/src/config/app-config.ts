import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { type Role, renderMessage } from '@gevinst/domain';
import { newPasswordProblem } from './common-passwords.js';

/** LOG_LEVEL's values: pino's levels, and NestJS's `log` (= info) and `verbose` (= trace) as before. */
export const LOG_LEVELS = [
  'fatal',
  'error',
  'warn',
  'info',
  'log',
  'debug',
  'verbose',
  'trace',
  'silent',
] as const;
export type LogLevelSetting = (typeof LOG_LEVELS)[number];

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

/**
 * Every environment variable Gevinst reads, validated once at boot. `.env.example` lists them all.
 */
export const configSchema = z
  .object({
    // No default: stack traces only when `development` is set explicitly (ASVS: no internals by default).
    NODE_ENV: z.enum(['development', 'production', 'test']).optional(),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// connection URL')
      .optional(),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    // Repeated statements as named prepared statements (database/prepared-statements.ts). Off for a pooler
    // in transaction mode that does not keep them (PgBouncer before 1.21, or without max_prepared_statements).
    DATABASE_PREPARED_STATEMENTS: booleanFromEnv.default(true),
    // API processes (Node's cluster module, main.ts); default: one per core with DATABASE_URL. The
    // embedded PGlite database has one connection that cannot be shared, so it always runs one.
    WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
    PGLITE_DIR: z.string().min(1).default('./.data/pglite'),
    GEVINST_DEMO: booleanFromEnv.optional(),
    GEVINST_SEED_REFERENCE: booleanFromEnv.default(true),
    GEVINST_REFERENCE_DIR: z.string().min(1).optional(),
    GEVINST_ADMIN_DIR: z.string().min(1).optional(),
    GEVINST_QUERY_COUNT_HEADER: booleanFromEnv.default(false),
    GEVINST_PROCESS_COUNTERS: booleanFromEnv.default(false),
    CORS_ORIGINS: z.string().optional(),
    SESSION_TTL_HOURS: z.coerce
      .number()
      .positive()
      .max(24 * 90)
      .default(12),
    SESSION_IDLE_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(30),
    COOKIE_SECURE: booleanFromEnv.optional(),
    LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(5),
    LOGIN_WINDOW_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(15),
    // Pacing: each session and API token may make REQUEST_BUDGET_LIMIT requests per fixed window of
    // REQUEST_BUDGET_WINDOW_SECONDS (counted in PostgreSQL, shared by every API process); generous by default.
    REQUEST_BUDGET_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(1_200),
    REQUEST_BUDGET_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
    // The longest lifetime an API token may be given, and whether one may be created without an expiry.
    API_TOKEN_MAX_DAYS: z.coerce.number().int().min(1).max(3_660).default(730),
    API_TOKEN_ALLOW_NO_EXPIRY: booleanFromEnv.default(false),
    GEVINST_ADMIN_EMAIL: z.string().email('must be an e-mail address').optional(),
    GEVINST_ADMIN_PASSWORD: z
      .string()
      .superRefine((password, ctx) => {
        const problem = newPasswordProblem(password);
        if (problem) ctx.addIssue({ code: 'custom', message: renderMessage(problem, 'en') });
      })
      .optional(),
    TRUSTED_PROXIES: z
      .string()
      .regex(/^[\w.:/, -]*$/, 'must be a comma-separated list of addresses, CIDR ranges or loopback')
      .optional(),
    GEVINST_ADMIN_NAME: z.string().min(1).default('Administrator'),
    GEVINST_ADMIN_ORG_NUMBER: z
      .string()
      .regex(/^\d{9}$/, 'must be 9 digits')
      .default('991825827'),
    MAX_QUERY_DEPTH: z.coerce.number().int().min(2).max(50).default(10),
    MAX_QUERY_COMPLEXITY: z.coerce.number().int().min(100).default(20_000),
    MAX_SQL_STATEMENTS_PER_REQUEST: z.coerce.number().int().min(50).default(5_000),
    // The most items one bulk mutation (recordMeasurements, importCostItems) takes (docs/api.md).
    MAX_BATCH_SIZE: z.coerce.number().int().min(1).max(1000).default(250),
    // How long an Idempotency-Key's first answer is replayed.
    IDEMPOTENCY_KEY_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 7)
      .default(24),
    STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
    // COPY streams (connections, database backends) per CSV export on a PostgreSQL server: 2 writes the
    // lines on two cores in one snapshot (csv-copy.ts); 1 when the database's cores are better left to others.
    EXPORT_COPY_STREAMS: z.coerce.number().int().min(1).max(2).default(2),
    // pino's levels; NestJS's names (`log`, `verbose`) are accepted as before.
    LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
    // JSON lines (one object per line, for a log collector) or pino-pretty's coloured text; pretty only
    // in development by default.
    LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
    // Webhooks (docs/api.md): the delivery worker, its pace, and where deliveries may go.
    WEBHOOK_WORKER: booleanFromEnv.default(true),
    WEBHOOK_POLL_INTERVAL_MS: z.coerce.number().int().min(50).max(600_000).default(5_000),
    WEBHOOK_RETRY_BASE_SECONDS: z.coerce.number().min(0.05).max(3_600).default(30),
    WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
    // Deprecated-field usage (docs/api-changes.md, "Usage is visible"): each API process adds its counts
    // to deprecated_usage every DEPRECATED_USAGE_FLUSH_SECONDS (and when it stops); rows of days older
    // than DEPRECATED_USAGE_RETENTION_DAYS are deleted, at most once a day. DEPRECATED_USAGE_RECORDING=false
    // counts nothing (what was recorded stays readable).
    DEPRECATED_USAGE_RECORDING: booleanFromEnv.default(true),
    DEPRECATED_USAGE_FLUSH_SECONDS: z.coerce.number().int().min(1).max(3_600).default(30),
    DEPRECATED_USAGE_RETENTION_DAYS: z.coerce.number().int().min(1).max(3_660).default(400),
    // Queries run by graphql-jit once a document has run twice (graphql/compiled-execution.ts);
    // false runs every operation on graphql-js's executor.
    GRAPHQL_COMPILED_EXECUTION: booleanFromEnv.default(true),
    // The run of a document that compiles it (2: the second; 1 compiles every query at once, as the
    // e2e suite can be run to check every query on the compiled path).
    GRAPHQL_COMPILE_AFTER_RUNS: z.coerce.number().int().min(1).max(1_000).default(2),
    // Hosts a webhook may be delivered to even on a private or loopback address (comma-separated).
    WEBHOOK_ALLOWED_HOSTS: z
      .string()
      .regex(/^[\w.:[\], -]*$/, 'must be a comma-separated list of host names or addresses')
      .optional(),
    // Any private address allowed (a closed network); never in production unless set explicitly.
    WEBHOOK_ALLOW_PRIVATE_ADDRESSES: booleanFromEnv.default(false),
    // Sign-in with a password (the login mutation and the form); off when every person signs in with an
    // identity provider.
    PASSWORD_LOGIN_ENABLED: booleanFromEnv.default(true),
    // The first OpenID Connect identity provider (more are added by an administrator in the admin UI).
    OIDC_ISSUER: z
      .string()
      .url('must be the issuer URL, e.g. https://login.microsoftonline.com/<tenant>/v2.0')
      .optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_SLUG: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{1,39}$/, 'must be 2–40 lowercase letters, digits and hyphens')
      .default('oidc'),
    OIDC_DISPLAY_NAME: z.string().min(1).default('ID-porten'),
    OIDC_SCOPES: z.string().min(1).default('openid profile email'),
    // The claim holding the organisation number (dot path for nested claims), or OIDC_ORG_NUMBER to bind
    // the provider to one organisation.
    OIDC_ORG_CLAIM: z.string().min(1).optional(),
    OIDC_ORG_NUMBER: z
      .string()
      .regex(/^\d{9}$/, 'must be 9 digits')
      .optional(),
    OIDC_GROUP_CLAIM: z.string().min(1).default('groups'),
    // group-or-role-claim-value=ROLE pairs, comma-separated: gevinst-okonomi=FINANCE_OFFICER,gevinst-admin=ADMIN
    OIDC_ROLE_MAPPING: z
      .string()
      .regex(
        /^\s*([^=,]+=\s*(ADMIN|PORTFOLIO_REVIEWER|INITIATIVE_OWNER|FINANCE_OFFICER|SCHEME_ADMINISTRATOR|READER)\s*(,\s*|$))*$/,
        'must be value=ROLE pairs separated by commas (roles: ADMIN, PORTFOLIO_REVIEWER, INITIATIVE_OWNER, FINANCE_OFFICER, SCHEME_ADMINISTRATOR, READER)',
      )
      .default(''),
    // Where the provider sends the browser back (https://gevinst.example.no); the request's own address
    // when unset. The redirect URI to register is <this>/auth/oidc/<slug>/callback.
    PUBLIC_URL: z.string().url('must be the public https:// address of Gevinst').optional(),
  })
  .superRefine((env, ctx) => {
    if (env.OIDC_ISSUER && (!env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET))
      ctx.addIssue({
        code: 'custom',
        path: ['OIDC_CLIENT_ID'],
        message: 'OIDC_ISSUER needs OIDC_CLIENT_ID and OIDC_CLIENT_SECRET',
      });
    if (env.OIDC_ISSUER && !env.OIDC_ORG_CLAIM && !env.OIDC_ORG_NUMBER)
      ctx.addIssue({
        code: 'custom',
        path: ['OIDC_ORG_CLAIM'],
        message: 'OIDC_ISSUER needs OIDC_ORG_CLAIM or OIDC_ORG_NUMBER',
      });
  })
  .transform((env) => ({
    nodeEnv: env.NODE_ENV ?? 'production',
    /** Stack traces in error responses: only with NODE_ENV=development set explicitly. */
    stackTraces: env.NODE_ENV === 'development',
    port: env.PORT,
    host: env.HOST,
    database: env.DATABASE_URL
      ? ({
          type: 'postgres',
          url: env.DATABASE_URL,
          poolSize: env.DATABASE_POOL_SIZE,
          preparedStatements: env.DATABASE_PREPARED_STATEMENTS,
          statementTimeoutMs: env.STATEMENT_TIMEOUT_MS,
          exportCopyStreams: env.EXPORT_COPY_STREAMS,
        } as const)
      : ({ type: 'pglite', dataDir: env.PGLITE_DIR } as const),
    // Demo mode is on by default on the embedded database and off on a real server.
    demo: env.GEVINST_DEMO ?? !env.DATABASE_URL,
    /** API processes to run (main.ts): 1 on the embedded database whatever WEB_CONCURRENCY says. */
    processes: env.DATABASE_URL ? (env.WEB_CONCURRENCY ?? availableParallelism()) : 1,
    seedReference: env.GEVINST_SEED_REFERENCE,
    referenceDir: env.GEVINST_REFERENCE_DIR ?? findUp('data/reference'),
    adminDir: env.GEVINST_ADMIN_DIR ?? findUp('dist/apps/admin'),
    queryCountHeader: env.GEVINST_QUERY_COUNT_HEADER,
    processCounters: env.GEVINST_PROCESS_COUNTERS,
    corsOrigins: env.CORS_ORIGINS
      ? env.CORS_ORIGINS.split(',')
          .map((origin) => origin.trim())
          .filter(Boolean)
      : [],
    logLevel: env.LOG_LEVEL,
    logFormat: env.LOG_FORMAT ?? (env.NODE_ENV === 'development' ? 'pretty' : 'json'),
    // Whose X-Forwarded-For is believed for the client's address (Express's `trust proxy`); none by default.
    trustedProxies: (env.TRUSTED_PROXIES ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
    auth: {
      sessionTtlHours: env.SESSION_TTL_HOURS,
      sessionIdleMinutes: env.SESSION_IDLE_MINUTES,
      cookieSecure: env.COOKIE_SECURE ?? env.NODE_ENV === 'production',
      loginMaxFailures: env.LOGIN_MAX_FAILURES,
      loginWindowMinutes: env.LOGIN_WINDOW_MINUTES,
      requestBudget: { limit: env.REQUEST_BUDGET_LIMIT, windowSeconds: env.REQUEST_BUDGET_WINDOW_SECONDS },
      tokenExpiry: { maxLifetimeDays: env.API_TOKEN_MAX_DAYS, allowNoExpiry: env.API_TOKEN_ALLOW_NO_EXPIRY },
      firstAdmin:
        env.GEVINST_ADMIN_EMAIL && env.GEVINST_ADMIN_PASSWORD
          ? {
              email: env.GEVINST_ADMIN_EMAIL.toLowerCase(),
              password: env.GEVINST_ADMIN_PASSWORD,
              name: env.GEVINST_ADMIN_NAME,
              orgNumber: env.GEVINST_ADMIN_ORG_NUMBER,
            }
          : null,
    },
    passwordLoginEnabled: env.PASSWORD_LOGIN_ENABLED,
    publicUrl: env.PUBLIC_URL?.replace(/\/+$/, '') ?? null,
    /** The identity provider configured by environment (OIDC_*), or null. */
    oidc: env.OIDC_ISSUER
      ? {
          slug: env.OIDC_SLUG,
          displayName: env.OIDC_DISPLAY_NAME,
          issuerUrl: env.OIDC_ISSUER,
          clientId: env.OIDC_CLIENT_ID!,
          clientSecret: env.OIDC_CLIENT_SECRET!,
          scopes: env.OIDC_SCOPES,
          organisationClaim: env.OIDC_ORG_CLAIM ?? null,
          organisationNumber: env.OIDC_ORG_NUMBER ?? null,
          groupClaim: env.OIDC_GROUP_CLAIM,
          roleMappings: env.OIDC_ROLE_MAPPING.split(',')
            .map((pair) => pair.split('='))
            .filter((pair) => pair.length === 2 && pair[0].trim())
            .map(([claimValue, role]) => ({ claimValue: claimValue.trim(), role: role.trim() as Role })),
        }
      : null,
    webhooks: {
      worker: env.WEBHOOK_WORKER,
      pollIntervalMs: env.WEBHOOK_POLL_INTERVAL_MS,
      retryBaseSeconds: env.WEBHOOK_RETRY_BASE_SECONDS,
      timeoutMs: env.WEBHOOK_TIMEOUT_MS,
      allowedHosts: (env.WEBHOOK_ALLOWED_HOSTS ?? '')
        .split(',')
        .map((host) => host.trim())
        .filter(Boolean),
      allowPrivate: env.WEBHOOK_ALLOW_PRIVATE_ADDRESSES,
    },
    compiledExecution: env.GRAPHQL_COMPILED_EXECUTION,
    compileAfterRuns: env.GRAPHQL_COMPILE_AFTER_RUNS,
    deprecatedUsage: {
      recording: env.DEPRECATED_USAGE_RECORDING,
      flushSeconds: env.DEPRECATED_USAGE_FLUSH_SECONDS,
      retentionDays: env.DEPRECATED_USAGE_RETENTION_DAYS,
    },
    limits: {
      maxQueryDepth: env.MAX_QUERY_DEPTH,
      maxQueryComplexity: env.MAX_QUERY_COMPLEXITY,
      maxSqlStatementsPerRequest: env.MAX_SQL_STATEMENTS_PER_REQUEST,
      maxBatchSize: env.MAX_BATCH_SIZE,
      idempotencyKeyHours: env.IDEMPOTENCY_KEY_HOURS,
    },
  }));

export type AppConfig = z.output<typeof configSchema>;
export type DatabaseConfig = AppConfig['database'];

export const APP_CONFIG = Symbol('APP_CONFIG');

/** Finds a folder relative to the working directory or, failing that, relative to this file. */
function findUp(relative: string): string {
  const candidates = [
    resolve(process.cwd(), relative),
    resolve(dirname(fileURLToPath(import.meta.url)), '../../../..', relative),
  ];
  return candidates.find((candidate) => existsSync(candidate)) ?? candidates[0];
}

export class ConfigError extends Error {}

/** Parses the environment; throws a ConfigError that lists every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const result = configSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  return result.data;
}
