import cluster, { type Worker } from 'node:cluster';

/** How the primary process of `main.ts` runs its workers. */
export interface ClusterOptions {
  /** API processes to keep running. */
  processes: number;
  /** Where the primary reports what it does. */
  log: (message: string) => void;
  /** Exits the primary (process.exit in production). */
  exit: (code: number) => void;
}

/** How long workers get to finish their requests after SIGTERM before they are killed. */
const STOP_TIMEOUT_MS = 30_000;

function running(): Worker[] {
  return Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => worker !== undefined);
}

/**
 * The primary of a cluster of API processes (Node's `cluster`: the workers share one port). The first
 * worker starts alone and runs the migrations and the seeding (TypeORM's migrationsRun and the seed in
 * createApp); the others are forked only once it listens, so the schema is migrated and the data seeded
 * exactly once and the others find nothing left to do. A worker that dies after it listened is replaced;
 * one that dies before it ever listened (bad configuration, no database) stops the cluster with exit code
 * 1, as a single process would. SIGTERM or SIGINT stops every worker gracefully (each closes its server
 * and its pool: app.enableShutdownHooks), then the primary; workers still running after STOP_TIMEOUT_MS
 * are killed. A worker whose primary is gone stops too (main.ts).
 */
export function runPrimary({ processes, log, exit }: ClusterOptions): void {
  let stopping: number | null = null;
  let first = true;
  const listened = new WeakSet<Worker>();
  const fork = (): void => {
    const worker = cluster.fork();
    worker.once('listening', () => {
      listened.add(worker);
      if (!first) return;
      first = false;
      for (let n = 1; n < processes; n++) fork();
      log(`Cluster: ${processes} API processes`);
    });
  };
  const stop = (code: number): void => {
    if (stopping !== null) return;
    stopping = code;
    const workers = running();
    if (workers.length === 0) return exit(code);
    for (const worker of workers) worker.process.kill('SIGTERM');
    setTimeout(() => {
      for (const worker of running()) worker.process.kill('SIGKILL');
      exit(code);
    }, STOP_TIMEOUT_MS).unref();
  };
  cluster.on('exit', (worker, code, signal) => {
    if (stopping !== null) {
      if (running().length === 0) exit(stopping);
    } else if (!listened.has(worker)) {
      log(`Cluster: worker ${worker.process.pid} failed to start (${signal ?? code}); stopping`);
      stop(1);
    } else {
      log(`Cluster: worker ${worker.process.pid} died (${signal ?? code}); starting another`);
      fork();
    }
  });
  process.on('SIGTERM', () => stop(0));
  process.on('SIGINT', () => stop(0));
  fork();
}
