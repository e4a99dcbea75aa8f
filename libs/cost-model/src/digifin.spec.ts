import { counties, municipalities } from '../testing/reference-data';
import { type DigifinContributor, type DigifinRule, digifinGrantShares, digifinLedger } from './digifin';
import { CostModelError } from './errors';
import { parseAmount } from './money';

/** The 357 municipalities and 14 county authorities (Oslo has none) with the population of 1 January 2024. */
const contributors: DigifinContributor[] = [
  ...municipalities.map((m) => ({
    id: `m-${m.number}`,
    kind: 'MUNICIPALITY' as const,
    orgNumber: m.orgNumber,
    name: m.name,
    populations: { 2024: m.population },
  })),
  ...counties
    .filter((c) => c.orgNumber !== '')
    .map((c) => ({
      id: `c-${c.number}`,
      kind: 'COUNTY_AUTHORITY' as const,
      orgNumber: c.orgNumber,
      name: c.name,
      populations: { 2024: c.population },
    })),
];

/** The installation's rules (migration 1795421940000): the state 25 + 100 MNOK, the local sector in 2024. */
const RULES: DigifinRule[] = [
  { year: 2017, contributor: 'STATE', amount: '25000000.00' },
  { year: 2018, contributor: 'STATE', amount: '100000000.00' },
  { year: 2024, contributor: 'MUNICIPALITY', rate: '20.00', populationYear: 2024 },
  // As the database gives it (numeric(12, 4)): '5.0000' is read as NOK 5.00.
  { year: 2024, contributor: 'COUNTY_AUTHORITY', rate: '5.0000', populationYear: 2024 },
];

/** DEMO-DIGIFIN-HELSESTASJON's DigiFin grants (Bergen owns it). */
const GRANTS = [
  { initiativeId: 'helsestasjon', year: 2023, planned: '1500000.00', received: '1500000.00' },
  { initiativeId: 'helsestasjon', year: 2025, planned: '2400000.00', received: '2400000.00' },
  { initiativeId: 'helsestasjon', year: 2026, planned: '1600000.00', received: null },
];

describe('digifinLedger: the fund by year', () => {
  const ledger = digifinLedger(RULES, contributors, GRANTS);

  it('charges Bergen 20 × its population of 1 January 2024 and Vestland 5 × its population', () => {
    // Bergen: 20 × 291 940 = 5 838 800.00 exactly; Oslo: 20 × 717 710 = 14 354 200.00; Vestland fylkeskommune:
    // 5 × 651 299 = 3 256 495.00.
    const of = (id: string) => ledger.contributions.find((c) => c.organisationId === id && c.year === 2024);
    expect(of('m-4601')).toEqual({
      year: 2024,
      organisationId: 'm-4601',
      kind: 'MUNICIPALITY',
      populationYear: 2024,
      population: 291940,
      rate: '20.00',
      amount: '5838800.00',
    });
    expect(of('m-0301')?.amount).toBe('14354200.00');
    expect(of('c-46')).toMatchObject({ rate: '5.00', amount: '3256495.00' });
    expect(ledger.contributions).toHaveLength(357 + 14);
  });

  it('balances every year: opening + contributions − grants = closing', () => {
    // 2017: 0 + 25 000 000 = 25 000 000.00; 2018: + 100 000 000 = 125 000 000.00; 2019–2022 unchanged;
    // 2023: − 1 500 000 = 123 500 000.00; 2024: + 111 004 060 (20 × 5 550 203) + 24 162 465 (5 × 4 832 493)
    // = 258 666 525.00; 2025: − 2 400 000 = 256 266 525.00; 2026: − 1 600 000 = 254 666 525.00.
    expect(ledger.years.map((y) => [y.year, y.opening, y.contributions, y.grants, y.closing])).toEqual([
      [2017, '0.00', '25000000.00', '0.00', '25000000.00'],
      [2018, '25000000.00', '100000000.00', '0.00', '125000000.00'],
      [2019, '125000000.00', '0.00', '0.00', '125000000.00'],
      [2020, '125000000.00', '0.00', '0.00', '125000000.00'],
      [2021, '125000000.00', '0.00', '0.00', '125000000.00'],
      [2022, '125000000.00', '0.00', '0.00', '125000000.00'],
      [2023, '125000000.00', '0.00', '1500000.00', '123500000.00'],
      [2024, '123500000.00', '135166525.00', '0.00', '258666525.00'],
      [2025, '258666525.00', '0.00', '2400000.00', '256266525.00'],
      [2026, '256266525.00', '0.00', '1600000.00', '254666525.00'],
    ]);
    const y2024 = ledger.years.find((y) => y.year === 2024)!;
    expect([y2024.municipalities, y2024.countyAuthorities, y2024.local]).toEqual([
      '111004060.00',
      '24162465.00',
      '135166525.00',
    ]);
    // Received: 1.5 + 2.4 MNOK so far (2026 not yet).
    expect(ledger.totals).toEqual({
      state: '125000000.00',
      local: '135166525.00',
      contributions: '260166525.00',
      grants: '5500000.00',
      grantsReceived: '3900000.00',
      closing: '254666525.00',
    });
  });

  it('checks the matching rule cumulatively: met from 2024', () => {
    // 2017–2023: local 0 < state 25 / 125 MNOK; 2024: 135 166 525 ≥ 125 000 000, surplus 10 166 525.00.
    expect(ledger.matching).toEqual({
      met: true,
      metFrom: 2024,
      yearsNotMet: [2017, 2018, 2019, 2020, 2021, 2022, 2023],
      cumulativeState: '125000000.00',
      cumulativeLocal: '135166525.00',
      surplus: '10166525.00',
    });
  });

  it('is not met when the local sector falls short at the end', () => {
    // State 125 MNOK; municipalities 10 × 100 inhabitants × 20 = 20 000: short by 124 980 000.00.
    const small = digifinLedger(
      [RULES[0], RULES[1], { year: 2019, contributor: 'MUNICIPALITY', rate: '20' }],
      Array.from({ length: 10 }, (_, i) => ({
        id: `x${i}`,
        kind: 'MUNICIPALITY' as const,
        orgNumber: String(900000000 + i),
        name: `X${i}`,
        populations: { 2019: 100 },
      })),
      [],
    );
    expect(small.matching).toMatchObject({ met: false, metFrom: null, surplus: '-124980000.00' });
    expect(small.years.at(-1)).toMatchObject({
      year: 2019,
      municipalities: '20000.00',
      closing: '125020000.00',
    });
  });

  it('flags an overdrawn year and sums a project’s sources of one year', () => {
    // 1 000 contributed by KS in 2020; grants 600 + 500 in 2020 to one project = 1 100: closing −100.00.
    const ledger2 = digifinLedger(
      [{ year: 2020, contributor: 'KS', amount: '1000' }],
      [],
      [
        { initiativeId: 'p', year: 2020, planned: '600', received: null },
        { initiativeId: 'p', year: 2020, planned: '500', received: '100' },
      ],
    );
    expect(ledger2.years).toEqual([
      expect.objectContaining({
        year: 2020,
        ks: '1000.00',
        local: '1000.00',
        closing: '-100.00',
        overdrawn: true,
      }),
    ]);
    expect(ledger2.grants).toEqual([
      { initiativeId: 'p', year: 2020, planned: '1100.00', received: '100.00' },
    ]);
  });

  it('refuses a rule without its rate or amount, a duplicate, and a missing population', () => {
    const fail = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return (error as CostModelError).message;
      }
      return 'no error';
    };
    expect(fail(() => digifinLedger([{ year: 2024, contributor: 'MUNICIPALITY' }], [], []))).toBe(
      'rules[0].rate: the DigiFin contribution rule of 2024 is not usable: MUNICIPALITY needs a rate per inhabitant',
    );
    expect(fail(() => digifinLedger([RULES[0], RULES[0]], [], []))).toBe(
      'rules[1]: the DigiFin contribution rule of 2017 is not usable: STATE has two rules',
    );
    expect(
      fail(() =>
        digifinLedger([{ year: 2019, contributor: 'COUNTY_AUTHORITY', rate: '5' }], contributors, []),
      ),
    ).toMatch(
      /^contributors: the DigiFin contributions of 2019 need the population of 2019, which 14 organisation\(s\) lack: /,
    );
    expect(fail(() => digifinLedger([{ year: 2019, contributor: 'STATE', amount: '-1' }], [], []))).not.toBe(
      'no error',
    );
  });
});

describe('digifinGrantShares: who paid the grants, through the fund', () => {
  const ledger = digifinLedger(RULES, contributors, GRANTS);

  it('gives Bergen its share of 2025’s and 2026’s grants, none of 2023’s', () => {
    // 2023: Bergen had contributed nothing (fund 125 000 000, all the state's): 0.00.
    // 2025: fund 260 166 525.00; Bergen 5 838 800.00; 2 400 000 × 5 838 800 / 260 166 525 = 53 862.11773… NOK
    // (in øre 5 386 211, remainder 0.773), rounded up by the largest remainder: 53 862.12.
    // 2026: 1 600 000 × 5 838 800 / 260 166 525 = 35 908.07849… (øre 3 590 807, remainder 0.849), up: 35 908.08.
    const bergen = digifinGrantShares(ledger, contributors, { organisationId: 'm-4601' });
    expect(bergen.years.map((y) => [y.year, y.contributedSoFar, y.fundSoFar, y.amount])).toEqual([
      [2023, '0.00', '125000000.00', '0.00'],
      [2025, '5838800.00', '260166525.00', '53862.12'],
      [2026, '5838800.00', '260166525.00', '35908.08'],
    ]);
    // 53 862.12 + 35 908.08 = 89 770.20
    expect(bergen.total).toBe('89770.20');
    // 5 838 800 / 260 166 525 = 0.022442549107… → 0.0224425491
    expect(bergen.years[1].share).toBe('0.0224425491');
  });

  it('gives the state all of 2023’s grants and its share of the later ones', () => {
    // 2023: 1 500 000.00 (the only contributor); 2025: 2 400 000 × 125 000 000 / 260 166 525 = 1 153 107.78…
    const state = digifinGrantShares(ledger, contributors, { fixed: 'STATE' });
    expect(state.years[0].amount).toBe('1500000.00');
    expect(state.years[1].amount).toMatch(/^115310[78]\.\d\d$/);
  });

  it('splits each year’s grants over the contributors to the øre', () => {
    // Σ over every contributor (the 371 organisations and the state) = the year's grants.
    for (const year of [2023, 2025, 2026]) {
      let sum = parseAmount(
        digifinGrantShares(ledger, contributors, { fixed: 'STATE' }).years.find((y) => y.year === year)!
          .amount,
        'x',
      );
      for (const c of contributors)
        sum += parseAmount(
          digifinGrantShares(ledger, contributors, { organisationId: c.id }).years.find(
            (y) => y.year === year,
          )!.amount,
          'x',
        );
      expect([year, sum]).toEqual([year, parseAmount(GRANTS.find((g) => g.year === year)!.planned, 'g')]);
    }
  });
});
