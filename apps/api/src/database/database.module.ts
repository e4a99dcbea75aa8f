import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { dataSourceOptions } from './data-source-options.js';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        ...dataSourceOptions(config.database, {
          maxStatementsPerRequest: config.limits.maxSqlStatementsPerRequest,
        }),
        // Keep retrying at boot for a little while: a PostgreSQL server may still be starting.
        retryAttempts: config.database.type === 'postgres' ? 5 : 0,
        retryDelay: 2000,
      }),
    }),
  ],
})
export class DatabaseModule {}
