import type { FundingScheme, InitiativePhase, LifeEvent, ParticipantRole } from '@gevinst/domain';
import { type EnumValue, mutate, withDefaults, nextFixtureNumber } from './graphql.js';
import type { Gql } from './test-app.js';

/** CreateInitiativeInput as the API takes it; only the owner and the ministry have no default. */
export interface InitiativeFixture {
  /** Default FIXTURE-<n>, unique within the suite. */
  code?: string;
  /** Default "Testtiltak <n>". */
  name?: string;
  ownerId: string;
  ministryId: string;
  description?: string;
  phase?: EnumValue<InitiativePhase>;
  lifeEvent?: EnumValue<LifeEvent>;
  startDate?: string;
  endDate?: string;
  costSharingKeyId?: string | null;
  fundingSources?: {
    year: number;
    scheme: EnumValue<FundingScheme>;
    organisationId?: string | null;
    amount: string;
    receivedAmount?: string | null;
    description?: string;
  }[];
  participants?: { organisationId: string; role: EnumValue<ParticipantRole>; pays?: boolean }[];
}

export interface CreatedInitiative {
  id: string;
  code: string;
  version: number;
}

/**
 * Creates an initiative through createInitiative as `gql`'s caller (the test's administrator with t.gql,
 * an initiative owner with a signed-in client). Fields left out are left out of the input too, so the
 * API's own defaults apply (phase CONCEPT, no dates, no participants but the owner).
 */
export async function anInitiative(gql: Gql, input: InitiativeFixture): Promise<CreatedInitiative> {
  const n = nextFixtureNumber();
  const data = await mutate<{ createInitiative: CreatedInitiative }>(
    gql,
    'anInitiative',
    `mutation($i: CreateInitiativeInput!) { createInitiative(input: $i) { id code version } }`,
    { i: withDefaults({ code: `FIXTURE-${n}`, name: `Testtiltak ${n}` }, input) },
  );
  return data.createInitiative;
}
