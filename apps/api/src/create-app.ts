import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger as PinoNestLogger, PinoLogger } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { type Message, msg, renderMessage } from '@gevinst/domain';
import type { RequestWithActor } from './auth/actor.js';
import { AuthService } from './session/auth.service.js';
import { DenialAuditService } from './audit/denial-audit.service.js';
import { AppModule } from './app.module.js';
import { APP_CONFIG, type AppConfig } from './config/app-config.js';
import { currentQueryCount, withQueryCount } from './database/query-counter.js';
import { DATABASE_UNAVAILABLE, isDatabaseUnavailable } from './common/database-errors.js';
import { errorLanguageOf } from './common/localise-errors.js';
import { reasonOf } from './common/edge-error.js';
import { GraphQLErrorsFilter } from './logging/graphql-errors.filter.js';
import { pinoLevelOf } from './logging/log-levels.js';
import { logSink } from './logging/log-sink.js';
import { REQUEST_ID_HEADER, requestIdFor, requestIdOf } from './logging/request-id.js';
import { PROCESS_ID_HEADER, ProcessCounterSource } from './common/process-counters.js';

function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

const API_PREFIXES = ['/graphql', '/api', '/health', '/auth/oidc'];
/** The pacing headers a browser client may read (docs/api.md, "Pacing"). */
const RATE_LIMIT_HEADERS = ['RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'Retry-After'];
const isApiPath = (path: string) =>
  API_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));

/** Vite writes every file of assets/ with a content hash in its name: a changed file gets a new URL. */
const HASHED_ASSETS_DIR = 'assets';
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * An error answered before GraphQL runs (the database is unavailable, the request budget is spent), in
 * the shape of a GraphQL answer: the message in the caller's language, the code and the rule.
 */
function sendEdgeError(
  req: Request,
  res: Response,
  status: number,
  code: string,
  message: Message,
  extensions: Record<string, unknown> = {},
): void {
  const language = errorLanguageOf(req.headers['accept-language']);
  const text = renderMessage(message, language);
  const messageEn = language === 'nb' ? renderMessage(message, 'en') : undefined;
  res.setHeader('Content-Language', language);
  res.status(status).json({
    errors: [
      {
        message: text,
        extensions: {
          code,
          ...reasonOf(message),
          ...extensions,
          ...(messageEn ? { messageEn } : {}),
          requestId: requestIdOf(req),
        },
      },
    ],
  });
}

/** pino-pretty's stream, for LOG_FORMAT=pretty (a development dependency, loaded only then). */
async function prettyStream(): Promise<DestinationStream> {
  try {
    const { default: pretty } = await import('pino-pretty');
    return pretty({ colorize: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' });
  } catch {
    throw new Error('LOG_FORMAT=pretty needs the pino-pretty package (a development dependency)');
  }
}

export interface CreateAppOptions {
  /** false: no logs at all (the schema generator, tests), unless `logDestination` is given. */
  logger?: false;
  /** Where the JSON log lines go instead of standard output (a test's capture). */
  logDestination?: DestinationStream;
}

/**
 * Builds the HTTP application: GraphQL at /graphql, REST under /api, /health, and the admin UI (the
 * built react-admin app) on every other path, all on one port.
 */
export async function createApp(options: CreateAppOptions = {}): Promise<NestExpressApplication> {
  const quiet = options.logger === false && !options.logDestination;
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    bufferLogs: true,
    bodyParser: false,
    ...(quiet ? { logger: false as const } : {}),
  });
  const config = app.get<AppConfig>(APP_CONFIG);
  // Structured logs through nestjs-pino (logging/): JSON lines on standard output, pretty text in
  // development (LOG_FORMAT), each line of a request with its request id.
  logSink.use(
    quiet
      ? null
      : (options.logDestination ?? (config.logFormat === 'pretty' ? await prettyStream() : process.stdout)),
  );
  // nestjs-pino keeps one pino instance per process: the level follows the application created last.
  if (PinoLogger.root) PinoLogger.root.level = quiet ? 'silent' : pinoLevelOf(config.logLevel);
  if (!quiet) app.useLogger(app.get(PinoNestLogger));
  // An error thrown in a resolver is logged once, by ErrorLoggingPlugin, not by NestJS at ERROR as well.
  app.useGlobalFilters(new GraphQLErrorsFilter(app.getHttpAdapter()));
  // Every request gets its id first of all (an incoming well-formed X-Request-Id, or a new UUID), and
  // the response says it, whatever answers: the admin UI, /health, an early 503, GraphQL.
  app.use((req: Request, res: Response, next: NextFunction) => {
    const id = requestIdFor(req.headers['x-request-id']);
    (req as Request & { id?: string }).id = id;
    res.setHeader(REQUEST_ID_HEADER, id);
    next();
  });
  app.disable('x-powered-by');
  // X-Forwarded-For is believed only from the proxies named in TRUSTED_PROXIES (none by default), so a
  // client cannot choose the address that sign-in throttling and the audit of denials record.
  app.set('trust proxy', config.trustedProxies.length ? config.trustedProxies : false);
  // No ETag for answers built in memory (res.send): the API's answers are `no-store` and mostly POSTs, so
  // a hash of each body (a SHA-1 over up to a megabyte per GraphQL page) was never used. Files keep
  // theirs: res.sendFile and the static assets make a cheap one from size and modification time, and
  // index.html is revalidated by it.
  app.set('etag', () => undefined);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
    }),
  );
  app.useBodyParser('json', { limit: '1mb' });
  app.useBodyParser('urlencoded', { limit: '100kb', extended: false });
  if (config.corsOrigins.length)
    app.enableCors({
      origin: config.corsOrigins,
      credentials: true,
      exposedHeaders: [REQUEST_ID_HEADER, ...RATE_LIMIT_HEADERS],
    });

  if (config.processCounters) {
    // For the benchmark only (GEVINST_PROCESS_COUNTERS). Which process answered (with WEB_CONCURRENCY, one
    // of the workers: the benchmark's races count them), on every response …
    const pid = String(process.pid);
    app.use((_req: Request, res: Response, next: NextFunction) => {
      res.setHeader(PROCESS_ID_HEADER, pid);
      next();
    });
    // … and what the requests so far cost the process.
    const counters = new ProcessCounterSource();
    app.use('/internal/process-counters', (req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' || !isLoopback(req.socket.remoteAddress)) return next();
      res.json(counters.read());
    });
  }

  app.use((req: Request, res: Response, next: NextFunction) =>
    withQueryCount(() => {
      if (config.queryCountHeader) {
        const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => Response;
        res.writeHead = ((...args: unknown[]) => {
          res.setHeader('X-Query-Count', String(currentQueryCount() ?? 0));
          return writeHead(...args);
        }) as Response['writeHead'];
      }
      next();
    }),
  );

  app.use(cookieParser());
  const auth = app.get(AuthService);
  const denials = app.get(DenialAuditService);
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (!isApiPath(req.path) || req.path === '/health') return next();
    auth.authenticate(req as RequestWithActor).then(
      () => {
        // Pacing: the caller's request budget, counted by the authentication statement.
        const budget = (req as RequestWithActor).budget;
        if (budget) {
          res.setHeader('RateLimit-Limit', String(budget.limit));
          res.setHeader('RateLimit-Remaining', String(budget.remaining));
          res.setHeader('RateLimit-Reset', String(budget.resetSeconds));
          if (budget.spent) {
            res.setHeader('Retry-After', String(budget.resetSeconds));
            const { limit, windowSeconds } = config.auth.requestBudget;
            return sendEdgeError(
              req,
              res,
              429,
              'TOO_MANY_REQUESTS',
              msg('REQUEST_BUDGET_SPENT', { limit, windowSeconds, retryAfterSeconds: budget.resetSeconds }),
              { retryAfterSeconds: budget.resetSeconds },
            );
          }
        }
        // REST routes' 403s are audited here; GraphQL's FORBIDDEN errors by DenialAuditPlugin.
        if (req.path !== '/graphql' && (req as RequestWithActor).actor) denials.watchHttp(req);
        next();
      },
      (error: unknown) => {
        if (!isDatabaseUnavailable(error)) return next(error);
        // Answer at once with a clear error rather than a 500 or a hang; the pool reconnects by itself.
        sendEdgeError(req, res, 503, 'DATABASE_UNAVAILABLE', DATABASE_UNAVAILABLE);
      },
    );
  });

  const index = join(config.adminDir, 'index.html');
  if (existsSync(index)) {
    // The admin UI goes out compressed (brotli or gzip, whichever the browser takes; about a third of
    // the bytes for its JavaScript). The API's own answers are left as they were.
    // Source maps are never served, even if a build left one in the folder: they would hand out the
    // original sources.
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (!isApiPath(req.path) && req.path.endsWith('.map')) {
        res.status(404).type('text/plain').send('Not found');
        return;
      }
      next();
    });
    const compress = compression();
    app.use((req: Request, res: Response, next: NextFunction) =>
      isApiPath(req.path) ? next() : compress(req, res, next),
    );
    // Hashed files are cached for a year without revalidation; index.html, which names them, is always
    // revalidated (ETag), so a new build is picked up at once; the few unhashed files (favicon) for an hour.
    app.useStaticAssets(config.adminDir, {
      index: false,
      maxAge: '1h',
      immutable: false,
      setHeaders: (res: Response, path: string) => {
        if (relative(config.adminDir, path).startsWith(`${HASHED_ASSETS_DIR}${sep}`)) {
          res.setHeader('Cache-Control', IMMUTABLE);
        } else if (path.endsWith('.html')) {
          res.setHeader('Cache-Control', 'no-cache');
        }
      },
    });
    app.use((req: Request, res: Response, next: NextFunction) => {
      if ((req.method === 'GET' || req.method === 'HEAD') && !isApiPath(req.path) && req.accepts('html')) {
        res.setHeader('Cache-Control', 'no-cache');
        res.sendFile(index);
        return;
      }
      next();
    });
  } else {
    new Logger('Admin').warn(`The admin UI is not built (${index} is missing): run "npm run build".`);
  }
  app.enableShutdownHooks();
  return app;
}
