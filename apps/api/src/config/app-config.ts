import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { renderMessage } from '@gevinst/domain';
import { newPasswordProblem } from '../auth/common-passwords.js';

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
    PGLITE_DIR: z.string().min(1).default('./.data/pglite'),
    GEVINST_DEMO: booleanFromEnv.optional(),
    GEVINST_SEED_REFERENCE: booleanFromEnv.default(true),
    GEVINST_REFERENCE_DIR: z.string().min(1).optional(),
    GEVINST_ADMIN_DIR: z.string().min(1).optional(),
    GEVINST_QUERY_COUNT_HEADER: booleanFromEnv.default(false),
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
    STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
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
    // Hosts a webhook may be delivered to even on a private or loopback address (comma-separated).
    WEBHOOK_ALLOWED_HOSTS: z
      .string()
      .regex(/^[\w.:[\], -]*$/, 'must be a comma-separated list of host names or addresses')
      .optional(),
    // Any private address allowed (a closed network); never in production unless set explicitly.
    WEBHOOK_ALLOW_PRIVATE_ADDRESSES: booleanFromEnv.default(false),
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
          statementTimeoutMs: env.STATEMENT_TIMEOUT_MS,
        } as const)
      : ({ type: 'pglite', dataDir: env.PGLITE_DIR } as const),
    // Demo mode is on by default on the embedded database and off on a real server.
    demo: env.GEVINST_DEMO ?? !env.DATABASE_URL,
    seedReference: env.GEVINST_SEED_REFERENCE,
    referenceDir: env.GEVINST_REFERENCE_DIR ?? findUp('data/reference'),
    adminDir: env.GEVINST_ADMIN_DIR ?? findUp('dist/apps/admin'),
    queryCountHeader: env.GEVINST_QUERY_COUNT_HEADER,
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
    limits: {
      maxQueryDepth: env.MAX_QUERY_DEPTH,
      maxQueryComplexity: env.MAX_QUERY_COMPLEXITY,
      maxSqlStatementsPerRequest: env.MAX_SQL_STATEMENTS_PER_REQUEST,
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
