import type { Gql } from './test-app.js';

/**
 * Organisations by organisation number, in one request (one aliased field each), for the reference data
 * every suite starts with (the seeds hold all ministries, agencies, counties and municipalities):
 *
 *   Object.assign(org, await organisationIds(t.gql, { oslo: '958935420', kdd: '972417858' }));
 *
 * Throws naming any number the API does not know.
 */
export async function organisationsByNumber<K extends string>(
  gql: Gql,
  orgNumbers: Record<K, string>,
): Promise<Record<K, { id: string; version: number }>> {
  const keys = Object.keys(orgNumbers) as K[];
  if (keys.length === 0) return {} as Record<K, { id: string; version: number }>;
  const fields = keys.map((_, i) => `o${i}: organisationByOrgNumber(orgNumber: $n${i}) { id version }`);
  const params = keys.map((_, i) => `$n${i}: String!`);
  const res = await gql(
    `query(${params.join(', ')}) { ${fields.join(' ')} }`,
    Object.fromEntries(keys.map((key, i) => [`n${i}`, orgNumbers[key]])),
  );
  const found = {} as Record<K, { id: string; version: number }>;
  keys.forEach((key, i) => {
    const organisation = res.data?.[`o${i}`];
    if (!organisation) {
      // An unknown number is a NOT_FOUND error at its alias: name the number and the test's key for it.
      const error = res.errors?.find((e) => e.path?.[0] === `o${i}`) ?? res.errors?.[0];
      throw new Error(
        `organisationsByNumber: no organisation ${orgNumbers[key]} (${key}): ${error?.message ?? 'null'}`,
      );
    }
    found[key] = organisation;
  });
  return found;
}

/** The ids of organisations by organisation number (see organisationsByNumber). */
export async function organisationIds<K extends string>(
  gql: Gql,
  orgNumbers: Record<K, string>,
): Promise<Record<K, string>> {
  const found = await organisationsByNumber(gql, orgNumbers);
  return Object.fromEntries(
    Object.entries(found).map(([key, o]) => [key, (o as { id: string }).id]),
  ) as Record<K, string>;
}

/** The id of one organisation by organisation number. */
export async function organisationId(gql: Gql, orgNumber: string): Promise<string> {
  return (await organisationIds(gql, { organisation: orgNumber })).organisation;
}
