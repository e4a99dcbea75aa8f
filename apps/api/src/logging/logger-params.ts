import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import { stdTimeFunctions } from 'pino';
import type { AppConfig } from '../config/app-config.js';
import { pinoLevelOf, responseLogLevel } from './log-levels.js';
import { logSink } from './log-sink.js';
import { REQUEST_ID_HEADER, requestIdFor } from './request-id.js';

/** Paths whose completed requests are not logged: the health probe runs every few seconds. */
const QUIET_PATHS = new Set(['/health']);

/**
 * nestjs-pino's configuration: one JSON object per line (pretty text in development, see createApp),
 * ISO times, every line of a request with its `requestId`, and one `request completed` line per request
 * with method, path, status and time — never headers, cookies or bodies (they carry credentials).
 */
export function loggerParams(config: AppConfig): Params {
  return {
    pinoHttp: [
      {
        level: pinoLevelOf(config.logLevel),
        timestamp: stdTimeFunctions.isoTime,
        customAttributeKeys: { reqId: 'requestId' },
        // Lines logged during a request carry only its id, not the whole request.
        quietReqLogger: true,
        // createApp's first middleware has given the request its id already; this is the fallback.
        genReqId: (req: IncomingMessage, res: ServerResponse) => {
          const id = requestIdFor(req.headers['x-request-id']);
          if (!res.headersSent) res.setHeader(REQUEST_ID_HEADER, id);
          return id;
        },
        customLogLevel: (_req: IncomingMessage, res: ServerResponse, error?: Error) =>
          responseLogLevel(res.statusCode, error !== undefined),
        autoLogging: { ignore: (req: IncomingMessage) => QUIET_PATHS.has((req.url ?? '').split('?')[0]) },
        serializers: {
          req: (req: { method?: string; url?: string }) => ({ method: req.method, url: req.url }),
          res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
        },
      },
      logSink,
    ],
  };
}
