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
