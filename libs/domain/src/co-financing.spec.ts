import fc from 'fast-check';
import {
  CO_FINANCING_FIGURE_OF_PARAM,
  CO_FINANCING_FINDING_CODES,
  CO_FINANCING_RULE_SETS,
  CoFinancingCategory,
  type CoFinancingApplicationFacts,
  coFinancingAmountProblems,
  coFinancingByYearProblems,
  coFinancingEligibility,
  coFinancingEligible,
  coFinancingExceptionProblem,
  coFinancingFindingFigures,
  coFinancingRuleSetFor,
  compareCoFinancingRanking,
  maxCoFinancingGrant,
  nokToOre,
  oreToNok,
} from './co-financing';
import { renderMessage } from './messages';
import { OrganisationKind } from './organisation';

const { CATEGORY_1, CATEGORY_2 } = CoFinancingCategory;
const RULES = coFinancingRuleSetFor(2024)!;
const IMDI = { name: 'Integrerings- og mangfoldsdirektoratet', kind: OrganisationKind.STATE_AGENCY };

/** A category 1 application that breaks nothing: 10 MNOK cost, 5 MNOK (50 %) grant, NPV > 0. */
function facts(overrides: Partial<CoFinancingApplicationFacts> = {}): CoFinancingApplicationFacts {
  return {
    category: CATEGORY_1,
    totalCost: '10000000.00',
    requestedGrant: '5000000.00',
    applicant: IMDI,
    partners: [{ name: 'Utlendingsdirektoratet', kind: OrganisationKind.STATE_AGENCY }],
    ksConsulted: false,
    npv: '1.00',
    exceptions: [],
    ...overrides,
  };
}

const codes = (f: CoFinancingApplicationFacts) => coFinancingEligibility(RULES, f).map((x) => x.code);

describe('the co-financing rule sets', () => {
  it('chooses the set by call year: 2020–2022 from the published rules, 2023 on the assumed continuation', () => {
    expect(coFinancingRuleSetFor(2019)).toBeNull();
    expect(coFinancingRuleSetFor(2020)!.id).toBe('MEDFIN-2020');
    expect(coFinancingRuleSetFor(2022)!.id).toBe('MEDFIN-2020');
    expect(coFinancingRuleSetFor(2023)!.id).toBe('MEDFIN-2023');
    expect(coFinancingRuleSetFor(2031)!.id).toBe('MEDFIN-2023');
  });

  it('has no gap or overlap between sets and gives every set both categories', () => {
    const sets = [...CO_FINANCING_RULE_SETS].sort((a, b) => a.fromYear - b.fromYear);
    for (let i = 1; i < sets.length; i++) expect(sets[i].fromYear).toBe(sets[i - 1].toYear! + 1);
    for (const set of sets) expect(Object.keys(set.categories).sort()).toEqual([CATEGORY_1, CATEGORY_2]);
  });
});

describe('øre conversions', () => {
  it('converts exactly, both ways', () => {
    expect(nokToOre('15000000.01')).toBe(1500000001n);
    expect(nokToOre('5')).toBe(500n);
    expect(nokToOre('-0.5')).toBe(-50n);
    expect(oreToNok(1500000001n)).toBe('15000000.01');
    expect(oreToNok(-50n)).toBe('-0.50');
  });

  it('round-trips every amount (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        (ore) => nokToOre(oreToNok(ore)) === ore,
      ),
    );
  });
});

describe('category 1 (5–50 MNOK, at most 50 %, at most 15 MNOK)', () => {
  it('accepts a cost of exactly 5 MNOK and refuses 4 999 999.99 (one øre below)', () => {
    // 5 000 000.00 ≥ 5 000 000.00: inside. Grant 2 500 000.00 = 50 % of 5 000 000.00.
    expect(codes(facts({ totalCost: '5000000.00', requestedGrant: '2500000.00' }))).toEqual([]);
    // 4 999 999.99 < 5 000 000.00; grant 2 000 000.00 ≤ 50 % (2 499 999.995): only the minimum breaks.
    const findings = coFinancingEligibility(
      RULES,
      facts({ totalCost: '4999999.99', requestedGrant: '2000000.00' }),
    );
    expect(findings.map((f) => [f.code, f.severity])).toEqual([['MEDFIN_COST_BELOW_MIN', 'ERROR']]);
    expect(findings[0].message).toEqual({
      code: 'MEDFIN_COST_BELOW_MIN',
      params: { category: CATEGORY_1, min: '5000000.00', got: '4999999.99' },
    });
  });

  it('accepts exactly 50 MNOK and refuses 50 000 000.01 (one øre above)', () => {
    // 50 % of 50 000 000.00 = 25 000 000.00 but the cap is 15 000 000.00: a 15 MNOK grant is inside both.
    expect(codes(facts({ totalCost: '50000000.00', requestedGrant: '15000000.00' }))).toEqual([]);
    expect(codes(facts({ totalCost: '50000000.01', requestedGrant: '15000000.00' }))).toEqual([
      'MEDFIN_COST_ABOVE_MAX',
    ]);
  });

  it('accepts exactly 50 % and refuses one øre more', () => {
    // 50 % of 10 000 000.00 = 5 000 000.00: 5 000 000.00 × 100 = 500 000 000.00 ≤ 50 × 10 000 000.00.
    expect(codes(facts({ requestedGrant: '5000000.00' }))).toEqual([]);
    // 5 000 000.01 × 100 = 500 000 001 > 500 000 000 (in NOK × 100): above the share.
    const [finding] = coFinancingEligibility(RULES, facts({ requestedGrant: '5000000.01' }));
    expect(finding.message).toEqual({
      code: 'MEDFIN_GRANT_ABOVE_SHARE',
      params: { category: CATEGORY_1, percent: 50, max: '5000000.00', got: '5000000.01' },
    });
  });

  it('rounds the share down to whole øre: 50 % of 5 000 000.01 allows 2 500 000.00, not .01', () => {
    // 50 % of 500 000 001 øre = 250 000 000.5 øre: 250 000 000 øre is inside, 250 000 001 øre is not.
    expect(codes(facts({ totalCost: '5000000.01', requestedGrant: '2500000.00' }))).toEqual([]);
    expect(codes(facts({ totalCost: '5000000.01', requestedGrant: '2500000.01' }))).toEqual([
      'MEDFIN_GRANT_ABOVE_SHARE',
    ]);
    expect(maxCoFinancingGrant(RULES.categories.CATEGORY_1, '5000000.01')).toBe('2500000.00');
  });

  it('accepts a grant of exactly 15 MNOK and refuses 15 000 000.01 (the cap)', () => {
    // Cost 40 MNOK: 50 % = 20 MNOK, so only the 15 MNOK cap can break.
    expect(codes(facts({ totalCost: '40000000.00', requestedGrant: '15000000.00' }))).toEqual([]);
    const [finding] = coFinancingEligibility(
      RULES,
      facts({ totalCost: '40000000.00', requestedGrant: '15000000.01' }),
    );
    expect(finding.message).toEqual({
      code: 'MEDFIN_GRANT_ABOVE_CAP',
      params: { category: CATEGORY_1, max: '15000000.00', got: '15000000.01' },
    });
    // The largest grant: min(50 % × 40 000 000.00 = 20 000 000.00, 15 000 000.00) = 15 000 000.00.
    expect(maxCoFinancingGrant(RULES.categories.CATEGORY_1, '40000000.00')).toBe('15000000.00');
  });
});

describe('category 2 (up to 100 MNOK, at most 85 %)', () => {
  const cat2 = (totalCost: string, requestedGrant: string) =>
    codes(facts({ category: CATEGORY_2, totalCost, requestedGrant }));

  it('accepts exactly 100 MNOK at 85 % and refuses one øre more of each', () => {
    // 85 % of 100 000 000.00 = 85 000 000.00.
    expect(cat2('100000000.00', '85000000.00')).toEqual([]);
    expect(cat2('100000000.01', '85000000.00')).toEqual(['MEDFIN_COST_ABOVE_MAX']);
    expect(cat2('100000000.00', '85000000.01')).toEqual(['MEDFIN_GRANT_ABOVE_SHARE']);
  });

  it('has no minimum and no cap beside the share: 1 MNOK at 85 % and 30 MNOK grants are fine', () => {
    // 85 % of 1 000 000.00 = 850 000.00; 85 % of 40 000 000.00 = 34 000 000.00 ≥ 30 000 000.00.
    expect(cat2('1000000.00', '850000.00')).toEqual([]);
    expect(cat2('40000000.00', '30000000.00')).toEqual([]);
    expect(cat2('1000000.00', '850000.01')).toEqual(['MEDFIN_GRANT_ABOVE_SHARE']);
  });

  it('never allows more than the share (property): max grant × 100 ≤ 85 × cost < (max grant + 1 øre) × 100', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10_000_000_000n }), (costOre) => {
        const max = nokToOre(maxCoFinancingGrant(RULES.categories.CATEGORY_2, oreToNok(costOre)));
        return max * 100n <= 85n * costOre && (max + 1n) * 100n > 85n * costOre;
      }),
    );
  });
});

describe('who applies, partners and KS', () => {
  it('refuses a municipality as applicant (partners only) and a ministry (not a state agency)', () => {
    const oslo = { name: 'Oslo', kind: OrganisationKind.MUNICIPALITY };
    expect(codes(facts({ applicant: oslo }))).toEqual(['MEDFIN_LOCAL_ONLY_PARTNER']);
    expect(
      codes(
        facts({ applicant: { name: 'Vestland fylkeskommune', kind: OrganisationKind.COUNTY_AUTHORITY } }),
      ),
    ).toEqual(['MEDFIN_LOCAL_ONLY_PARTNER']);
    expect(codes(facts({ applicant: { name: 'KDD', kind: OrganisationKind.MINISTRY } }))).toEqual([
      'MEDFIN_APPLICANT_KIND',
    ]);
    expect(codes(facts({ applicant: { name: 'KS', kind: OrganisationKind.KS } }))).toEqual([
      'MEDFIN_APPLICANT_KIND',
    ]);
  });

  it('asks for KS consultation when a municipality or county authority takes part, naming them', () => {
    const partners = [
      { name: 'Oslo', kind: OrganisationKind.MUNICIPALITY },
      { name: 'Vestland fylkeskommune', kind: OrganisationKind.COUNTY_AUTHORITY },
      { name: 'NAV', kind: OrganisationKind.STATE_AGENCY },
    ];
    const [finding] = coFinancingEligibility(RULES, facts({ partners }));
    expect(finding.message).toEqual({
      code: 'MEDFIN_KS_NOT_CONSULTED',
      params: { count: 2, names: ['Oslo', 'Vestland fylkeskommune'] },
    });
    expect(renderMessage(finding.message, 'nb')).toBe(
      'KS skal konsulteres når kommuner eller fylkeskommuner deltar (2: Oslo, Vestland fylkeskommune); ingen konsultasjon er registrert',
    );
    expect(codes(facts({ partners, ksConsulted: true }))).toEqual([]);
  });
});

describe('socio-economic profitability (NPV > 0)', () => {
  it('accepts NPV 0.01 and refuses 0.00, a loss and an unknown NPV', () => {
    expect(codes(facts({ npv: '0.01' }))).toEqual([]);
    expect(codes(facts({ npv: '0.00' }))).toEqual(['MEDFIN_NOT_PROFITABLE']);
    expect(codes(facts({ npv: '-1200000.00' }))).toEqual(['MEDFIN_NOT_PROFITABLE']);
    expect(codes(facts({ npv: null }))).toEqual(['MEDFIN_NPV_UNKNOWN']);
  });
});

describe('stated exceptions', () => {
  it('turns an error into EXCEPTED with its reason, and only for a code the rule set lets be excepted', () => {
    const f = facts({
      applicant: { name: 'Oslo', kind: OrganisationKind.MUNICIPALITY },
      requestedGrant: '5000000.01',
      exceptions: [
        { code: 'MEDFIN_GRANT_ABOVE_SHARE', reason: 'Styret godtok én øre over grensen' },
        { code: 'MEDFIN_LOCAL_ONLY_PARTNER', reason: 'Ikke tillatt' },
      ],
    });
    const findings = coFinancingEligibility(RULES, f);
    expect(findings.map((x) => [x.code, x.severity, x.exceptionReason])).toEqual([
      ['MEDFIN_LOCAL_ONLY_PARTNER', 'ERROR', null],
      ['MEDFIN_GRANT_ABOVE_SHARE', 'EXCEPTED', 'Styret godtok én øre over grensen'],
    ]);
    expect(coFinancingEligible(findings)).toBe(false);
    expect(coFinancingEligible(findings.slice(1))).toBe(true);
    expect(coFinancingExceptionProblem(RULES, 'MEDFIN_GRANT_ABOVE_SHARE')).toBeNull();
    expect(coFinancingExceptionProblem(RULES, 'MEDFIN_LOCAL_ONLY_PARTNER')?.code).toBe(
      'MEDFIN_NOT_EXCEPTABLE',
    );
    expect(coFinancingExceptionProblem(RULES, 'WHATEVER')?.code).toBe('MEDFIN_UNKNOWN_FINDING');
  });
});

describe('the amounts and the grant by year', () => {
  it('refuses amounts that are not NOK or not above 0', () => {
    expect(coFinancingAmountProblems({ totalCost: '0.00', requestedGrant: '1.234' })).toEqual([
      { field: 'totalCost', message: { code: 'POSITIVE_AMOUNT', params: { got: '"0.00"' } } },
      { field: 'requestedGrant', message: { code: 'NOK_AMOUNT', params: { got: '"1.234"' } } },
    ]);
  });

  it('needs the years to add up to the requested grant, to the øre', () => {
    const years = { min: 2020, max: 2040 };
    // 7 000 000.00 + 7 000 000.00 = 14 000 000.00.
    const ok = [
      { year: 2024, amount: '7000000.00' },
      { year: 2025, amount: '7000000' },
    ];
    expect(coFinancingByYearProblems('14000000.00', ok, years)).toEqual([]);
    // 14 000 000.00 ≠ 14 000 000.01.
    expect(coFinancingByYearProblems('14000000.01', ok, years)).toEqual([
      {
        field: 'requestedByYear',
        message: { code: 'MEDFIN_BY_YEAR_SUM', params: { sum: '14000000.00', requested: '14000000.01' } },
      },
    ]);
    expect(
      coFinancingByYearProblems(
        '1.00',
        [
          { year: 2024, amount: '1.00' },
          { year: 2024, amount: '0' },
          { year: 1999, amount: '1' },
        ],
        years,
      ).map((p) => [p.field, p.message.code]),
    ).toEqual([
      ['requestedByYear[1].year', 'LISTED_TWICE'],
      ['requestedByYear[1].amount', 'POSITIVE_AMOUNT'],
      ['requestedByYear[2].year', 'YEAR_BETWEEN'],
    ]);
  });
});

describe('the ranking order', () => {
  const key = (code: string, npvPerBudgetKrone: string | null, npv: string) => ({
    code,
    npvPerBudgetKrone,
    npv,
  });

  it('ranks by NPV per budget krone, then NPV, then code, with no ratio last', () => {
    const keys = [
      key('D', null, '900000000.00'),
      key('C', '0.5000', '100.00'),
      key('B', '0.5000', '200.00'),
      key('A', '0.5000', '200.00'),
      key('E', '-0.2500', '-5.00'),
      key('F', '1.2500', '1.00'),
      key('G', '0.50001', '0.00'),
    ];
    // 1.25 > 0.50001 > 0.5 (B, A: NPV 200 > C: 100; A before B by code) > −0.25; D has none: last.
    expect([...keys].sort(compareCoFinancingRanking).map((k) => k.code)).toEqual([
      'F',
      'G',
      'A',
      'B',
      'C',
      'E',
      'D',
    ]);
  });

  it('is antisymmetric and total (property)', () => {
    const arb = fc.record({
      code: fc.constantFrom('A', 'B', 'C'),
      npvPerBudgetKrone: fc.option(
        fc.integer({ min: -30000, max: 30000 }).map((n) => (n / 10000).toFixed(4)),
        { nil: null },
      ),
      npv: fc.integer({ min: -1000, max: 1000 }).map((n) => (n / 100).toFixed(2)),
    });
    fc.assert(
      fc.property(
        arb,
        arb,
        (a, b) => Math.sign(compareCoFinancingRanking(a, b)) === -Math.sign(compareCoFinancingRanking(b, a)),
      ),
    );
  });
});

describe('the typed figures of a finding (CoFinancingFinding.figures)', () => {
  const partners = ['Oslo', 'Bergen', 'Trondheim', 'Stavanger', 'Tromsø', 'Bodø'].map((name) => ({
    name,
    kind: OrganisationKind.MUNICIPALITY,
  }));
  /** Applications that between them breach every rule (the first test proves it). */
  const breaching = [
    // 1 MNOK in category 1 (below 5 MNOK), grant 90 % (above 50 %), KS not consulted for six municipalities,
    // a municipality applying, NPV negative.
    facts({
      totalCost: '1000000.00',
      requestedGrant: '900000.00',
      applicant: { name: 'Oslo kommune', kind: OrganisationKind.MUNICIPALITY },
      partners,
      npv: '-1200000.50',
    }),
    // 60 MNOK (above 50 MNOK) with a grant of 20 MNOK (above the 15 MNOK cap), a ministry applying, no NPV.
    facts({
      totalCost: '60000000.00',
      requestedGrant: '20000000.00',
      applicant: { name: 'Kommunal- og distriktsdepartementet', kind: OrganisationKind.MINISTRY },
      npv: null,
    }),
  ];
  const findings = breaching.flatMap((f) => coFinancingEligibility(RULES, f));

  it('the scenarios give every finding code', () => {
    expect([...new Set(findings.map((f) => f.code))].sort()).toEqual([...CO_FINANCING_FINDING_CODES].sort());
  });

  it('carries every parameter of every finding in its own figure, and nothing else', () => {
    for (const finding of findings) {
      const params = (finding.message.params ?? {}) as Record<string, unknown>;
      const places = CO_FINANCING_FIGURE_OF_PARAM[finding.code] as Record<string, string>;
      const figures = coFinancingFindingFigures(finding) as unknown as Record<string, unknown>;
      // No parameter is lost: each has a figure and the figure holds its value.
      expect(Object.keys(params).filter((param) => places[param] === undefined)).toEqual([]);
      for (const [param, value] of Object.entries(params)) expect(figures[places[param]]).toEqual(value);
      // No figure is invented: the others are null.
      const filled = Object.keys(figures).filter((field) => figures[field] !== null);
      expect(filled.sort()).toEqual(
        Object.keys(params)
          .map((param) => places[param])
          .sort(),
      );
    }
  });

  it('names the figures of a grant above the share', () => {
    const finding = findings.find((f) => f.code === 'MEDFIN_GRANT_ABOVE_SHARE')!;
    // 50 % of 1,000,000.00 is 500,000.00; 900,000.00 was requested.
    expect(coFinancingFindingFigures(finding)).toMatchObject({
      category: CATEGORY_1,
      maxGrantPercent: 50,
      maxGrantAmount: '500000.00',
      requestedGrantAmount: '900000.00',
      totalCostAmount: null,
    });
    const ks = findings.find((f) => f.code === 'MEDFIN_KS_NOT_CONSULTED')!;
    expect(coFinancingFindingFigures(ks)).toMatchObject({
      localPartnerCount: 6,
      localPartnerNames: ['Oslo', 'Bergen', 'Trondheim', 'Stavanger', 'Tromsø'],
    });
  });
});
