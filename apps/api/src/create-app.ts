import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Logger, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import type { RequestWithActor } from './auth/actor.js';
import { AuthService } from './auth/auth.service.js';
import { AppModule } from './app.module.js';
import { APP_CONFIG, type AppConfig } from './config/app-config.js';
import { currentQueryCount, withQueryCount } from './database/query-counter.js';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from './common/database-errors.js';
import { type LocalisedMessage, errorLanguageOf, localiseMessageNb } from './common/localise-errors.js';

const LOG_LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];
const API_PREFIXES = ['/graphql', '/api', '/health'];

/**
 * Builds the HTTP application: GraphQL at /graphql, REST under /api, /health, and the admin UI (the
 * built react-admin app) on every other path, all on one port.
 */
export async function createApp(options: { logger?: false } = {}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    bufferLogs: true,
    bodyParser: false,
    logger: options.logger,
  });
  const config = app.get<AppConfig>(APP_CONFIG);
  if (options.logger !== false) {
    app.useLogger(LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(config.logLevel) + 1));
  }
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
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
  if (config.corsOrigins.length) app.enableCors({ origin: config.corsOrigins, credentials: true });

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
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isApi = API_PREFIXES.some((prefix) => req.path === prefix || req.path.startsWith(`${prefix}/`));
    if (!isApi || req.path === '/health') return next();
    auth.authenticate(req as RequestWithActor).then(
      () => next(),
      (error: unknown) => {
        if (!isDatabaseUnavailable(error)) return next(error);
        // Answer at once with a clear error rather than a 500 or a hang; the pool reconnects by itself.
        const language = errorLanguageOf(req.headers['accept-language']);
        const { message, messageEn }: LocalisedMessage =
          language === 'nb'
            ? localiseMessageNb(DATABASE_UNAVAILABLE_MESSAGE)
            : { message: DATABASE_UNAVAILABLE_MESSAGE };
        res.setHeader('Content-Language', language);
        res.status(503).json({
          errors: [
            { message, extensions: { code: 'DATABASE_UNAVAILABLE', ...(messageEn ? { messageEn } : {}) } },
          ],
        });
      },
    );
  });

  const index = join(config.adminDir, 'index.html');
  if (existsSync(index)) {
    app.useStaticAssets(config.adminDir, { index: false, maxAge: '1h', immutable: false });
    app.use((req: Request, res: Response, next: NextFunction) => {
      const isApi = API_PREFIXES.some((prefix) => req.path === prefix || req.path.startsWith(`${prefix}/`));
      if ((req.method === 'GET' || req.method === 'HEAD') && !isApi && req.accepts('html')) {
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
