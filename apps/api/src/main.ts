import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { APP_CONFIG, type AppConfig, ConfigError, loadConfig } from './config/app-config.js';
import { createApp } from './create-app.js';

async function bootstrap(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  try {
    loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const app = await createApp();
  const config = app.get<AppConfig>(APP_CONFIG);
  await app.listen(config.port, config.host);
  const url = `http://localhost:${config.port}`;
  const database =
    config.database.type === 'postgres'
      ? 'PostgreSQL server (DATABASE_URL)'
      : `embedded PGlite in ${config.database.dataDir}`;
  new Logger('Gevinst').log(
    `Ready on ${url} — admin UI ${url}/, GraphQL ${url}/graphql, health ${url}/health; database: ${database}; demo mode ${config.demo ? 'on' : 'off'}`,
  );
}

bootstrap().catch((error: unknown) => {
  console.error('Gevinst failed to start:', error);
  process.exit(1);
});
