import type { Gql } from './test-app.js';

/**
 * Sends a fixture's mutation and returns its data, or throws with the API's errors. A fixture that the
 * API refuses is a broken test set-up, not a finding: it fails where it happened, naming the builder and
 * the errors, instead of as an undefined id three requests later.
 */
export async function mutate<T = any>(
  gql: Gql,
  builder: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const res = await gql<T>(query, variables);
  if (res.errors?.length || !res.data)
    throw new Error(
      `${builder}: the API refused the fixture (HTTP ${res.status}): ${JSON.stringify(res.errors)}`,
    );
  return res.data;
}

/**
 * A number for names and codes that must differ within a test database (one per suite): unique within
 * this test file, which is all a fresh database needs.
 */
let counter = 0;
export const nextFixtureNumber = (): number => ++counter;

/** An instant `days` days from now, as the API's DateTime (ISO 8601). */
export const daysFromNow = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString();

/** A GraphQL enum value as the API takes it: the TypeScript enum member or its string. */
export type EnumValue<E extends string> = E | `${E}`;

/**
 * The input with the defaults for what it leaves out; a field given as undefined counts as left out
 * (as JSON, which drops it), so it does not erase its default.
 */
export function withDefaults<T extends object>(defaults: Partial<T>, input: T): T {
  const given = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
  return { ...defaults, ...given } as T;
}

/** A query's data, or a thrown error naming the API's errors (a read a test relies on, not one it probes). */
export async function queryData<T = any>(
  gql: Gql,
  query: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  const res = await gql<T>(query, variables);
  if (res.errors?.length || !res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

/** The demo (or any) initiatives' ids by code, as the caller sees them. */
export async function initiativeIdsByCode(gql: Gql): Promise<Record<string, string>> {
  const data = await queryData<{ initiatives: { nodes: { id: string; code: string }[] } }>(
    gql,
    `{ initiatives(limit: 200) { nodes { id code } } }`,
  );
  return Object.fromEntries(data.initiatives.nodes.map((node) => [node.code, node.id]));
}
