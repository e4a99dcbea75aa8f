/**
 * After the mixed load (issue 18: «prove it with the mixed-load benchmark on 2 processes: 0 errors, audit
 * and runs consistent»): what the clients were told was written, set against what the database holds.
 * Pure, so that every rule is tested (write-consistency.spec.ts); bench-api.ts gathers both sides.
 *
 * The rules:
 * - every write a client was told succeeded has exactly one audit event (operation and entity), and no
 *   write the clients made has an event without a success (a CONFLICT stores nothing, audit included);
 * - every measurement and cost item a client was told it recorded or created is in its table, and nothing
 *   else was recorded or created by the load;
 * - each cost item's version rose by exactly the number of updates a client was told succeeded (no update
 *   lost, none applied twice: the version check holds across processes);
 * - of the runAllocation calls raced against one current run, exactly one succeeded and the others got
 *   CONFLICT; that run is the one current run of its initiative and year, the run it superseded points to
 *   it, its lines are as many as its line count and sum to its planned total, and it has one audit event;
 * - of the updateCostItem calls raced in rounds, each naming the version the last round left, exactly one
 *   a round succeeded and the others got CONFLICT; the item's version rose by the rounds, it holds the
 *   last winner's amount, and it has one audit event a round.
 *
 * A write whose answer never came (counted as an error by the load) may have been stored all the same; it
 * then shows here too, as stored or audited without a success.
 */

/** What the clients were told (ids from the answers, counted per cost item for the updates). */
export interface WritesMade {
  measurements: readonly string[];
  createdCostItems: readonly string[];
  /** Cost item id → updates a client was told succeeded. */
  costItemUpdates: ReadonlyMap<string, number>;
}

/** One audit event written since the load began (by anyone: the load is the only writer meanwhile). */
export interface AuditSeen {
  operation: string;
  entityId: string;
}

/** What the database holds, read after the load. */
export interface WritesFound {
  audit: readonly AuditSeen[];
  /** Measurements recorded since the load began. */
  measurements: readonly string[];
  /** Cost items created since the load began. */
  createdCostItems: readonly string[];
  /** Every cost item the load could update: its version before the load and now. */
  costItemVersions: ReadonlyMap<string, { before: number; after: number }>;
}

/** The operations the load writes with, by the audit's name for them. */
export const LOAD_WRITE_OPERATIONS = ['recordMeasurement', 'createCostItem', 'updateCostItem'] as const;

/** Ids in `a` and not in `b`. */
function missing(a: readonly string[], b: ReadonlySet<string>): string[] {
  return a.filter((id) => !b.has(id));
}

function countBy(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** Compares one operation's successes with its audit events: one event per success, none besides. */
function auditProblems(operation: string, successes: readonly string[], events: readonly string[]): string[] {
  const problems: string[] = [];
  const told = countBy(successes);
  const seen = countBy(events);
  for (const [id, n] of told) {
    const m = seen.get(id) ?? 0;
    if (m !== n) problems.push(`${operation} ${id}: ${n} success(es), ${m} audit event(s)`);
  }
  for (const [id, m] of seen)
    if (!told.has(id)) problems.push(`${operation} ${id}: ${m} audit event(s) and no success`);
  return problems;
}

/** Every way the database differs from what the load's clients were told; empty when consistent. */
export function writeProblems(made: WritesMade, found: WritesFound): string[] {
  const problems: string[] = [];
  const events = (operation: string) =>
    found.audit.filter((e) => e.operation === operation).map((e) => e.entityId);
  const updates = [...made.costItemUpdates].flatMap(([id, n]) => Array<string>(n).fill(id));
  problems.push(...auditProblems('recordMeasurement', made.measurements, events('recordMeasurement')));
  problems.push(...auditProblems('createCostItem', made.createdCostItems, events('createCostItem')));
  problems.push(...auditProblems('updateCostItem', updates, events('updateCostItem')));
  const others = found.audit.filter(
    (e) => !(LOAD_WRITE_OPERATIONS as readonly string[]).includes(e.operation),
  );
  for (const e of others) problems.push(`unexpected audit event ${e.operation} ${e.entityId}`);

  for (const [what, told, stored] of [
    ['measurement', made.measurements, found.measurements],
    ['created cost item', made.createdCostItems, found.createdCostItems],
  ] as const) {
    const storedSet = new Set(stored);
    const toldSet = new Set(told);
    for (const id of missing(told, storedSet)) problems.push(`${what} ${id} was reported and is not stored`);
    for (const id of missing(stored, toldSet)) problems.push(`${what} ${id} is stored and was not reported`);
    if (toldSet.size !== told.length) problems.push(`a ${what} id was reported twice`);
  }

  for (const id of made.costItemUpdates.keys())
    if (!found.costItemVersions.has(id)) problems.push(`cost item ${id} was updated and is not stored`);
  for (const [id, { before, after }] of found.costItemVersions) {
    const n = made.costItemUpdates.get(id) ?? 0;
    if (after - before !== n)
      problems.push(`cost item ${id}: version ${before} → ${after}, ${n} successful update(s)`);
  }
  return problems;
}

/** What the runAllocation race gave its callers: the ids of the successes and every error's code. */
export interface RaceMade {
  /** The current run every call named as the one it supersedes (null: none, the first run). */
  supersedes: string | null;
  calls: number;
  successes: readonly string[];
  /** The error codes of the calls that failed (CONFLICT expected). */
  failures: readonly string[];
}

/** The initiative-year's runs and the winner's lines, read after the race. */
export interface RaceFound {
  /** Runs of the initiative and year created since the race began. */
  newRuns: readonly string[];
  /** The initiative and year's current runs (one, by the unique index). */
  current: readonly string[];
  /** What the superseded run now says (null when there was none). */
  superseded: { status: string; supersededBy: string | null } | null;
  /** The winner's stored totals and its lines' count and sum (decimal text, as PostgreSQL gives them). */
  winner: { lineCount: number; plannedTotal: string; linesCounted: number; linesPlanned: string } | null;
  /** runAllocation audit events since the race began (their entity ids). */
  audit: readonly string[];
}

/**
 * The rule of every race: of `calls` calls at once on one state, exactly one wins, the others get CONFLICT,
 * and each is answered. `prefix` and `noun` word the findings («update round 2: 2 of 8 calls …»), `failed`
 * starts the one about other errors.
 */
function oneWinner(
  words: { prefix: string; noun: string; failed: string },
  calls: number,
  wins: number,
  failures: readonly string[],
): string[] {
  const problems: string[] = [];
  if (wins !== 1) problems.push(`${words.prefix}${wins} of ${calls} ${words.noun} succeeded, not 1`);
  const unexpected = failures.filter((code) => code !== 'CONFLICT');
  if (unexpected.length) problems.push(`${words.failed} with ${[...new Set(unexpected)].join(', ')}`);
  const unanswered = calls - wins - failures.length;
  if (unanswered) problems.push(`${words.prefix}${unanswered} ${words.noun} unanswered`);
  return problems;
}

export function raceProblems(made: RaceMade, found: RaceFound): string[] {
  const problems = oneWinner(
    { prefix: '', noun: 'runAllocation calls', failed: 'runAllocation failed' },
    made.calls,
    made.successes.length,
    made.failures,
  );
  const winner = made.successes[0];
  if (winner === undefined) return problems;
  if (found.newRuns.length !== 1 || found.newRuns[0] !== winner)
    problems.push(`runs stored by the race: ${found.newRuns.join(', ') || 'none'}; expected ${winner}`);
  if (found.current.length !== 1 || found.current[0] !== winner)
    problems.push(`current runs: ${found.current.join(', ') || 'none'}; expected ${winner}`);
  if (
    made.supersedes !== null &&
    (found.superseded?.status !== 'SUPERSEDED' || found.superseded.supersededBy !== winner)
  )
    problems.push(
      `run ${made.supersedes} is ${found.superseded?.status ?? 'not stored'}, superseded by ${found.superseded?.supersededBy ?? 'nothing'}; expected ${winner}`,
    );
  if (!found.winner) problems.push(`run ${winner} is not stored`);
  else {
    const w = found.winner;
    if (w.linesCounted !== w.lineCount)
      problems.push(`run ${winner}: ${w.linesCounted} lines stored, line count ${w.lineCount}`);
    if (w.linesPlanned !== w.plannedTotal)
      problems.push(`run ${winner}: lines sum to ${w.linesPlanned}, planned total ${w.plannedTotal}`);
  }
  if (found.audit.length !== 1 || found.audit[0] !== winner)
    problems.push(
      `runAllocation audit events: ${found.audit.join(', ') || 'none'}; expected one for ${winner}`,
    );
  return problems;
}

/** One round of updateCostItem calls that all named the same version. */
export interface UpdateRound {
  calls: number;
  /** The planned amounts of the calls that succeeded (one expected). */
  winners: readonly string[];
  /** The error codes of the calls that failed (CONFLICT expected). */
  failures: readonly string[];
}

/** The raced item as stored after the rounds. */
export interface UpdateRaceFound {
  versionBefore: number;
  versionAfter: number;
  plannedAmount: string;
  /** updateCostItem audit events of the item since the rounds began. */
  audit: number;
}

export function updateRaceProblems(rounds: readonly UpdateRound[], found: UpdateRaceFound): string[] {
  const problems = rounds.flatMap((round, k) =>
    oneWinner(
      { prefix: `update round ${k + 1}: `, noun: 'calls', failed: `update round ${k + 1}: failed` },
      round.calls,
      round.winners.length,
      round.failures,
    ),
  );
  const wins = rounds.reduce((n, round) => n + round.winners.length, 0);
  if (found.versionAfter - found.versionBefore !== wins)
    problems.push(
      `cost item version ${found.versionBefore} → ${found.versionAfter}, ${wins} successful update(s)`,
    );
  const last = rounds.at(-1);
  if (last?.winners.length === 1 && found.plannedAmount !== last.winners[0])
    problems.push(`cost item holds ${found.plannedAmount}, the last update stored ${last.winners[0]}`);
  if (found.audit !== wins)
    problems.push(`${found.audit} updateCostItem audit event(s), ${wins} successful update(s)`);
  return problems;
}

/** Issue 18's mixed-load target: at least this many requests a second … */
export const MIXED_LOAD_MIN_RATE = 120;
/** … with a p95 latency at most this (ms) … */
export const MIXED_LOAD_MAX_P95_MS = 600;

/** … and no error but CONFLICT. What misses, in words; empty when the load met its target. */
export function mixedLoadMisses(rate: number, p95: number, errors: number): string[] {
  const misses: string[] = [];
  if (!(rate >= MIXED_LOAD_MIN_RATE)) misses.push(`${rate.toFixed(1)} requests/s < ${MIXED_LOAD_MIN_RATE}`);
  if (!(p95 <= MIXED_LOAD_MAX_P95_MS)) misses.push(`p95 ${p95.toFixed(1)} ms > ${MIXED_LOAD_MAX_P95_MS}`);
  if (errors) misses.push(`${errors} error(s) besides CONFLICT`);
  return misses;
}

/**
 * The races' answers by the process that gave them (X-Process-Id): with N API processes every one must
 * have answered some, or the races proved nothing across processes. An answer without the header counts
 * as "unnamed" (an API without GEVINST_PROCESS_COUNTERS), which names no process.
 */
export function servedProblems(processes: number, served: ReadonlyMap<string, number>): string[] {
  const named = [...served.keys()].filter((id) => id !== 'unnamed');
  if (served.has('unnamed')) return ['raced answers without X-Process-Id: which process answered is unknown'];
  if (named.length < processes)
    return [`the races were answered by ${named.length} of ${processes} API processes`];
  return [];
}
