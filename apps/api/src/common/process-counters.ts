import { GCProfiler } from 'node:v8';

/**
 * The response header that names the process that answered, sent with GEVINST_PROCESS_COUNTERS (for the
 * benchmark: with several API processes it tells which worker served a request).
 */
export const PROCESS_ID_HEADER = 'X-Process-Id';

/** The process's work so far: CPU time and bytes allocated on the JavaScript heap (cumulative). */
export interface ProcessCounters {
  /** User + system CPU time of the process, in microseconds. */
  cpuMicros: number;
  /** Bytes allocated on the V8 heap since counting started (freed by garbage collection or still used). */
  allocatedBytes: number;
  /** Garbage collections and the time they took (ms) since counting started. */
  gcCount: number;
  gcMs: number;
}

/**
 * Counts what requests cost the process, for the benchmark (GEVINST_PROCESS_COUNTERS): `bench:api` reads
 * the counters before and after a run of requests and divides by their number. Allocation is not counted by
 * V8 itself: it is the heap's growth plus what every garbage collection freed, read from V8's GC profiler
 * (each collection's used heap before and after), which is restarted on each read to hand over its records.
 */
export class ProcessCounterSource {
  private profiler = new GCProfiler();
  private readonly startUsed: number;
  private freed = 0;
  private gcCount = 0;
  private gcMs = 0;

  constructor() {
    this.profiler.start();
    this.startUsed = usedHeap();
  }

  read(): ProcessCounters {
    const profile = this.profiler.stop();
    this.profiler = new GCProfiler();
    this.profiler.start();
    for (const gc of profile?.statistics ?? []) {
      this.freed += Math.max(
        0,
        gc.beforeGC.heapStatistics.usedHeapSize - gc.afterGC.heapStatistics.usedHeapSize,
      );
      this.gcCount++;
      this.gcMs += gc.cost / 1000;
    }
    const cpu = process.cpuUsage();
    return {
      cpuMicros: cpu.user + cpu.system,
      allocatedBytes: usedHeap() - this.startUsed + this.freed,
      gcCount: this.gcCount,
      gcMs: this.gcMs,
    };
  }
}

function usedHeap(): number {
  return process.memoryUsage().heapUsed;
}
