/**
 * Initiatives' participant lists kept by an API process across requests, each valid for one value of the
 * database's participant change count (migration 1795423890000-participant-changes: the sum of
 * `participant_changes`, raised once by every transaction that changes `initiative_participants` or
 * `organisations`, in that transaction: migration 1795423895000). Sums only grow, so a list read when the
 * sum was S is what a read now would give exactly when the sum is still S. Lists are kept for one sum only:
 * a read that sees any other sum replaces them, a lower one included (a statement on an older snapshot, or
 * a count table edited by hand or restored from a dump), so a sum that falls and climbs back never brings
 * old lists back. Several processes on one database each check their own lists against it, so none answers
 * a list another process has changed.
 *
 * A read goes in two steps, both without I/O here: `plan` hands the database the sum the lists held are
 * valid for and the initiatives not held; the one statement (participant.repository.ts,
 * `participantsWithOrganisations`) reads the current sum and, when that is the known one, only the
 * missing lists, or else every list asked for; `settle` answers from both and keeps what was read. Lists
 * read inside a transaction that has written anything are neither answered from the cache nor kept (the
 * transaction may see, and count, changes of its own that are then rolled back).
 *
 * Lists are shared between requests and must not be changed by their readers. At most `capacity` entries
 * (a list counts as one plus its length) are kept; the longest unread initiatives go first.
 */
export class ParticipantListCache<T> {
  private readonly states = new Map<string, { changes: bigint; lists: Map<string, readonly T[]> }>();
  private size = 0;

  constructor(readonly capacity = 150_000) {}

  /**
   * What to ask the database for the lists of `ids` read with projection `key`: the change count the held
   * lists are valid for ('' when none are held), the lists held, and the ids of those not held.
   */
  plan(key: string, ids: readonly string[]): ParticipantListPlan<T> {
    const state = this.states.get(key);
    if (!state) return { key, known: '', held: new Map(), missing: [...new Set(ids)] };
    const held = new Map<string, readonly T[]>();
    const missing = new Set<string>();
    for (const id of ids) {
      if (held.has(id) || missing.has(id)) continue;
      const list = state.lists.get(id);
      if (list) {
        held.set(id, list);
        // Read again: last to be evicted.
        state.lists.delete(id);
        state.lists.set(id, list);
      } else missing.add(id);
    }
    return { key, known: state.changes.toString(), held, missing: [...missing] };
  }

  /**
   * The lists of `ids`, in that order, from the plan's held lists and what the statement read: `changes`,
   * the sum it saw; `cacheable`, false inside a transaction that has written; `read`, the lists it read by
   * initiative (the missing ones when it saw the known sum and could use the cache, else all of `ids`).
   */
  settle(
    plan: ParticipantListPlan<T>,
    ids: readonly string[],
    read: { changes: string; cacheable: boolean; lists: ReadonlyMap<string, readonly T[]> },
  ): (readonly T[])[] {
    const fromCache = read.cacheable && read.changes === plan.known;
    const answer = ids.map((id) => (fromCache ? plan.held.get(id) : undefined) ?? read.lists.get(id) ?? []);
    if (!read.cacheable) return answer;
    const changes = BigInt(read.changes);
    let state = this.states.get(plan.key);
    if (!state || state.changes !== changes) {
      if (state) this.size -= entries(state.lists);
      state = { changes, lists: new Map() };
    }
    // Last used, last to be evicted.
    this.states.delete(plan.key);
    this.states.set(plan.key, state);
    for (const id of fromCache ? plan.missing : ids) {
      const list = read.lists.get(id) ?? [];
      const before = state.lists.get(id);
      if (before) this.size -= 1 + before.length;
      state.lists.set(id, list);
      this.size += 1 + list.length;
    }
    this.evict();
    return answer;
  }

  /** Entries held, for tests and counters: each list counts one plus its length. */
  get entries(): number {
    return this.size;
  }

  /** Forgets every list (tests). */
  clear(): void {
    this.states.clear();
    this.size = 0;
  }

  private evict(): void {
    for (const [key, state] of this.states) {
      for (const [id, list] of state.lists) {
        if (this.size <= this.capacity) return;
        state.lists.delete(id);
        this.size -= 1 + list.length;
      }
      if (!state.lists.size) this.states.delete(key);
    }
  }
}

/** A read of participant lists planned against the cache (ParticipantListCache.plan). */
export interface ParticipantListPlan<T> {
  readonly key: string;
  /** The change count the held lists are valid for; '' when none are held. */
  readonly known: string;
  readonly held: ReadonlyMap<string, readonly T[]>;
  /** The requested initiatives whose lists are not held, each once. */
  readonly missing: readonly string[];
}

function entries<T>(lists: ReadonlyMap<string, readonly T[]>): number {
  let size = 0;
  for (const list of lists.values()) size += 1 + list.length;
  return size;
}
