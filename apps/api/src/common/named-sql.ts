import type { EntityManager } from 'typeorm';

/** A hand-written statement's parameters, by the names it uses (`:initiativeIds`, `:fromYear`). */
export type SqlParameters = Record<string, unknown>;

/**
 * A hand-written statement with named parameters, as PostgreSQL takes it: `:name` becomes `$n` by TypeORM's
 * own driver — the conversion its query builder uses — so no repository counts parameter positions by hand,
 * and a name used twice is one parameter. (A cast is written `::type`, which is never taken for a name.)
 */
export function positionalSql(
  em: Pick<EntityManager, 'connection'>,
  sql: string,
  parameters: SqlParameters,
): [string, unknown[]] {
  return em.connection.driver.escapeQueryWithParameters(sql, parameters);
}

/** Runs a hand-written statement with named parameters (see positionalSql). */
export function namedQuery<T>(
  em: Pick<EntityManager, 'connection' | 'query'>,
  sql: string,
  parameters: SqlParameters = {},
): Promise<T> {
  const [text, values] = positionalSql(em, sql, parameters);
  return em.query<T>(text, values);
}
