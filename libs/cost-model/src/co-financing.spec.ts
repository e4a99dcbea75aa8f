import { deviation, grantReconciliation, reportKind, reportSchedule } from './co-financing';

const nok = (value: number) => BigInt(Math.round(value * 100));

describe('deviation (the one definition of a flagged deviation)', () => {
  it('flags above 10 % of the planned amount, not at it', () => {
    // 1,100,000 against 1,000,000: +100,000 = exactly 10 % → not flagged; 1,100,000.01 → flagged.
    expect(deviation(nok(1_000_000), nok(1_100_000), 10)).toEqual({
      deviation: nok(100_000),
      percent: '10.00',
      flagged: false,
    });
    expect(deviation(nok(1_000_000), 110_000_001n, 10).flagged).toBe(true);
    // −15 %: 850,000 against 1,000,000 → flagged.
    expect(deviation(nok(1_000_000), nok(850_000), 10)).toEqual({
      deviation: nok(-150_000),
      percent: '-15.00',
      flagged: true,
    });
  });

  it('flags any deviation when nothing was planned, and nothing without an actual', () => {
    expect(deviation(0n, 1n, 10)).toEqual({ deviation: 1n, percent: null, flagged: true });
    expect(deviation(0n, 0n, 10)).toEqual({ deviation: 0n, percent: null, flagged: false });
    expect(deviation(nok(5), null, 10)).toEqual({ deviation: null, percent: null, flagged: false });
  });
});

describe('grantReconciliation', () => {
  it('uses the grant share of the actual cost, capped at what was received', () => {
    const result = grantReconciliation(
      [
        // 2022: grant 6,000,000 of planned cost 10,000,000 = 60 %; actual 10,400,000 × 60 % = 6,240,000,
        // received 6,000,000 → used 6,000,000 (capped), unused 0. Cost +4 % → not flagged.
        {
          year: 2022,
          grantPlanned: nok(6e6),
          grantReceived: nok(6e6),
          plannedCost: nok(10e6),
          actualCost: nok(10.4e6),
        },
        // 2023: grant 6,000,000 of 14,000,000 = 42.857…%; actual 11,000,000 × 6/14 = 4,714,285.714… →
        // 4,714,285.71; received 6,000,000 → unused 1,285,714.29. Cost −21.43 % → flagged.
        {
          year: 2023,
          grantPlanned: nok(6e6),
          grantReceived: nok(6e6),
          plannedCost: nok(14e6),
          actualCost: nok(11e6),
        },
        // 2024: grant 3,000,000 planned, 2,500,000 received (−16.67 % → flagged); no actual yet → used 0.
        {
          year: 2024,
          grantPlanned: nok(3e6),
          grantReceived: nok(2.5e6),
          plannedCost: nok(10e6),
          actualCost: null,
        },
      ],
      10,
    );
    expect(
      result.years.map((y) => [y.year, y.sharePercent, y.used, y.unused, y.cost.flagged, y.grant.flagged]),
    ).toEqual([
      [2022, '60.00', nok(6e6), 0n, false, false],
      [2023, '42.86', 471428571n, 128571429n, true, false],
      [2024, '30.00', 0n, nok(2.5e6), false, true],
    ]);
    expect(result.years[2].grant).toEqual({ deviation: nok(-0.5e6), percent: '-16.67', flagged: true });
    // Totals: grant 15,000,000 planned, 14,500,000 received; used 6,000,000 + 4,714,285.71 + 0 =
    // 10,714,285.71; unused 0 + 1,285,714.29 + 2,500,000 = 3,785,714.29. Cost 34,000,000 planned,
    // 21,400,000 actual (2024 has none) → −37.06 % flagged.
    expect(result.total).toMatchObject({
      grantPlanned: nok(15e6),
      grantReceived: nok(14.5e6),
      used: 1071428571n,
      unused: 378571429n,
      plannedCost: nok(34e6),
      actualCost: nok(21.4e6),
    });
    expect(result.total.cost).toEqual({ deviation: nok(-12.6e6), percent: '-37.06', flagged: true });
  });

  it('a grant above the planned cost (or without one) covers the whole actual cost', () => {
    // Grant 500,000 and planned cost 0: share 100 %; actual 300,000 → used 300,000, unused 200,000.
    const [year] = grantReconciliation(
      [
        {
          year: 2025,
          grantPlanned: nok(5e5),
          grantReceived: nok(5e5),
          plannedCost: 0n,
          actualCost: nok(3e5),
        },
      ],
      10,
    ).years;
    expect([year.sharePercent, year.used, year.unused]).toEqual(['100.00', nok(3e5), nok(2e5)]);
    // A year with neither grant nor cost: share 0 %.
    expect(
      grantReconciliation(
        [{ year: 2026, grantPlanned: 0n, grantReceived: null, plannedCost: 0n, actualCost: null }],
        10,
      ).years[0].sharePercent,
    ).toBe('0.00');
  });
});

describe('reportSchedule and reportKind', () => {
  it('owes an annual report from the first grant year and the final report for the completion year', () => {
    // First grant 2022, completed 2025: annual 2022, 2023, 2024 (due 1 March 2023–2025), final 2025
    // (due 2026-03-01).
    expect(reportSchedule(2022, 2025, 2026)).toEqual([
      { year: 2022, kind: 'ANNUAL', dueDate: '2023-03-01' },
      { year: 2023, kind: 'ANNUAL', dueDate: '2024-03-01' },
      { year: 2024, kind: 'ANNUAL', dueDate: '2025-03-01' },
      { year: 2025, kind: 'FINAL', dueDate: '2026-03-01' },
    ]);
    // Completion in 2026, today in 2025: annual 2024 and 2025, the final report not yet owed.
    expect(reportSchedule(2024, 2026, 2025).map((r) => `${r.year}${r.kind[0]}`)).toEqual(['2024A', '2025A']);
    // No end date: annual reports to the current year.
    expect(reportSchedule(2025, null, 2026).map((r) => r.year)).toEqual([2025, 2026]);
    // Completed before the first grant year (a late grant): the final report alone.
    expect(reportSchedule(2025, 2024, 2026)).toEqual([{ year: 2024, kind: 'FINAL', dueDate: '2025-03-01' }]);
    expect([reportKind(2025, 2025), reportKind(2024, 2025), reportKind(2024, null)]).toEqual([
      'FINAL',
      'ANNUAL',
      'ANNUAL',
    ]);
  });
});
