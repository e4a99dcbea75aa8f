import { readdirSync, readFileSync } from 'node:fs';

/**
 * Waits until a process (or process tree) has used less than 5 % of a core for 2 s in a row, and at least
 * 10 s (an API process precomputes the portfolio a few seconds after it listens, which a measurement must
 * not meet); at most 3 minutes. `cpuMs` reads its CPU time so far in milliseconds. Resolves with the wait.
 */
export async function untilIdle(cpuMs: () => number): Promise<number> {
  const started = performance.now();
  let quiet = 0;
  let last = cpuMs();
  for (;;) {
    await new Promise((ok) => setTimeout(ok, 500));
    const now = cpuMs();
    quiet = now - last < 25 ? quiet + 500 : 0;
    last = now;
    const waited = performance.now() - started;
    if ((quiet >= 2000 && waited >= 10_000) || waited > 180_000) return waited;
  }
}

/** The process's children (from /proc: every thread's list), or none once it is gone. */
function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

/**
 * CPU time (user + system, ms) the process and its living descendants have used so far, from /proc
 * (Linux): with several API processes (WEB_CONCURRENCY) the requests are served by the primary's workers.
 * 0 for a process that has gone.
 */
export function processTreeCpuMs(pid: number): number {
  let ticks = 0;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of stat)
  } catch {
    return 0;
  }
  return (
    (ticks * 1000) / 100 + childrenOf(pid).reduce((sum, child) => sum + processTreeCpuMs(child), 0) // USER_HZ 100
  );
}
