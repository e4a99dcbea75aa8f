import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | null = null;

/**
 * Runs a full garbage collection now. For the one place where a burst of work leaves a large heap of garbage
 * behind and the process then goes quiet: the portfolio precompute (apps/api/src/portfolio) builds every
 * answer of the day at start and after midnight, leaving about 150 MB of garbage on the national data set
 * that V8 has no reason to collect while no request allocates, so an idle process held about 330 MB of
 * RSS instead of about 180 MB (docs/performance.md, issue 18).
 *
 * `gc` is not exposed without `--expose-gc`; setting the flag at run time and taking `gc` from a new
 * context is how Jest does the same for `--logHeapUsage`. The pause is one full collection (about 0.1–0.2 s
 * on that heap), once a day.
 *
 * The collection compacts the whole heap (V8's `--compact-on-every-full-gc`, set for this one collection
 * only). A plain full collection frees the garbage but compacts only the pages V8's heuristics pick, so the
 * precompute's survivors, spread over its pages, kept them all: on the national data set the old space
 * stayed at 170 MB committed for 79 MB in use, and the idle process at about 293 MB of RSS. Compacted, the
 * old space shrinks to what is in use and the pages go back to the system.
 */
export function collectGarbage(): void {
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  setFlagsFromString('--compact-on-every-full-gc');
  try {
    collect();
  } finally {
    setFlagsFromString('--no-compact-on-every-full-gc');
  }
}
