import fc from 'fast-check';
import { BenefitCategory, BenefitStatus, IndicatorDirection, IndicatorKind } from './benefit';
import {
  type BenefitChangeEvent,
  type BenefitPlanSnapshot,
  attributePlanChanges,
  type PlannedBenefit,
  PlanChangeKind,
  canonicalDecimal,
  diffBenefitPlans,
} from './benefit-plan';

const NAV = '11111111-1111-4111-8111-111111111111';

/** DEMO-MEDFIN-TOLK's "Mindre tid til tolkebestilling i NAV" as approved in version 1. */
function tolk(overrides: Partial<PlannedBenefit> = {}): PlannedBenefit {
  return {
    id: 'b-tolk',
    title: 'Mindre tid til tolkebestilling i NAV',
    category: BenefitCategory.OTHER_PUBLIC_SECTOR,
    status: BenefitStatus.IN_REALISATION,
    isDisBenefit: false,
    receivingOrganisationId: NAV,
    ownerName: 'Nina Navesen',
    ownerRole: 'Avdelingsdirektør',
    ownerUserId: null,
    indicatorName: 'Timer brukt på tolkebestilling per år',
    indicatorUnit: 'timer',
    direction: IndicatorDirection.DECREASE,
    indicatorKind: IndicatorKind.RATE,
    baselineValue: '64000',
    baselineDate: '2024-01-15',
    effectStart: null,
    valuePerUnit: '560.00',
    targets: [
      { date: '2025-12-31', value: '40000' },
      { date: '2026-06-30', value: '32000' },
    ],
    ...overrides,
  };
}

function other(overrides: Partial<PlannedBenefit> = {}): PlannedBenefit {
  return tolk({
    id: 'b-oslo',
    title: 'Lavere administrasjonskostnader i Oslo',
    category: BenefitCategory.BUDGET_RELEASING,
    valuePerUnit: '1.00',
    baselineValue: '9500000',
    targets: [{ date: '2026-06-30', value: '7000000' }],
    ...overrides,
  });
}

const plan = (...benefits: PlannedBenefit[]): BenefitPlanSnapshot => ({ benefits });

describe('canonicalDecimal', () => {
  it.each([
    ['560.00', '560'],
    ['560', '560'],
    ['+560.50', '560.5'],
    ['0007.100', '7.1'],
    ['-0.00', '0'],
    ['-12.30', '-12.3'],
    ['.5', '0.5'],
    ['abc', 'abc'],
  ])('%s → %s', (given, expected) => expect(canonicalDecimal(given)).toBe(expected));
});

describe('diffBenefitPlans', () => {
  it('finds nothing between a plan and itself, nor where only the spelling of a decimal differs', () => {
    expect(diffBenefitPlans(plan(tolk(), other()), plan(tolk(), other()))).toEqual([]);
    // 560.00 and 560 NOK per hour are the same value; 64000 and 64000.000 hours too.
    expect(
      diffBenefitPlans(plan(tolk()), plan(tolk({ valuePerUnit: '560', baselineValue: '64000.000' }))),
    ).toEqual([]);
  });

  it('lists a lowered target with its date, from and to', () => {
    // The ambition for 30 June 2026 lowered from 32 000 to 38 000 hours a year (6 000 hours less saved).
    const after = tolk({
      targets: [
        { date: '2025-12-31', value: '40000' },
        { date: '2026-06-30', value: '38000' },
      ],
    });
    expect(diffBenefitPlans(plan(tolk()), plan(after))).toEqual([
      {
        benefitId: 'b-tolk',
        title: 'Mindre tid til tolkebestilling i NAV',
        kind: PlanChangeKind.FIELD_CHANGED,
        field: 'target',
        targetDate: '2026-06-30',
        from: '32000',
        to: '38000',
      },
    ]);
  });

  it('lists a target date added (from null) and one dropped (to null), by date', () => {
    const after = tolk({
      targets: [
        { date: '2025-12-31', value: '40000' },
        { date: '2027-12-31', value: '30000' },
      ],
    });
    expect(
      diffBenefitPlans(plan(tolk()), plan(after)).map((c) => [c.field, c.targetDate, c.from, c.to]),
    ).toEqual([
      ['target', '2026-06-30', '32000', null],
      ['target', '2027-12-31', null, '30000'],
    ]);
  });

  it('lists every changed field in the order of PLAN_FIELDS, values as text', () => {
    const after = tolk({
      ownerName: 'Per Navesen',
      valuePerUnit: null,
      baselineValue: '66000.5',
      effectStart: '2024-06-01',
      receivingOrganisationId: null,
      isDisBenefit: true,
    });
    expect(diffBenefitPlans(plan(tolk()), plan(after)).map((c) => [c.field, c.from, c.to])).toEqual([
      ['isDisBenefit', 'false', 'true'],
      ['receivingOrganisationId', NAV, null],
      ['ownerName', 'Nina Navesen', 'Per Navesen'],
      ['baselineValue', '64000', '66000.5'],
      ['effectStart', null, '2024-06-01'],
      ['valuePerUnit', '560', null],
    ]);
  });

  it('counts a cancellation (and its undoing) but not the life-cycle statuses', () => {
    expect(diffBenefitPlans(plan(tolk()), plan(tolk({ status: BenefitStatus.REALISED })))).toEqual([]);
    expect(
      diffBenefitPlans(plan(tolk()), plan(tolk({ status: BenefitStatus.CANCELLED }))).map((c) => [
        c.field,
        c.from,
        c.to,
      ]),
    ).toEqual([['cancelled', 'false', 'true']]);
    expect(
      diffBenefitPlans(
        plan(tolk({ status: BenefitStatus.CANCELLED })),
        plan(tolk({ status: BenefitStatus.PLANNED })),
      ).map((c) => [c.field, c.from, c.to]),
    ).toEqual([['cancelled', 'true', 'false']]);
  });

  it('lists benefits added (in the later order) and removed (in the earlier order)', () => {
    const added = other({ id: 'b-new', title: 'Ny gevinst' });
    const changes = diffBenefitPlans(plan(tolk(), other()), plan(added, tolk()));
    expect(changes.map((c) => [c.kind, c.benefitId, c.title, c.field])).toEqual([
      [PlanChangeKind.BENEFIT_ADDED, 'b-new', 'Ny gevinst', null],
      [PlanChangeKind.BENEFIT_REMOVED, 'b-oslo', 'Lavere administrasjonskostnader i Oslo', null],
    ]);
  });

  it('takes the later title for a renamed benefit', () => {
    const changes = diffBenefitPlans(plan(tolk()), plan(tolk({ title: 'Kortere tolkebestilling' })));
    expect(changes).toEqual([
      {
        benefitId: 'b-tolk',
        title: 'Kortere tolkebestilling',
        kind: PlanChangeKind.FIELD_CHANGED,
        field: 'title',
        targetDate: null,
        from: 'Mindre tid til tolkebestilling i NAV',
        to: 'Kortere tolkebestilling',
      },
    ]);
  });

  // Properties: no change from a plan to itself; a change both ways is the same change with from and to
  // swapped (added ↔ removed); every listed field really differs.
  const targetArb = fc.record({
    date: fc.constantFrom('2025-06-30', '2025-12-31', '2026-06-30', '2026-12-31'),
    value: fc.integer({ min: 0, max: 100000 }).map(String),
  });
  const benefitArb = fc.record({
    id: fc.constantFrom('a', 'b', 'c', 'd'),
    title: fc.constantFrom('A', 'B'),
    ownerName: fc.constantFrom('Nina', 'Per'),
    baselineValue: fc.integer({ min: 0, max: 100000 }).map(String),
    valuePerUnit: fc.option(fc.constantFrom('560.00', '1.00', '300'), { nil: null }),
    cancelled: fc.boolean(),
    targets: fc.uniqueArray(targetArb, { selector: (t) => t.date, maxLength: 3 }),
  });
  const planArb = fc.uniqueArray(benefitArb, { selector: (b) => b.id, maxLength: 4 }).map((list) =>
    plan(
      ...list.map(({ cancelled, targets, ...rest }) =>
        tolk({
          ...rest,
          status: cancelled ? BenefitStatus.CANCELLED : BenefitStatus.PLANNED,
          targets: [...targets].sort((x, y) => (x.date < y.date ? -1 : 1)),
        }),
      ),
    ),
  );

  it('property: a plan against itself has no change', () => {
    fc.assert(fc.property(planArb, (p) => diffBenefitPlans(p, p).length === 0));
  });

  it('property: the change from B to A is the change from A to B reversed', () => {
    fc.assert(
      fc.property(planArb, planArb, (a, b) => {
        const forth = diffBenefitPlans(a, b);
        const back = diffBenefitPlans(b, a);
        const key = (c: { benefitId: string; field: string | null; targetDate: string | null }) =>
          `${c.benefitId}|${c.field}|${c.targetDate}`;
        const swap = (kind: PlanChangeKind) =>
          kind === PlanChangeKind.BENEFIT_ADDED
            ? PlanChangeKind.BENEFIT_REMOVED
            : kind === PlanChangeKind.BENEFIT_REMOVED
              ? PlanChangeKind.BENEFIT_ADDED
              : kind;
        const reversed = new Map(back.map((c) => [key(c), c]));
        expect(back).toHaveLength(forth.length);
        for (const c of forth) {
          const r = reversed.get(key(c));
          expect(r).toBeDefined();
          expect([r?.kind, r?.from, r?.to]).toEqual([swap(c.kind), c.to, c.from]);
          if (c.kind === PlanChangeKind.FIELD_CHANGED) expect(c.from).not.toBe(c.to);
        }
      }),
    );
  });
});

describe('attributePlanChanges', () => {
  const lowered = tolk({
    targets: [
      { date: '2025-12-31', value: '40000' },
      { date: '2026-06-30', value: '38000' },
    ],
  });
  const event = (overrides: Partial<BenefitChangeEvent>): BenefitChangeEvent => ({
    benefitId: 'b-tolk',
    operation: 'updateBenefit',
    at: '2025-09-01T10:00:00.000Z',
    by: 'eier@demo.gevinst.no',
    before: { ...tolk() },
    after: { ...tolk() },
    reason: null,
    ...overrides,
  });

  it('names the latest event that changed the target at that date, with its reason', () => {
    const changes = diffBenefitPlans(plan(tolk()), plan(lowered));
    const events = [
      // first lowered to 36 000, then to 38 000: the deviation (32 000 → 38 000) is the second's
      event({
        at: '2025-09-01T10:00:00.000Z',
        after: { ...tolk({ targets: [{ date: '2026-06-30', value: '36000' }] }) },
        reason: 'Første justering',
      }),
      // a change of the owner's role only (targets absent: not recorded) says nothing about targets
      event({
        at: '2025-10-01T10:00:00.000Z',
        after: { ...tolk({ ownerRole: 'Direktør' }), targets: undefined },
      }),
      event({
        at: '2025-11-15T08:30:00.000Z',
        by: 'admin@demo.gevinst.no',
        before: { ...tolk({ targets: [{ date: '2026-06-30', value: '36000' }] }) },
        after: { ...lowered },
        reason: 'NAV-kontorene tar løsningen i bruk senere',
      }),
    ];
    expect(attributePlanChanges(changes, events)).toEqual([
      {
        ...changes[0],
        changedAt: '2025-11-15T08:30:00.000Z',
        changedBy: 'admin@demo.gevinst.no',
        reason: 'NAV-kontorene tar løsningen i bruk senere',
      },
    ]);
  });

  it('names the creation of an added benefit and the deletion of a removed one; nothing when unrecorded', () => {
    const added = other({ id: 'b-new', title: 'Ny' });
    const changes = diffBenefitPlans(plan(tolk(), other()), plan(added, tolk({ ownerName: 'Per' })));
    const events = [
      event({
        benefitId: 'b-new',
        operation: 'createBenefit',
        before: null,
        after: { ...added },
        reason: 'Ny gevinst',
      }),
      event({ benefitId: 'b-oslo', operation: 'deleteBenefit', after: null, at: '2025-12-01T00:00:00.000Z' }),
    ];
    expect(
      attributePlanChanges(changes, events).map((c) => [c.kind, c.field, c.changedAt, c.reason]),
    ).toEqual([
      [PlanChangeKind.BENEFIT_ADDED, null, '2025-09-01T10:00:00.000Z', 'Ny gevinst'],
      [PlanChangeKind.FIELD_CHANGED, 'ownerName', null, null],
      [PlanChangeKind.BENEFIT_REMOVED, null, '2025-12-01T00:00:00.000Z', null],
    ]);
  });

  it('reads a cancellation from the recorded status', () => {
    const changes = diffBenefitPlans(plan(tolk()), plan(tolk({ status: BenefitStatus.CANCELLED })));
    const events = [event({ after: { ...tolk({ status: BenefitStatus.CANCELLED }) }, reason: 'Utgår' })];
    expect(attributePlanChanges(changes, events).map((c) => [c.field, c.reason])).toEqual([
      ['cancelled', 'Utgår'],
    ]);
  });
});
