import pg from 'pg';

/**
 * Named prepared statements for the API's repeated statements on a PostgreSQL server.
 *
 * node-postgres sends a statement with parameters as an unnamed statement: the server parses, analyses and
 * plans it again on every execution. For the short statements of a request (the session check, an entity by
 * id, a page's lines) planning was a third of the server's work: 0.3 ms of the session check's 0.45 ms, and
 * 1.1–1.2 ms of the 3.8–4.0 ms a benefit or an initiative took (pg_stat_statements with track_planning,
 * docs/performance.md, issue 18). A named statement is parsed once per connection, and the server's plan cache
 * keeps its plan: a custom plan for the first five executions, then the generic plan when its estimated cost
 * is no worse (PostgreSQL's `plan_cache_mode = auto`).
 *
 * Which statements are named (`PreparedStatementPolicy`): those with parameters (one without runs in the simple
 * protocol and may hold several commands), of bounded length, used at least `minUses` times in the process
 * (a one-off is not kept on the server). The process counts at most `maxTexts` texts: when they are all
 * taken, the ones not named yet are forgotten. Each connection keeps at most `maxPerConnection` statements and
 * runs the rest unnamed as before, so what the server holds per connection is bounded. A name is given by the
 * process the first time a text is named and never given to another text.
 *
 * A prepared statement outlives the transaction that made it (a rollback keeps it) and is dropped with its
 * connection. When its tables change (a migration), the server plans it again. Behind a pooler in
 * transaction mode the statements must be kept by the pooler (PgBouncer 1.21+ with max_prepared_statements)
 * or switched off (DATABASE_PREPARED_STATEMENTS=false).
 */
export interface PreparedStatementPolicy {
  /** Uses of a text in this process before it is named (the first executions stay unnamed). */
  minUses: number;
  /** Texts the process counts at most; a text first seen after that is never named. */
  maxTexts: number;
  /** Named statements per connection at most. */
  maxPerConnection: number;
  /** Longer texts are never named. */
  maxLength: number;
}

/**
 * The mixed load of `bench:api` uses about 80 texts, none longer than 2,100 characters. The process holds at
 * most 1,000 texts of at most 10,000 characters; a connection at most 200 statements.
 */
export const DEFAULT_PREPARED_STATEMENT_POLICY: PreparedStatementPolicy = {
  minUses: 2,
  maxTexts: 1_000,
  maxPerConnection: 200,
  maxLength: 10_000,
};

interface TextUse {
  uses: number;
  name: string | null;
}

/** The process's texts: how often each was used, and its name once it has one. */
export class StatementNames {
  private readonly texts = new Map<string, TextUse>();
  private next = 1;

  constructor(private readonly policy: PreparedStatementPolicy) {}

  /** The name to run `text` under, or null to run it unnamed. */
  nameFor(text: string): string | null {
    if (text.length > this.policy.maxLength) return null;
    let use = this.texts.get(text);
    if (!use) {
      if (this.texts.size >= this.policy.maxTexts) this.forgetUnnamed();
      if (this.texts.size >= this.policy.maxTexts) return null;
      use = { uses: 0, name: null };
      this.texts.set(text, use);
    }
    use.uses++;
    if (use.uses < this.policy.minUses) return null;
    use.name ??= `gevinst_${this.next++}`;
    return use.name;
  }

  /** Texts the process holds (named or counted). */
  get size(): number {
    return this.texts.size;
  }

  /**
   * Makes room by forgetting the texts not named yet (their counts start again). Named texts stay: a
   * connection may hold the statement, and a name is never given to another text.
   */
  private forgetUnnamed(): void {
    for (const [text, use] of this.texts) if (use.name === null) this.texts.delete(text);
  }
}

type QueryCallback = (error: Error | null, result?: unknown) => void;

/**
 * A `pg.Client` that runs repeated statements with parameters as named prepared statements (above). Given to
 * the pool as its `Client`, so TypeORM and every repository use it unchanged.
 */
export function preparingClient(
  policy: PreparedStatementPolicy = DEFAULT_PREPARED_STATEMENT_POLICY,
): typeof pg.Client {
  const names = new StatementNames(policy);
  class PreparingClient extends pg.Client {
    /** The names this connection has sent (parsed, or parsing); a failed parse is sent again next time. */
    private readonly named = new Set<string>();

    // pg's overloads are many; the ones TypeORM and the repositories use are (text, values[, callback]).
    override query(...args: unknown[]): never {
      const [config, values] = args;
      if (typeof config === 'string' && Array.isArray(values) && values.length > 0) {
        const name = names.nameFor(config);
        if (name !== null && (this.named.has(name) || this.named.size < policy.maxPerConnection)) {
          this.named.add(name);
          const rest = args.slice(2) as [QueryCallback?];
          return (super.query as (...a: unknown[]) => never)({ name, text: config, values }, ...rest);
        }
      }
      return (super.query as (...a: unknown[]) => never)(...args);
    }
  }
  return PreparingClient;
}
