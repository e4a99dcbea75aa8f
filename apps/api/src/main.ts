import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import cluster from 'node:cluster';
import { existsSync } from 'node:fs';
import { runPrimary } from './cluster.js';
import { APP_CONFIG, type AppConfig, ConfigError, loadConfig } from './config/app-config.js';
import { createApp } from './create-app.js';
import { PortfolioPrecompute } from './portfolio/portfolio-precompute.js';

/** The configuration, or exit 1 with every bad variable named. */
function configuration(): AppConfig {
  if (existsSync('.env')) process.loadEnvFile('.env');
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

async function bootstrap(): Promise<void> {
  const app = await createApp();
  const config = app.get<AppConfig>(APP_CONFIG);
  await app.listen(config.port, config.host);
  // Today's portfolio answers, in the background once the server listens, and after each midnight.
  app.get(PortfolioPrecompute).start();
  // A worker whose primary is gone (killed) stops: nobody would replace it or pass it connections.
  if (cluster.isWorker) process.once('disconnect', () => void app.close().finally(() => process.exit(0)));
  const url = `http://localhost:${config.port}`;
  const database =
    config.database.type === 'postgres'
      ? 'PostgreSQL server (DATABASE_URL)'
      : `embedded PGlite in ${config.database.dataDir}`;
  new Logger('Gevinst').log(
    `Ready on ${url} — admin UI ${url}/, GraphQL ${url}/graphql, health ${url}/health; database: ${database}; demo mode ${config.demo ? 'on' : 'off'}${cluster.isWorker ? ` (process ${process.pid})` : ''}`,
  );
}

const config = configuration();
if (cluster.isPrimary && config.processes > 1) {
  runPrimary({
    processes: config.processes,
    log: (message) => new Logger('Gevinst').log(message),
    exit: (code) => process.exit(code),
  });
} else {
  if (config.database.type === 'pglite' && Number(process.env.WEB_CONCURRENCY ?? 1) > 1)
    new Logger('Gevinst').warn('WEB_CONCURRENCY is ignored on the embedded database: one process');
  bootstrap().catch((error: unknown) => {
    console.error('Gevinst failed to start:', error);
    process.exit(1);
  });
}
