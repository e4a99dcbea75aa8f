import { mutate, nextFixtureNumber, withDefaults } from './graphql.js';
import type { Gql } from './test-app.js';

/** CreateCostSharingKeyInput as the API takes it; only the organisation that manages it has no default. */
export interface CostSharingKeyFixture {
  /** Default "Nøkkel <n>". */
  name?: string;
  ownerOrganisationId: string;
  /** The key's method and parameters, as the API takes them (default { method: 'EQUAL' }). */
  spec?: Record<string, unknown>;
  populationYear?: number;
  description?: string;
  validFrom?: string;
  validTo?: string;
}

export interface CreatedCostSharingKey {
  id: string;
  version: number;
  currentVersion: number;
}

/** Creates a cost-sharing key through createCostSharingKey as `gql`'s caller. */
export async function aCostSharingKey(
  gql: Gql,
  input: CostSharingKeyFixture,
): Promise<CreatedCostSharingKey> {
  const data = await mutate<{ createCostSharingKey: CreatedCostSharingKey }>(
    gql,
    'aCostSharingKey',
    `mutation($i: CreateCostSharingKeyInput!) { createCostSharingKey(input: $i) { id version currentVersion } }`,
    { i: withDefaults({ name: `Nøkkel ${nextFixtureNumber()}`, spec: { method: 'EQUAL' } }, input) },
  );
  return data.createCostSharingKey;
}
