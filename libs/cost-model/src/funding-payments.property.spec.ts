/**
 * Property-based tests of who pays (issue 14, point 1): random initiatives with allocations, unallocated
 * items paid by own budgets or schemes, and benefits. Sums are recomputed here in øre from the inputs,
 * without the library's grouping.
 */
import fc from 'fast-check';
import { AdministrativeLevel, FundingScheme } from '@gevinst/domain';
import { formatOre, parseAmount } from './money';
import { netPositions } from './net-positions';
import { payerMatrix } from './payer-matrix';
import { payments } from './payments';

const RUNS = 2_000;
const ORGS = ['o1', 'o2', 'o3', 'o4', 'o5'];
const LEVEL_OF: Record<string, AdministrativeLevel> = {
  o1: AdministrativeLevel.CENTRAL,
  o2: AdministrativeLevel.CENTRAL,
  o3: AdministrativeLevel.REGIONAL,
  o4: AdministrativeLevel.LOCAL,
  o5: AdministrativeLevel.LOCAL,
};
const INITIATIVES = [
  { id: 'i1', ownerId: 'o1' },
  { id: 'i2', ownerId: 'o4' },
  { id: 'i3', ownerId: 'o3' },
];

const ore = fc.bigInt({ min: 0n, max: 10_000_000_000n });
const signedOre = fc.bigInt({ min: -1_000_000_000n, max: 10_000_000_000n });
const initiativeId = fc.constantFrom('i1', 'i2', 'i3');
const org = fc.constantFrom(...ORGS);

const allocationsArb = fc.array(
  fc.record({ initiativeId, organisationId: org, amount: ore.map(formatOre) }),
  { maxLength: 8 },
);
const unallocatedArb = fc.array(
  fc.oneof(
    fc.record({
      initiativeId,
      amount: ore.map(formatOre),
      fundingScheme: fc.constantFrom(null, FundingScheme.OWN_BUDGET),
      payingOrganisationId: fc.option(org, { nil: null }),
      allocatedByKey: fc.boolean(),
    }),
    fc.record({
      initiativeId,
      amount: ore.map(formatOre),
      fundingScheme: fc.constantFrom(
        FundingScheme.CO_FINANCING,
        FundingScheme.DIGIFIN,
        FundingScheme.STIMULAB,
        FundingScheme.OTHER,
      ),
      payingOrganisationId: fc.constant(null),
      allocatedByKey: fc.boolean(),
    }),
  ),
  { maxLength: 8 },
);
const benefitsArb = fc.array(
  fc.record({ initiativeId, organisationId: org, planned: signedOre, realised: signedOre }),
  { maxLength: 8 },
);

const sum = (amounts: readonly string[]): bigint =>
  amounts.reduce((total, amount) => total + parseAmount(amount, 'a', { allowNegative: true }), 0n);

describe('who pays: properties', () => {
  it('payments add up to the costs of each initiative: no krone lost or counted twice', () => {
    fc.assert(
      fc.property(allocationsArb, unallocatedArb, (allocations, unallocated) => {
        const result = payments(INITIATIVES, allocations, unallocated);
        for (const { id } of INITIATIVES) {
          const costs =
            sum(allocations.filter((a) => a.initiativeId === id).map((a) => a.amount)) +
            sum(unallocated.filter((u) => u.initiativeId === id).map((u) => u.amount));
          expect(sum(result.filter((p) => p.initiativeId === id).map((p) => p.amount))).toBe(costs);
        }
        // Grants are paid by schemes, never by an organisation; the rest by exactly one organisation.
        for (const payment of result) expect(payment.organisationId === null).toBe(payment.kind === 'GRANT');
        // A scheme pays exactly the unallocated items that name it (a key does not take a named grant away).
        for (const scheme of [
          FundingScheme.CO_FINANCING,
          FundingScheme.DIGIFIN,
          FundingScheme.STIMULAB,
          FundingScheme.OTHER,
        ])
          expect(sum(result.filter((p) => p.scheme === scheme).map((p) => p.amount))).toBe(
            sum(unallocated.filter((u) => u.fundingScheme === scheme).map((u) => u.amount)),
          );
      }),
      { numRuns: RUNS },
    );
  });

  it('the matrix: each payer row adds up to its payments and each benefit column to its benefits', () => {
    fc.assert(
      fc.property(allocationsArb, unallocatedArb, benefitsArb, (allocations, unallocated, benefits) => {
        const paid = payments(INITIATIVES, allocations, unallocated);
        const cells = payerMatrix(
          paid.map((p) => ({
            initiativeId: p.initiativeId,
            level: p.organisationId === null ? null : LEVEL_OF[p.organisationId],
            scheme: p.scheme,
            amount: p.amount,
          })),
          benefits.map((b) => ({
            initiativeId: b.initiativeId,
            level: LEVEL_OF[b.organisationId],
            planned: formatOre(b.planned),
            realised: formatOre(b.realised),
          })),
        );
        const payers = new Set([
          ...Object.values(LEVEL_OF),
          FundingScheme.CO_FINANCING,
          FundingScheme.DIGIFIN,
          FundingScheme.STIMULAB,
          FundingScheme.OTHER,
        ]);
        for (const payer of payers) {
          const expected = sum(
            paid
              .filter((p) => (p.organisationId === null ? p.scheme : LEVEL_OF[p.organisationId]) === payer)
              .map((p) => p.amount),
          );
          const rows = cells.filter((c) => (c.payerLevel ?? c.payerScheme) === payer);
          expect(sum(rows.map((c) => c.cost))).toBe(expected);
        }
        for (const level of Object.values(AdministrativeLevel)) {
          const mine = benefits.filter((b) => LEVEL_OF[b.organisationId] === level);
          const column = cells.filter((c) => c.beneficiaryLevel === level);
          expect(sum(column.map((c) => c.plannedBenefit))).toBe(mine.reduce((t, b) => t + b.planned, 0n));
          expect(sum(column.map((c) => c.realisedBenefit))).toBe(mine.reduce((t, b) => t + b.realised, 0n));
        }
        expect(sum(cells.map((c) => c.cost))).toBe(sum(paid.map((p) => p.amount)));
      }),
      { numRuns: RUNS },
    );
  });

  it('net positions: totals are the sums of the rows, and the net sums to the benefits less every payment', () => {
    fc.assert(
      fc.property(allocationsArb, unallocatedArb, benefitsArb, (allocations, unallocated, benefits) => {
        const paid = payments(INITIATIVES, allocations, unallocated);
        const position = (p: (typeof paid)[number]) => ({
          organisationId: p.organisationId as string,
          level: LEVEL_OF[p.organisationId as string],
          amount: p.amount,
        });
        const result = netPositions(
          paid.filter((p) => p.kind === 'ALLOCATION').map(position),
          benefits.map((b) => ({
            organisationId: b.organisationId,
            level: LEVEL_OF[b.organisationId],
            planned: formatOre(b.planned),
            realised: formatOre(b.realised),
          })),
          {
            ownBudget: paid.filter((p) => p.kind === 'OWN_BUDGET').map(position),
            schemes: paid
              .filter((p) => p.kind === 'GRANT')
              .map((p) => ({ scheme: p.scheme as never, amount: p.amount })),
          },
        );
        const costs = sum(allocations.map((a) => a.amount)) + sum(unallocated.map((u) => u.amount));
        const orgs = result.organisations;
        const schemePaid = sum(result.schemes.map((s) => s.paid));
        expect(parseAmount(result.totals.paid, 'paid')).toBe(costs);
        expect(sum(orgs.map((o) => o.paid)) + schemePaid).toBe(costs);
        expect(sum(orgs.map((o) => o.cost))).toBe(parseAmount(result.totals.cost, 'cost'));
        expect(sum(orgs.map((o) => o.ownBudgetCost))).toBe(parseAmount(result.totals.ownBudgetCost, 'own'));
        expect(schemePaid).toBe(parseAmount(result.totals.schemePaid, 'scheme'));
        for (const o of orgs) expect(sum([o.cost, o.ownBudgetCost])).toBe(sum([o.paid]));
        // Σ organisations' net − Σ schemes' payments = the total net (the schemes pay and gain nothing)
        expect(sum(orgs.map((o) => o.plannedNet)) - schemePaid).toBe(sum([result.totals.plannedNet]));
        expect(sum(orgs.map((o) => o.realisedNet)) - schemePaid).toBe(sum([result.totals.realisedNet]));
        expect(sum(result.levels.map((l) => l.paid))).toBe(sum(orgs.map((o) => o.paid)));
      }),
      { numRuns: RUNS },
    );
  });
});
