import pg from 'pg';

/**
 * Named prepared statements for the API's repeated statements on a PostgreSQL server.
 *
 * node-postgres sends a statement with parameters as an unnamed statement: the server parses, analyses and
 * plans it again on every execution. With pg_stat_statements' planning timer on, planning was two thirds of
 * the session check (0.3 of 0.45 ms, on every request) and about a third of what a benefit or an initiative
 * cost the server (1.1–1.2 of 3.8–4.0 ms); without that timer the saving is smaller (docs/performance.md,
 * «Issue 18: named prepared statements»). A named statement is parsed once per connection, and the server's
 * plan cache keeps its plan: custom plans for the first five executions, then the generic plan when its
 * estimated cost is below the custom plans' average with their planning counted (PostgreSQL's
 * `plan_cache_mode = auto`).
 *
 * Which statements are named (`PreparedStatementPolicy`): those with parameters (one without runs in the simple
 * protocol and may hold several commands), with at most `maxParameters` of them (a list of ids spread over
 * parameters makes one text per length), of bounded length, used at least `minUses` times in the process.
 * The process counts at most `maxTexts` texts: when they are all taken, the ones not named yet are forgotten.
 * Each connection keeps at most `maxPerConnection` statements and runs the rest unnamed as before, so what
 * the server holds per connection is bounded; the first time each cap is reached is logged. A name is given by
 * the process the first time a text is named and never given to another text.
 *
 * A prepared statement outlives the transaction that made it (a rollback keeps it) and is dropped with its
 * connection. When its tables change, the server plans it again; when the change alters the statement's
 * result columns (a column's type), the server refuses to run it ("cached plan must not change result
 * type"): that execution fails (with any already queued on the same connection), and the connection runs
 * the text unnamed from then on. The same when the
 * statement is gone from the server (pg closes it when a parameter cannot be converted). Behind a pooler in
 * transaction mode the statements must be kept by the pooler (PgBouncer 1.21+ with max_prepared_statements
 * above 0) or switched off (DATABASE_PREPARED_STATEMENTS=false).
 */
export interface PreparedStatementPolicy {
  /** Uses of a text in this process before it is named (the first executions stay unnamed). */
  minUses: number;
  /** Texts the process counts at most (named, or counted towards minUses). */
  maxTexts: number;
  /** Named statements per connection at most. */
  maxPerConnection: number;
  /** Longer texts are never named. */
  maxLength: number;
  /** Texts with more parameters are never named. */
  maxParameters: number;
}

/**
 * The mixed load of `bench:api` uses about 80 texts, none longer than 2,100 characters. The process holds at
 * most 1,000 texts of at most 10,000 characters and 32 parameters; a connection at most 200 statements.
 */
export const DEFAULT_PREPARED_STATEMENT_POLICY: PreparedStatementPolicy = {
  minUses: 3,
  maxTexts: 1_000,
  maxPerConnection: 200,
  maxLength: 10_000,
  maxParameters: 32,
};

interface TextUse {
  uses: number;
  name: string | null;
}

/** The process's texts: how often each was used, and its name once it has one. */
export class StatementNames {
  private readonly texts = new Map<string, TextUse>();
  private next = 1;
  /** Set the first time the process could not count a new text because all were named. */
  full = false;

  constructor(private readonly policy: PreparedStatementPolicy) {}

  /** The name to run `text` (with `parameters` parameters) under, or null to run it unnamed. */
  nameFor(text: string, parameters: number): string | null {
    if (text.length > this.policy.maxLength || parameters > this.policy.maxParameters) return null;
    let use = this.texts.get(text);
    if (!use) {
      if (this.texts.size >= this.policy.maxTexts) this.forgetUnnamed();
      if (this.texts.size >= this.policy.maxTexts) {
        this.full = true;
        return null;
      }
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

/**
 * True when a named statement failed in a way that leaves it unusable on its connection: the server refuses
 * its cached plan (0A000, its result columns changed), the statement does not exist on the server (26000),
 * or pg could not convert a parameter (not a server error: pg has closed the statement on the server but
 * still counts it as parsed).
 */
export function unusableAfter(error: unknown): boolean {
  if (!(error instanceof pg.DatabaseError)) return true;
  // RevalidateCachedQuery raises "cached plan must not change result type"; the routine's name is never
  // translated, the message is (lc_messages).
  return (
    error.code === '26000' ||
    (error.code === '0A000' &&
      (error.routine === 'RevalidateCachedQuery' ||
        /cached plan must not change result type/.test(error.message)))
  );
}

type QueryCallback = (error: Error | null, result?: unknown) => void;

interface ProtocolState {
  connection: {
    parsedStatements: Record<string, string>;
    submittedNamedStatements: Record<string, string>;
  };
}

/**
 * A `pg.Client` that runs repeated statements with parameters as named prepared statements (above). Given to
 * the pool as its `Client`, so TypeORM and every repository use it unchanged. `onCapReached` is told the
 * first time a connection holds `maxPerConnection` statements, and the first time the process cannot count
 * a new text.
 */
export function preparingClient(
  policy: PreparedStatementPolicy = DEFAULT_PREPARED_STATEMENT_POLICY,
  onCapReached: (what: 'connection' | 'process') => void = () => undefined,
): typeof pg.Client {
  const names = new StatementNames(policy);
  const told = new Set<'connection' | 'process'>();
  const tell = (what: 'connection' | 'process') => {
    if (told.has(what)) return;
    told.add(what);
    onCapReached(what);
  };
  class PreparingClient extends pg.Client {
    /** The names this connection has sent whose parse has not failed. */
    private readonly named = new Set<string>();
    /** Names this connection no longer uses (unusableAfter): their texts run unnamed here. */
    private readonly unusable = new Set<string>();

    // pg's overloads are many; the ones TypeORM and the repositories use are (text, values[, callback]).
    override query(...args: unknown[]): never {
      const [config, values] = args;
      const name =
        typeof config === 'string' && Array.isArray(values) && values.length > 0
          ? this.nameFor(config, values.length)
          : null;
      if (name === null) return (super.query as (...a: unknown[]) => never)(...args);
      this.named.add(name);
      const named = { name, text: config as string, values };
      const callback = args[2] as QueryCallback | undefined;
      if (typeof callback === 'function')
        return (super.query as (...a: unknown[]) => never)(named, (error: Error | null, result?: unknown) => {
          if (error) this.failed(name, error);
          callback(error, result);
        });
      return (super.query as (...a: unknown[]) => Promise<unknown>)(named).catch((error: unknown) => {
        this.failed(name, error);
        throw error;
      }) as never;
    }

    /** After a named execution failed: give the name up here if unusable, free its slot if unparsed. */
    private failed(name: string, error: unknown): void {
      if (unusableAfter(error)) this.unusable.add(name);
      // A parse the server refused leaves no statement (pg forgets it in both maps), nor does a statement
      // the server no longer has (26000): the slot is free again. Otherwise it stays counted, so the
      // count never falls below what the server holds.
      const { parsedStatements, submittedNamedStatements } = (this as unknown as ProtocolState).connection;
      const unparsed = parsedStatements[name] === undefined && submittedNamedStatements[name] === undefined;
      if (unparsed || (error instanceof pg.DatabaseError && error.code === '26000')) this.named.delete(name);
    }

    private nameFor(text: string, parameters: number): string | null {
      const name = names.nameFor(text, parameters);
      if (names.full) tell('process');
      if (name === null || this.unusable.has(name)) return null;
      if (this.named.has(name)) return name;
      if (this.named.size >= policy.maxPerConnection) {
        tell('connection');
        return null;
      }
      return name;
    }
  }
  return PreparingClient;
}
