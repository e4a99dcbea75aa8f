import { resolve } from 'node:path';
import { allocate } from '@gevinst/cost-model';
import { FundingScheme, OrganisationKind, administrativeLevelOf } from '@gevinst/domain';
import { readReferenceData } from '../../../api/src/database/seed/reference-data.js';
import { runsOf } from './allocation.js';
import { measurementRows } from './measurements.js';
import { AS_OF, type NationalReference, buildPlans, buildReference } from './plan.js';
import { Rng } from './prng.js';

function reference(): NationalReference {
  const data = readReferenceData(resolve(process.cwd(), 'data/reference'));
  return buildReference(
    data.organisations.map((o, i) => ({
      id: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
      orgNumber: o.orgNumber,
      name: o.name,
      kind: o.kind,
      level: administrativeLevelOf(o.kind),
      municipalityNumber: o.municipalityNumber,
      countyNumber: o.countyNumber,
      population: o.population?.value ?? null,
    })),
  );
}

const ref = reference();
const plans = buildPlans(Rng.root(42), ref, { initiatives: 120, benefits: 1200 });

describe('the national plan', () => {
  it('is the same for the same seed', () => {
    const again = buildPlans(Rng.root(42), ref, { initiatives: 120, benefits: 1200 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(plans));
    expect(JSON.stringify(buildPlans(Rng.root(43), ref, { initiatives: 120, benefits: 1200 }))).not.toBe(
      JSON.stringify(plans),
    );
  });

  it('has exactly the benefits asked for, codes NAT-…, and 2 to 357 municipalities per initiative', () => {
    expect(plans.flatMap((p) => p.benefits)).toHaveLength(1200);
    expect(plans[0].code).toBe('NAT-0001');
    expect(new Set(plans.map((p) => p.code)).size).toBe(120);
    const municipalities = plans.map(
      (p) =>
        p.participants.filter((x) => ref.byId.get(x.organisationId)!.kind === OrganisationKind.MUNICIPALITY)
          .length,
    );
    expect(Math.min(...municipalities)).toBeGreaterThanOrEqual(2);
    expect(Math.max(...municipalities)).toBe(357);
    expect(new Set(plans.map((p) => p.scale))).toEqual(new Set(['NATIONAL', 'REGIONAL', 'COUNTY', 'LOCAL']));
    for (const plan of plans) {
      expect(plan.costItems.every((c) => c.year >= 2017 && c.year <= 2026)).toBe(true);
      expect(plan.participants.filter((p) => p.pays).length).toBeGreaterThanOrEqual(1);
    }
  });

  it('funds every initiative per year: grants for a share, the owner’s budget, reconciled but for a few', () => {
    let unbalanced = 0;
    for (const plan of plans) {
      const years = [...new Set(plan.costItems.map((c) => c.year))];
      expect(new Set(plan.funding.map((f) => f.year))).toEqual(new Set(years));
      const off = years.filter((year) => {
        const cost = plan.costItems
          .filter((c) => c.year === year)
          .reduce((s, c) => s + BigInt(c.planned.replace('.', '')), 0n);
        const funded = plan.funding
          .filter((f) => f.year === year)
          .reduce((s, f) => s + BigInt(f.amount.replace('.', '')), 0n);
        return cost !== funded;
      });
      expect(off.length).toBeLessThanOrEqual(1);
      if (off.length) unbalanced++;
      for (const f of plan.funding)
        expect(f.organisationId).toBe(f.scheme === FundingScheme.OWN_BUDGET ? plan.ownerId : null);
    }
    // FUNDING_IMBALANCE_SHARE (5 %) of 120: a handful.
    expect(unbalanced).toBeGreaterThan(0);
    expect(unbalanced).toBeLessThan(15);
    expect(new Set(plans.flatMap((p) => p.funding.map((f) => f.scheme)))).toEqual(
      new Set(['DIGIFIN', 'CO_FINANCING', 'STIMULAB', 'OWN_BUDGET']),
    );
  });

  it('computes allocation runs that are real allocations: one current run a year, totals and counts from the lines', () => {
    const withSuperseded = plans.filter((p) => p.supersededYears.length);
    expect(withSuperseded.length).toBeGreaterThan(0);
    let superseded = 0;
    for (const plan of [...plans.slice(0, 30), ...withSuperseded.slice(0, 3)]) {
      const runs = [...runsOf(Rng.root(42).fork('runs', plan.index), plan, ref)];
      const current = runs.filter((r) => r.status === 'CURRENT');
      expect(current.map((r) => r.year)).toEqual(plan.runYears);
      const paying = plan.participants.filter((p) => p.pays).length;
      for (const run of runs) {
        const items = plan.costItems.filter((c) => c.year === run.year);
        expect(run.lines).toHaveLength(items.length * paying);
        const sum = run.lines.reduce((s, l) => s + BigInt(l.planned.replace('.', '')), 0n);
        expect(run.plannedTotal.replace('.', '')).toBe(String(sum));
        if (plan.key.spec.method !== 'PER_UNIT')
          expect(sum).toBe(items.reduce((s, c) => s + BigInt(c.planned.replace('.', '')), 0n));
        if (run.status === 'SUPERSEDED') {
          superseded++;
          expect(run.actualTotal).toBeNull();
          expect(runs.find((r) => r.id === run.supersededByRunId)?.status).toBe('CURRENT');
        }
      }
      // The first item's lines are what cost-model's allocate gives for it.
      const run = current[0];
      const item = run.lines[0].costItemId;
      const planned = plan.costItems.find((c) => c.id === item)!.planned;
      const participants = run.lines
        .filter((l) => l.costItemId === item)
        .map((l) => {
          const org = ref.byId.get(l.organisationId)!;
          // as the service allocates: equal remainders go by organisation number (the tie key)
          return {
            id: org.id,
            tieKey: org.orgNumber,
            drivers: { population: org.population ?? 0 },
            group: org.level,
          };
        });
      const expected = allocate(
        plan.key.spec.method === 'PER_UNIT' ? null : planned,
        participants,
        plan.key.spec,
      );
      expect(run.lines.filter((l) => l.costItemId === item).map((l) => l.planned)).toEqual(
        expected.lines.map((l) => l.amount),
      );
    }
    expect(superseded).toBeGreaterThan(0);
  });

  it('measures benefits on their period ends after the baseline, with a few corrected versions', () => {
    let corrections = 0;
    for (const benefit of plans.flatMap((p) => p.benefits).slice(0, 300)) {
      const count = Math.floor(benefit.measurableDates.length * 0.9);
      const rows = measurementRows(Rng.root(1).fork(benefit.id), benefit, count);
      const current = rows.filter((r) => r.supersededAt === null);
      expect(current).toHaveLength(count);
      for (const row of rows) {
        expect(row.date > benefit.baselineDate).toBe(true);
        expect(row.date <= AS_OF).toBe(true);
        if (row.revision === 2) {
          corrections++;
          const first = rows.find((r) => r.id === row.supersedesId)!;
          expect(first.supersededById).toBe(row.id);
          expect(first.value).not.toBe(row.value);
        }
      }
    }
    expect(corrections).toBeGreaterThan(0);
  });
});
