import { AdministrativeLevel, FundingScheme } from '@gevinst/domain';
import fc from 'fast-check';
import { formatOre, parseAmount } from './money';
import { netPositions } from './net-positions';
import {
  type InitiativeBenefitPosition,
  type LevelledPayment,
  type OrganisationPosition,
  type PositionListRow,
  matrixCellInitiatives,
  organisationPositions,
  selectPositions,
} from './organisation-positions';

const { CENTRAL, REGIONAL, LOCAL } = AdministrativeLevel;

/*
 * The worked example (docs/organisation-positions.md):
 * I1: Bergen (LOCAL) allocated 100 000.00, Oslo (LOCAL) allocated 50 000.00, NAV (CENTRAL) pays 30 000.00
 *     from its own budget, DigiFin pays 20 000.00; Bergen receives 80 000.00 planned, 10 000.00 realised.
 * I2: Bergen allocated 20 000.00; Oslo receives 40 000.00 planned, 5 000.00 realised; Vestland county
 *     authority (REGIONAL) 10 000.00 planned, 0.00 realised.
 */
const PAYMENTS: LevelledPayment[] = [
  {
    initiativeId: 'I1',
    kind: 'ALLOCATION',
    organisationId: 'bergen',
    scheme: null,
    level: LOCAL,
    amount: '100000.00',
  },
  {
    initiativeId: 'I1',
    kind: 'ALLOCATION',
    organisationId: 'oslo',
    scheme: null,
    level: LOCAL,
    amount: '50000.00',
  },
  {
    initiativeId: 'I1',
    kind: 'OWN_BUDGET',
    organisationId: 'nav',
    scheme: null,
    level: CENTRAL,
    amount: '30000.00',
  },
  {
    initiativeId: 'I1',
    kind: 'GRANT',
    organisationId: null,
    scheme: FundingScheme.DIGIFIN,
    level: null,
    amount: '20000.00',
  },
  {
    initiativeId: 'I2',
    kind: 'ALLOCATION',
    organisationId: 'bergen',
    scheme: null,
    level: LOCAL,
    amount: '20000.00',
  },
];
const BENEFITS: InitiativeBenefitPosition[] = [
  { initiativeId: 'I1', organisationId: 'bergen', level: LOCAL, planned: '80000.00', realised: '10000.00' },
  { initiativeId: 'I2', organisationId: 'oslo', level: LOCAL, planned: '40000.00', realised: '5000.00' },
  { initiativeId: 'I2', organisationId: 'vestland', level: REGIONAL, planned: '10000.00', realised: '0.00' },
];

const rowOf = (rows: OrganisationPosition[], key: string) =>
  rows.find((row) =>
    row.payer.kind === 'ORGANISATION' ? row.payer.organisationId === key : String(row.payer.scheme) === key,
  ) as OrganisationPosition;

describe('organisationPositions', () => {
  const rows = organisationPositions(PAYMENTS, BENEFITS, []);

  it('gives each organisation its figures and the initiatives behind them', () => {
    const bergen = rowOf(rows, 'bergen');
    // allocated 100 000.00 (I1) + 20 000.00 (I2) = 120 000.00; planned 80 000.00, realised 10 000.00;
    // planned net 80 000.00 − 120 000.00 = −40 000.00; realised net 10 000.00 − 120 000.00 = −110 000.00
    expect(bergen).toMatchObject({
      cost: '120000.00',
      ownBudgetCost: '0.00',
      grantPaid: '0.00',
      paid: '120000.00',
      plannedBenefit: '80000.00',
      realisedBenefit: '10000.00',
      plannedNet: '-40000.00',
      realisedNet: '-110000.00',
      paysWithoutBenefit: false,
      benefitsWithoutPaying: false,
    });
    // I1: pays 100 000.00, gets 80 000.00 → net −20 000.00; I2: pays 20 000.00, gets nothing → flagged there
    expect(
      bergen.initiatives.map((i) => [i.initiativeId, i.paid, i.plannedNet, i.paysWithoutBenefit]),
    ).toEqual([
      ['I1', '100000.00', '-20000.00', false],
      ['I2', '20000.00', '-20000.00', true],
    ]);
    // Oslo pays 50 000.00 in I1 and gets 40 000.00 in I2: no flag overall, one in each initiative
    const oslo = rowOf(rows, 'oslo');
    expect([oslo.paid, oslo.plannedNet, oslo.realisedNet]).toEqual(['50000.00', '-10000.00', '-45000.00']);
    expect(oslo.paysWithoutBenefit || oslo.benefitsWithoutPaying).toBe(false);
    expect(
      oslo.initiatives.map((i) => [i.initiativeId, i.paysWithoutBenefit, i.benefitsWithoutPaying]),
    ).toEqual([
      ['I1', true, false],
      ['I2', false, true],
    ]);
    // NAV pays 30 000.00 from its own budget and gets nothing; Vestland gets 10 000.00 and pays nothing
    expect(rowOf(rows, 'nav')).toMatchObject({
      ownBudgetCost: '30000.00',
      paid: '30000.00',
      paysWithoutBenefit: true,
    });
    expect(rowOf(rows, 'vestland')).toMatchObject({ paid: '0.00', benefitsWithoutPaying: true });
    // DigiFin pays 20 000.00 as a scheme: net −20 000.00, no flag; share 20 000 / 220 000 = 0.0909090909
    expect(rowOf(rows, FundingScheme.DIGIFIN)).toMatchObject({
      grantPaid: '20000.00',
      paid: '20000.00',
      plannedNet: '-20000.00',
      costShare: '0.0909090909',
      paysWithoutBenefit: false,
    });
  });

  it('has the figures of netPositions for every organisation', () => {
    const position = (row: LevelledPayment) => ({
      organisationId: row.organisationId as string,
      level: row.level as AdministrativeLevel,
      amount: row.amount,
    });
    const reference = netPositions(
      PAYMENTS.filter((row) => row.kind === 'ALLOCATION').map(position),
      BENEFITS,
      {
        ownBudget: PAYMENTS.filter((row) => row.kind === 'OWN_BUDGET').map(position),
        schemes: [{ scheme: FundingScheme.DIGIFIN, amount: '20000.00' }],
      },
    );
    for (const { organisationId, level, ...figures } of reference.organisations)
      expect(rowOf(rows, organisationId)).toMatchObject({ payer: { organisationId, level }, ...figures });
  });

  it('does not flag an own-budget funder as benefiting without paying', () => {
    const funded = organisationPositions(PAYMENTS, BENEFITS, [
      { initiativeId: 'I2', organisationId: 'vestland' },
    ]);
    expect(rowOf(funded, 'vestland').benefitsWithoutPaying).toBe(false);
    expect(rowOf(funded, 'vestland').initiatives[0].benefitsWithoutPaying).toBe(false);
  });
});

describe('matrixCellInitiatives', () => {
  it('finds the initiatives that put an amount in a cell', () => {
    // LOCAL pays in I1 and I2; REGIONAL benefits only in I2; LOCAL benefits in both (Bergen I1, Oslo I2)
    expect([...matrixCellInitiatives(PAYMENTS, BENEFITS, { payer: LOCAL, beneficiary: REGIONAL })]).toEqual([
      'I2',
    ]);
    expect(
      [...matrixCellInitiatives(PAYMENTS, BENEFITS, { payer: LOCAL, beneficiary: LOCAL })].sort(),
    ).toEqual(['I1', 'I2']);
    // CENTRAL (NAV's own budget) and DigiFin pay only in I1, where only LOCAL benefits
    expect([...matrixCellInitiatives(PAYMENTS, BENEFITS, { payer: CENTRAL, beneficiary: LOCAL })]).toEqual([
      'I1',
    ]);
    expect([
      ...matrixCellInitiatives(PAYMENTS, BENEFITS, { payer: FundingScheme.DIGIFIN, beneficiary: REGIONAL }),
    ]).toEqual([]);
    // both initiatives have a planned benefit above zero: nothing in "no beneficiary"
    expect([...matrixCellInitiatives(PAYMENTS, BENEFITS, { payer: LOCAL, beneficiary: null })]).toEqual([]);
    // one side alone: any payer, or any beneficiary
    expect([...matrixCellInitiatives(PAYMENTS, BENEFITS, { beneficiary: REGIONAL })]).toEqual(['I2']);
    expect([...matrixCellInitiatives(PAYMENTS, BENEFITS, { payer: CENTRAL })]).toEqual(['I1']);
    // an initiative nobody pays for
    const unpaid = [
      { initiativeId: 'I3', organisationId: 'oslo', level: LOCAL, planned: '5.00', realised: '0.00' },
    ];
    expect([...matrixCellInitiatives(PAYMENTS, unpaid, { payer: null, beneficiary: LOCAL })]).toEqual(['I3']);
  });
});

describe('selectPositions', () => {
  const rows = organisationPositions(PAYMENTS, BENEFITS, []);
  const facts: Record<string, [string, string | null, string | null]> = {
    bergen: ['Bergen kommune', '46', '964338531'],
    oslo: ['Oslo kommune', '03', '958935420'],
    nav: ['Arbeids- og velferdsetaten', null, '889640782'],
    vestland: ['Vestland fylkeskommune', '46', '821311632'],
    DIGIFIN: ['DigiFin', null, null],
  };
  const list: PositionListRow[] = rows.map((position) => {
    const key =
      position.payer.kind === 'ORGANISATION' ? position.payer.organisationId : position.payer.scheme;
    const [name, countyNumber, orgNumber] = facts[key];
    return { position, name, countyNumber, orgNumber };
  });
  const names = (result: { nodes: PositionListRow[] }) => result.nodes.map((row) => row.name);
  const base = { sort: { field: 'PAID' as const, direction: 'DESC' as const }, offset: 0, limit: 50 };

  it('sorts, pages and sums every matching row', () => {
    // paid: Bergen 120 000, Oslo 50 000, NAV 30 000, DigiFin 20 000, Vestland 0
    const page = selectPositions(list, { ...base, offset: 1, limit: 2 });
    expect(names(page)).toEqual(['Oslo kommune', 'Arbeids- og velferdsetaten']);
    expect(page.totalCount).toBe(5);
    // 120 000 + 50 000 + 30 000 + 20 000 + 0 = 220 000.00; planned 80 000 + 40 000 + 10 000 = 130 000.00
    expect(page.totals).toMatchObject({
      paid: '220000.00',
      plannedBenefit: '130000.00',
      grantPaid: '20000.00',
    });
    expect(names(selectPositions(list, { ...base, sort: { field: 'NAME', direction: 'ASC' } }))).toEqual([
      'Arbeids- og velferdsetaten',
      'Bergen kommune',
      'DigiFin',
      'Oslo kommune',
      'Vestland fylkeskommune',
    ]);
  });

  it('filters by county, level, flag, organisation and search, leaving schemes out where they have no value', () => {
    expect(names(selectPositions(list, { ...base, countyNumber: '46' }))).toEqual([
      'Bergen kommune',
      'Vestland fylkeskommune',
    ]);
    expect(
      names(selectPositions(list, { ...base, countyNumber: '46', flags: ['BENEFITS_WITHOUT_PAYING'] })),
    ).toEqual(['Vestland fylkeskommune']);
    expect(names(selectPositions(list, { ...base, flags: ['PAYS_WITHOUT_BENEFIT'] }))).toEqual([
      'Arbeids- og velferdsetaten',
    ]);
    expect(names(selectPositions(list, { ...base, levels: [LOCAL] }))).toEqual([
      'Bergen kommune',
      'Oslo kommune',
    ]);
    expect(names(selectPositions(list, { ...base, schemes: false })).includes('DigiFin')).toBe(false);
    expect(names(selectPositions(list, { ...base, organisationIds: ['oslo'] }))).toEqual(['Oslo kommune']);
    expect(names(selectPositions(list, { ...base, search: '9643' }))).toEqual(['Bergen kommune']);
    // a matrix row: the level's organisations that pay (Vestland pays nothing), or the scheme
    expect(names(selectPositions(list, { ...base, payerRow: LOCAL }))).toEqual([
      'Bergen kommune',
      'Oslo kommune',
    ]);
    expect(names(selectPositions(list, { ...base, payerRow: REGIONAL }))).toEqual([]);
    expect(names(selectPositions(list, { ...base, payerRow: FundingScheme.DIGIFIN }))).toEqual(['DigiFin']);
    // the filtered list sums only what matches: 10 000.00 planned, nothing paid
    expect(selectPositions(list, { ...base, flags: ['BENEFITS_WITHOUT_PAYING'] }).totals).toMatchObject({
      paid: '0.00',
      plannedBenefit: '10000.00',
    });
  });
});

describe('organisationPositions (properties)', () => {
  const orgs: [string, AdministrativeLevel][] = [
    ['o1', CENTRAL],
    ['o2', REGIONAL],
    ['o3', LOCAL],
    ['o4', LOCAL],
  ];
  const initiativeId = fc.constantFrom('i1', 'i2', 'i3');
  const amount = fc.bigInt({ min: 0n, max: 1_000_000_000n }).map(formatOre);
  const signed = fc.bigInt({ min: -100_000_000n, max: 1_000_000_000n }).map(formatOre);
  const payment = fc.oneof(
    fc
      .record({
        initiativeId,
        org: fc.constantFrom(...orgs),
        kind: fc.constantFrom('ALLOCATION', 'OWN_BUDGET'),
        amount,
      })
      .map(({ initiativeId, org, kind, amount }): LevelledPayment => ({
        initiativeId,
        kind: kind,
        organisationId: org[0],
        level: org[1],
        scheme: null,
        amount,
      })),
    fc
      .record({
        initiativeId,
        scheme: fc.constantFrom(FundingScheme.DIGIFIN, FundingScheme.CO_FINANCING),
        amount,
      })
      .map(({ initiativeId, scheme, amount }): LevelledPayment => ({
        initiativeId,
        kind: 'GRANT',
        organisationId: null,
        level: null,
        scheme,
        amount,
      })),
  );
  const benefit = fc
    .record({ initiativeId, org: fc.constantFrom(...orgs), planned: signed, realised: signed })
    .map(({ initiativeId, org, planned, realised }) => ({
      initiativeId,
      organisationId: org[0],
      level: org[1],
      planned,
      realised,
    }));

  it('the initiatives of a row add up to the row, to the øre', () => {
    fc.assert(
      fc.property(
        fc.array(payment, { maxLength: 10 }),
        fc.array(benefit, { maxLength: 8 }),
        (payments, benefits) => {
          for (const row of organisationPositions(payments, benefits, [])) {
            for (const field of [
              'cost',
              'ownBudgetCost',
              'grantPaid',
              'paid',
              'plannedBenefit',
              'realisedBenefit',
              'plannedNet',
              'realisedNet',
            ] as const) {
              const sum = row.initiatives.reduce(
                (total, i) => total + parseAmount(i[field], field, { allowNegative: true }),
                0n,
              );
              expect(formatOre(sum)).toBe(row[field]);
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
