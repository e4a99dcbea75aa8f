import {
  type RaceFound,
  type RaceMade,
  type WritesFound,
  type WritesMade,
  type UpdateRound,
  mixedLoadMisses,
  raceProblems,
  servedProblems,
  updateRaceProblems,
  writeProblems,
} from './write-consistency.js';

// Two measurements (m1, m2), one created cost item (c1), item i1 updated twice and i2 never.
function made(): WritesMade {
  return {
    measurements: ['m1', 'm2'],
    createdCostItems: ['c1'],
    costItemUpdates: new Map([['i1', 2]]),
  };
}

function found(): WritesFound {
  return {
    audit: [
      { operation: 'recordMeasurement', entityId: 'm1' },
      { operation: 'updateCostItem', entityId: 'i1' },
      { operation: 'recordMeasurement', entityId: 'm2' },
      { operation: 'createCostItem', entityId: 'c1' },
      { operation: 'updateCostItem', entityId: 'i1' },
    ],
    measurements: ['m2', 'm1'],
    createdCostItems: ['c1'],
    costItemVersions: new Map([
      ['i1', { before: 3, after: 5 }], // 3 + 2 successful updates
      ['i2', { before: 1, after: 1 }],
    ]),
  };
}

describe('the mixed load’s writes against the database', () => {
  it('finds nothing when every success has its row, its version step and one audit event', () => {
    expect(writeProblems(made(), found())).toEqual([]);
  });

  it('finds a success without its audit event, and an event without a success', () => {
    const f = found();
    f.audit = f.audit.filter((e) => e.entityId !== 'm2');
    expect(writeProblems(made(), f)).toEqual(['recordMeasurement m2: 1 success(es), 0 audit event(s)']);
    const g = found();
    g.audit = [...g.audit, { operation: 'createCostItem', entityId: 'c9' }];
    expect(writeProblems(made(), g)).toEqual(['createCostItem c9: 1 audit event(s) and no success']);
  });

  it('finds an update audited once for two successes, and an event of another operation', () => {
    const f = found();
    f.audit = f.audit.slice(0, 4);
    f.audit = [...f.audit, { operation: 'deleteCostItem', entityId: 'i2' }];
    expect(writeProblems(made(), f)).toEqual([
      'updateCostItem i1: 2 success(es), 1 audit event(s)',
      'unexpected audit event deleteCostItem i2',
    ]);
  });

  it('finds a lost update and one applied twice by the versions', () => {
    const lost = found();
    lost.costItemVersions = new Map([
      ['i1', { before: 3, after: 4 }],
      ['i2', { before: 1, after: 1 }],
    ]);
    expect(writeProblems(made(), lost)).toEqual(['cost item i1: version 3 → 4, 2 successful update(s)']);
    const twice = found();
    twice.costItemVersions = new Map([
      ['i1', { before: 3, after: 5 }],
      ['i2', { before: 1, after: 2 }], // changed with no success reported
    ]);
    expect(writeProblems(made(), twice)).toEqual(['cost item i2: version 1 → 2, 0 successful update(s)']);
    const gone = found();
    gone.costItemVersions = new Map([['i2', { before: 1, after: 1 }]]);
    expect(writeProblems(made(), gone)).toEqual(['cost item i1 was updated and is not stored']);
  });

  it('finds rows reported and not stored, stored and not reported, and an id reported twice', () => {
    const f = found();
    f.measurements = ['m1', 'm3'];
    expect(writeProblems(made(), f)).toEqual([
      'measurement m2 was reported and is not stored',
      'measurement m3 is stored and was not reported',
    ]);
    const twice = made();
    twice.createdCostItems = ['c1', 'c1'];
    const g = found();
    g.audit = [...g.audit, { operation: 'createCostItem', entityId: 'c1' }];
    expect(writeProblems(twice, g)).toEqual(['a created cost item id was reported twice']);
  });
});

describe('the runAllocation race', () => {
  const race = (): RaceMade => ({
    supersedes: 'r0',
    calls: 4,
    successes: ['r1'],
    failures: ['CONFLICT', 'CONFLICT', 'CONFLICT'],
  });
  const stored = (): RaceFound => ({
    newRuns: ['r1'],
    current: ['r1'],
    superseded: { status: 'SUPERSEDED', supersededBy: 'r1' },
    winner: { lineCount: 3570, plannedTotal: '1000.00', linesCounted: 3570, linesPlanned: '1000.00' },
    audit: ['r1'],
  });

  it('finds nothing when one call won and the others got CONFLICT', () => {
    expect(raceProblems(race(), stored())).toEqual([]);
  });

  it('finds two winners, another error and an unanswered call', () => {
    const two = { ...race(), successes: ['r1', 'r2'], failures: ['CONFLICT', 'CONFLICT'] };
    expect(raceProblems(two, { ...stored(), newRuns: ['r1', 'r2'], audit: ['r1', 'r2'] })).toEqual([
      '2 of 4 runAllocation calls succeeded, not 1',
      'runs stored by the race: r1, r2; expected r1',
      'runAllocation audit events: r1, r2; expected one for r1',
    ]);
    const other = { ...race(), failures: ['CONFLICT', 'INTERNAL_SERVER_ERROR'] };
    expect(raceProblems(other, stored())).toEqual([
      'runAllocation failed with INTERNAL_SERVER_ERROR',
      '1 runAllocation calls unanswered',
    ]);
  });

  it('finds a second current run, a broken supersede link and lines that do not add up', () => {
    expect(
      raceProblems(race(), {
        ...stored(),
        current: ['r0', 'r1'],
        superseded: { status: 'CURRENT', supersededBy: null },
        winner: { lineCount: 3570, plannedTotal: '1000.00', linesCounted: 3569, linesPlanned: '999.99' },
      }),
    ).toEqual([
      'current runs: r0, r1; expected r1',
      'run r0 is CURRENT, superseded by nothing; expected r1',
      'run r1: 3569 lines stored, line count 3570',
      'run r1: lines sum to 999.99, planned total 1000.00',
    ]);
    expect(raceProblems(race(), { ...stored(), winner: null })).toEqual(['run r1 is not stored']);
  });

  it('needs no superseded run when the race was for the first run, and finds one that is missing', () => {
    expect(raceProblems({ ...race(), supersedes: null }, { ...stored(), superseded: null })).toEqual([]);
    expect(raceProblems(race(), { ...stored(), superseded: null })).toEqual([
      'run r0 is not stored, superseded by nothing; expected r1',
    ]);
  });
});

describe('the updateCostItem race', () => {
  // Three rounds of 4 calls on one version each: the winners stored 2000.00, 3000.00 and 5000.00.
  const rounds = (): UpdateRound[] => [
    { calls: 4, winners: ['2000.00'], failures: ['CONFLICT', 'CONFLICT', 'CONFLICT'] },
    { calls: 4, winners: ['3000.00'], failures: ['CONFLICT', 'CONFLICT', 'CONFLICT'] },
    { calls: 4, winners: ['5000.00'], failures: ['CONFLICT', 'CONFLICT', 'CONFLICT'] },
  ];
  // Version 7 + 3 wins = 10, the last amount, three audit events.
  const found = { versionBefore: 7, versionAfter: 10, plannedAmount: '5000.00', audit: 3 };

  it('finds nothing when each round had one winner and the item holds the last one', () => {
    expect(updateRaceProblems(rounds(), found)).toEqual([]);
  });

  it('finds a round with two winners (a lost update), an error and an unanswered call', () => {
    const r = rounds();
    r[1] = { calls: 4, winners: ['3000.00', '4000.00'], failures: ['CONFLICT', 'CONFLICT'] };
    r[2] = { calls: 4, winners: ['5000.00'], failures: ['CONFLICT', 'INTERNAL_SERVER_ERROR'] };
    // Two wins in round 2 stepped the version once: 7 → 10 for 4 successes.
    expect(updateRaceProblems(r, found)).toEqual([
      'update round 2: 2 of 4 calls succeeded, not 1',
      'update round 3: failed with INTERNAL_SERVER_ERROR',
      'update round 3: 1 calls unanswered',
      'cost item version 7 → 10, 4 successful update(s)',
      '3 updateCostItem audit event(s), 4 successful update(s)',
    ]);
  });

  it('finds another amount than the last winner’s, and a missing audit event', () => {
    expect(updateRaceProblems(rounds(), { ...found, plannedAmount: '3000.00', audit: 2 })).toEqual([
      'cost item holds 3000.00, the last update stored 5000.00',
      '2 updateCostItem audit event(s), 3 successful update(s)',
    ]);
  });
});

describe('the mixed load’s target (issue 18)', () => {
  it('is met at 120 requests/s and a p95 of 600 ms with no errors, and says what misses', () => {
    expect(mixedLoadMisses(120, 600, 0)).toEqual([]);
    expect(mixedLoadMisses(119.9, 600.1, 2)).toEqual([
      '119.9 requests/s < 120',
      'p95 600.1 ms > 600',
      '2 error(s) besides CONFLICT',
    ]);
    expect(mixedLoadMisses(Number.NaN, Number.NaN, 0)).toHaveLength(2);
  });
});

describe('the processes that answered the races', () => {
  it('needs an answer from each of the N processes, each named', () => {
    expect(
      servedProblems(
        2,
        new Map([
          ['101', 20],
          ['102', 28],
        ]),
      ),
    ).toEqual([]);
    expect(servedProblems(1, new Map([['101', 48]]))).toEqual([]);
    expect(servedProblems(2, new Map([['101', 48]]))).toEqual([
      'the races were answered by 1 of 2 API processes',
    ]);
    expect(servedProblems(2, new Map([['unnamed', 48]]))).toEqual([
      'raced answers without X-Process-Id: which process answered is unknown',
    ]);
  });
});
