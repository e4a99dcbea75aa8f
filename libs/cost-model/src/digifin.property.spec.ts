/**
 * Properties of the DigiFin ledger: for random contributors and rates, the contributions of a level add up
 * to rate × the level's total population exactly (the rates have at most two decimals, so each
 * rate × population is a whole number of øre and nothing is rounded), every year balances, and each
 * year's grants are split over the contributors to the øre.
 */
import fc from 'fast-check';
import { type DigifinContributor, digifinGrantShares, digifinLedger } from './digifin';
import { parseAmount } from './money';

const RUNS = 300;

const contributorsArb = fc
  .array(
    fc.record({
      kind: fc.constantFrom('MUNICIPALITY' as const, 'COUNTY_AUTHORITY' as const),
      population: fc.integer({ min: 0, max: 1_000_000 }),
    }),
    { minLength: 1, maxLength: 30 },
  )
  .map((rows) =>
    rows.map((row, i): DigifinContributor => ({
      id: `o${i}`,
      kind: row.kind,
      orgNumber: String(900000000 + i),
      name: `O${i}`,
      populations: { 2024: row.population },
    })),
  );
/** A rate in øre per inhabitant (0.00–99.99 NOK). */
const rateArb = fc.integer({ min: 0, max: 9_999 });
const nok = (ore: number | bigint) => {
  const v = BigInt(ore);
  return `${v / 100n}.${String(v % 100n).padStart(2, '0')}`;
};

describe('digifinLedger properties', () => {
  it('Σ contributions of a level = rate × Σ population of that level; each year balances', () => {
    fc.assert(
      fc.property(
        contributorsArb,
        rateArb,
        rateArb,
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.array(
          fc.record({ year: fc.integer({ min: 2017, max: 2026 }), ore: fc.integer({ min: 0, max: 1e9 }) }),
          {
            maxLength: 6,
          },
        ),
        (contributors, municipal, county, stateOre, grants) => {
          const ledger = digifinLedger(
            [
              { year: 2018, contributor: 'STATE', amount: nok(stateOre) },
              { year: 2024, contributor: 'MUNICIPALITY', rate: nok(municipal), populationYear: 2024 },
              { year: 2024, contributor: 'COUNTY_AUTHORITY', rate: nok(county), populationYear: 2024 },
            ],
            contributors,
            grants.map((g, i) => ({
              initiativeId: `p${i % 3}`,
              year: g.year,
              planned: nok(g.ore),
              received: null,
            })),
          );
          for (const [kind, rate, field] of [
            ['MUNICIPALITY', municipal, 'municipalities'],
            ['COUNTY_AUTHORITY', county, 'countyAuthorities'],
          ] as const) {
            const population = contributors
              .filter((c) => c.kind === kind)
              .reduce((acc, c) => acc + BigInt(c.populations[2024]), 0n);
            const sum = ledger.contributions
              .filter((c) => c.kind === kind)
              .reduce((acc, c) => acc + parseAmount(c.amount, 'a'), 0n);
            expect(sum).toBe(BigInt(rate) * population);
            expect(parseAmount(ledger.years.find((y) => y.year === 2024)![field], 'y')).toBe(sum);
          }
          let balance = 0n;
          for (const y of ledger.years) {
            expect(parseAmount(y.opening, 'o', { allowNegative: true })).toBe(balance);
            balance += parseAmount(y.contributions, 'c') - parseAmount(y.grants, 'g');
            expect(parseAmount(y.closing, 'c', { allowNegative: true })).toBe(balance);
          }
          // Grants split over the contributors (and the state) to the øre, or unfunded before any contribution.
          let split = parseAmount(digifinGrantShares(ledger, contributors, { fixed: 'STATE' }).total, 's');
          split += parseAmount(digifinGrantShares(ledger, contributors, { fixed: 'STATE' }).unfunded, 'u');
          for (const c of contributors)
            split += parseAmount(
              digifinGrantShares(ledger, contributors, { organisationId: c.id }).total,
              't',
            );
          expect(split).toBe(parseAmount(ledger.totals.grants, 'g'));
        },
      ),
      { numRuns: RUNS },
    );
  });
});
