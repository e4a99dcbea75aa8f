import { takeOut } from './take-out';

const nok = (value: number) => BigInt(Math.round(value * 100));

describe('takeOut (50 % of the internal net budget-releasing benefits, net of running cost increases)', () => {
  it('nets dis-benefits and the running costs above the pre-project level', () => {
    // Benefits 1,000,000 (planned) / 800,000 (realised) and a dis-benefit −100,000 / −150,000.
    // O&M planned 700,000 + 300,000 = 1,000,000, actual 650,000 + 320,000 = 970,000; pre-project 600,000.
    // Planned: gross 1,000,000, dis 100,000, increase 1,000,000 − 600,000 = 400,000,
    //   net 1,000,000 − 100,000 − 400,000 = 500,000, take-out 250,000.
    // Realised: gross 800,000, dis 150,000, increase 970,000 − 600,000 = 370,000,
    //   net 800,000 − 150,000 − 370,000 = 280,000, take-out 140,000.
    const result = takeOut(
      [
        {
          organisationId: 'agency',
          benefits: [
            { planned: nok(1_000_000), realised: nok(800_000) },
            { planned: nok(-100_000), realised: nok(-150_000) },
          ],
          runningCosts: [
            { planned: nok(700_000), actual: nok(650_000) },
            { planned: nok(300_000), actual: nok(320_000) },
          ],
          preProjectRunningCost: nok(600_000),
        },
      ],
      50,
    );
    expect(result.agencies[0].planned).toEqual({
      gross: nok(1_000_000),
      disBenefits: nok(100_000),
      runningCost: nok(1_000_000),
      runningCostIncrease: nok(400_000),
      net: nok(500_000),
      takeOut: nok(250_000),
    });
    expect(result.agencies[0].realised).toEqual({
      gross: nok(800_000),
      disBenefits: nok(150_000),
      runningCost: nok(970_000),
      runningCostIncrease: nok(370_000),
      net: nok(280_000),
      takeOut: nok(140_000),
    });
    expect(result.planned.takeOut).toBe(nok(250_000));
  });

  it('takes nothing out when the running cost increase eats the benefit', () => {
    // Gross 300,000; O&M 900,000 against a pre-project level of 500,000: increase 400,000;
    // net 300,000 − 400,000 = −100,000 → take-out 0 (never negative).
    const result = takeOut(
      [
        {
          organisationId: 'a',
          benefits: [{ planned: nok(300_000), realised: nok(300_000) }],
          runningCosts: [{ planned: nok(900_000), actual: null }],
          preProjectRunningCost: nok(500_000),
        },
      ],
      50,
    );
    // Realised: no actual recorded, the planned 900,000 is counted: the same figures.
    expect(result.agencies[0].realised).toEqual(result.agencies[0].planned);
    expect(result.agencies[0].planned).toMatchObject({ net: nok(-100_000), takeOut: 0n });
  });

  it('does not count running costs below the pre-project level as a benefit', () => {
    // O&M 200,000 against a pre-project level of 500,000: increase max(0, −300,000) = 0;
    // net = gross 100,000 → take-out 50,000.
    const result = takeOut(
      [
        {
          organisationId: 'a',
          benefits: [{ planned: nok(100_000), realised: nok(100_000) }],
          runningCosts: [{ planned: nok(200_000), actual: nok(200_000) }],
          preProjectRunningCost: nok(500_000),
        },
      ],
      50,
    );
    expect(result.planned).toMatchObject({
      runningCostIncrease: 0n,
      net: nok(100_000),
      takeOut: nok(50_000),
    });
  });

  it('rounds each agency half away from zero to the øre and sums per agency, a negative net adding 0', () => {
    // Agency A: net 0.03 NOK = 3 øre → 1.5 øre → 2 øre. Agency B: net −10,000 → 0 (not −5,000).
    // Total take-out 2 øre + 0 = 2 øre; total net 3 øre − 1,000,000 øre = −999,997 øre.
    const result = takeOut(
      [
        {
          organisationId: 'A',
          benefits: [{ planned: 3n, realised: 3n }],
          runningCosts: [],
          preProjectRunningCost: 0n,
        },
        {
          organisationId: 'B',
          benefits: [{ planned: nok(-10_000), realised: nok(-10_000) }],
          runningCosts: [],
          preProjectRunningCost: 0n,
        },
      ],
      50,
    );
    expect(result.agencies.map((a) => a.planned.takeOut)).toEqual([2n, 0n]);
    expect(result.planned).toMatchObject({ takeOut: 2n, net: -999_997n });
  });

  it('without a pre-project level every krone of O&M is an increase', () => {
    // Gross 300,547.19, O&M planned 100,000 (actual 95,000), level 0:
    // planned net 200,547.19 → 100,273.595 → 100,273.60; realised (gross 290,711.35) net 195,711.35 →
    // 97,855.675 → 97,855.68.
    const result = takeOut(
      [
        {
          organisationId: 'a',
          benefits: [{ planned: 30054719n, realised: 29071135n }],
          runningCosts: [{ planned: 10000000n, actual: 9500000n }],
          preProjectRunningCost: 0n,
        },
      ],
      50,
    );
    expect([result.planned.takeOut, result.realised.takeOut]).toEqual([10027360n, 9785568n]);
  });

  it('refuses a percent outside 0–100 and a negative pre-project level', () => {
    expect(() => takeOut([], 101)).toThrow(RangeError);
    expect(() =>
      takeOut([{ organisationId: 'a', benefits: [], runningCosts: [], preProjectRunningCost: -1n }], 50),
    ).toThrow(RangeError);
  });
});
