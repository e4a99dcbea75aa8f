import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { ErrorLoggingPlugin } from './error-logging.plugin.js';
import { loggerParams } from './logger-params.js';

/**
 * Structured logs (nestjs-pino): JSON lines with the request id (docs/operations.md, "Logs and request
 * ids"), and the GraphQL errors logged once each, at their level, with the id in their extensions.
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => loggerParams(config),
    }),
  ],
  providers: [ErrorLoggingPlugin],
})
export class LoggingModule {}
