/**
 * The binding benefits plan (bindende gevinstrealiseringsplan) of the co-financing mechanism: Digdir's rules
 * require a binding benefits realisation plan before final commitment. Gevinst keeps it as versions of a
 * frozen snapshot of every benefit's planned figures; realisation is measured against the approved version in
 * force, and the live benefits are the working draft. This module holds the snapshot's shape and the pure
 * difference between two snapshots (docs/funding-schemes.md, "The binding benefits plan").
 */
import { BenefitStatus, type BenefitCategory, type IndicatorDirection, type IndicatorKind } from './benefit';

/** Where a plan version is in its life. */
export enum BenefitPlanStatus {
  /** Proposed by the initiative's owner, waiting for the secretariat's decision. */
  PROPOSED = 'PROPOSED',
  /** Approved: the version in force (at most one per initiative). */
  APPROVED = 'APPROVED',
  /** Was in force; a later approved version replaced it. */
  SUPERSEDED = 'SUPERSEDED',
  /** Proposed and turned down by the secretariat: never in force. */
  REJECTED = 'REJECTED',
}

/** A planned indicator value of a trajectory (a target). */
export interface PlannedValue {
  /** ISO date */
  date: string;
  /** decimal string */
  value: string;
}

/** One benefit as frozen in a plan version: everything the realisation figures are computed from, and who owns it. */
export interface PlannedBenefit {
  id: string;
  title: string;
  category: BenefitCategory;
  /** CANCELLED counts nothing in the figures; the other statuses are the benefit's life cycle */
  status: BenefitStatus;
  isDisBenefit: boolean;
  receivingOrganisationId: string | null;
  ownerName: string;
  ownerRole: string;
  ownerUserId: string | null;
  indicatorName: string;
  indicatorUnit: string;
  direction: IndicatorDirection;
  indicatorKind: IndicatorKind;
  /** decimal string */
  baselineValue: string;
  baselineDate: string;
  /** null: the baseline date */
  effectStart: string | null;
  /** NOK per unit, decimal string; null when not monetised */
  valuePerUnit: string | null;
  /** ascending by date */
  targets: PlannedValue[];
}

/** The frozen plan of an initiative: its benefits in the order they were added. */
export interface BenefitPlanSnapshot {
  benefits: PlannedBenefit[];
}

/** The fields of a planned benefit whose change is a deviation from the plan (targets are compared per date). */
export const PLAN_FIELDS = [
  'title',
  'category',
  'isDisBenefit',
  'receivingOrganisationId',
  'ownerName',
  'ownerRole',
  'ownerUserId',
  'indicatorName',
  'indicatorUnit',
  'direction',
  'indicatorKind',
  'baselineValue',
  'baselineDate',
  'effectStart',
  'valuePerUnit',
  'cancelled',
  'target',
] as const;
export type PlanField = (typeof PLAN_FIELDS)[number];

export enum PlanChangeKind {
  /** A benefit in the later plan that the earlier one does not have. */
  BENEFIT_ADDED = 'BENEFIT_ADDED',
  /** A benefit of the earlier plan that the later one does not have (deleted). */
  BENEFIT_REMOVED = 'BENEFIT_REMOVED',
  /** A field of a benefit in both plans changed (for `target`: the value planned at `targetDate`). */
  FIELD_CHANGED = 'FIELD_CHANGED',
}

/** One difference between two plans. `from`/`to` are the values as text; null: none (not set, not there). */
export interface PlanChange {
  benefitId: string;
  /** the benefit's title in the later plan (the earlier one's when removed) */
  title: string;
  kind: PlanChangeKind;
  /** null for BENEFIT_ADDED and BENEFIT_REMOVED */
  field: PlanField | null;
  /** the target's date when field is `target` */
  targetDate: string | null;
  from: string | null;
  to: string | null;
}

/**
 * A decimal string in one spelling, so that "560.00", "560" and "+560.0" compare equal: no sign for
 * positives, no leading zeros, no trailing zeros after the point, "0" for zero. Text that is not a decimal is
 * returned as it is.
 */
export function canonicalDecimal(value: string): string {
  const match = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(value.trim());
  if (!match || (match[2] === '' && !match[3])) return value;
  const whole = match[2].replace(/^0+(?=\d)/, '') || '0';
  const fraction = (match[3] ?? '').replace(/0+$/, '');
  const body = fraction ? `${whole}.${fraction}` : whole;
  return match[1] === '-' && body !== '0' ? `-${body}` : body;
}

type ScalarField = Exclude<PlanField, 'target' | 'cancelled'>;
const DECIMAL_FIELDS = new Set<ScalarField>(['baselineValue', 'valuePerUnit']);
const SCALAR_FIELDS = PLAN_FIELDS.filter((f): f is ScalarField => f !== 'target' && f !== 'cancelled');

function scalarText(benefit: PlannedBenefit, field: ScalarField): string | null {
  const value = benefit[field];
  if (value === null || value === undefined) return null;
  const text = String(value);
  return DECIMAL_FIELDS.has(field) ? canonicalDecimal(text) : text;
}

/**
 * What changed from plan `before` to plan `after`, benefit by benefit in `after`'s order (then the removed ones
 * in `before`'s order): a benefit added or removed is one change; for a benefit in both, every field of
 * PLAN_FIELDS that differs, in that order — `cancelled` when the status moved to or from CANCELLED (the
 * other statuses are the benefit's life cycle, not its plan), and `target` once per date whose planned value
 * differs, was added (from null) or was dropped (to null), by date. Decimals compare by value
 * (canonicalDecimal). Equal plans give [].
 */
export function diffBenefitPlans(before: BenefitPlanSnapshot, after: BenefitPlanSnapshot): PlanChange[] {
  const earlier = new Map(before.benefits.map((b) => [b.id, b]));
  const later = new Set(after.benefits.map((b) => b.id));
  const changes: PlanChange[] = [];
  const change = (
    benefit: PlannedBenefit,
    kind: PlanChangeKind,
    field: PlanField | null = null,
    from: string | null = null,
    to: string | null = null,
    targetDate: string | null = null,
  ) => changes.push({ benefitId: benefit.id, title: benefit.title, kind, field, targetDate, from, to });

  for (const now of after.benefits) {
    const then = earlier.get(now.id);
    if (!then) {
      change(now, PlanChangeKind.BENEFIT_ADDED);
      continue;
    }
    for (const field of SCALAR_FIELDS) {
      const from = scalarText(then, field);
      const to = scalarText(now, field);
      if (from !== to) change(now, PlanChangeKind.FIELD_CHANGED, field, from, to);
    }
    const wasCancelled = then.status === BenefitStatus.CANCELLED;
    const isCancelled = now.status === BenefitStatus.CANCELLED;
    if (wasCancelled !== isCancelled)
      change(now, PlanChangeKind.FIELD_CHANGED, 'cancelled', String(wasCancelled), String(isCancelled));
    const fromTargets = new Map(then.targets.map((t) => [t.date, canonicalDecimal(t.value)]));
    const toTargets = new Map(now.targets.map((t) => [t.date, canonicalDecimal(t.value)]));
    const dates = [...new Set([...fromTargets.keys(), ...toTargets.keys()])].sort();
    for (const date of dates) {
      const from = fromTargets.get(date) ?? null;
      const to = toTargets.get(date) ?? null;
      if (from !== to) change(now, PlanChangeKind.FIELD_CHANGED, 'target', from, to, date);
    }
  }
  for (const then of before.benefits) if (!later.has(then.id)) change(then, PlanChangeKind.BENEFIT_REMOVED);
  return changes;
}

/** A recorded change to a benefit (an audit event of createBenefit, updateBenefit or deleteBenefit). */
export interface BenefitChangeEvent {
  benefitId: string;
  /** createBenefit, updateBenefit or deleteBenefit (others are ignored) */
  operation: string;
  /** ISO timestamp */
  at: string;
  /** who made it (the actor's e-mail; null: the system) */
  by: string | null;
  /** the benefit before (null for a creation); `targets` as [{ date, value }] */
  before: Record<string, unknown> | null;
  /** the benefit after (null for a deletion); `targets` absent when the change left them alone */
  after: Record<string, unknown> | null;
  /** why, as the person making the change wrote it; null when not given */
  reason: string | null;
}

/** A change between plans with the recorded change that made it. */
export interface AttributedPlanChange extends PlanChange {
  /** when the latest recorded change that made it happened; null when none is recorded */
  changedAt: string | null;
  changedBy: string | null;
  reason: string | null;
}

/** The value of `field` (at `targetDate` for `target`) in a recorded benefit; undefined when not recorded. */
function recordedValue(
  record: Record<string, unknown> | null,
  field: PlanField,
  targetDate: string | null,
): string | null | undefined {
  if (!record) return undefined;
  if (field === 'cancelled')
    return 'status' in record ? String(record.status === BenefitStatus.CANCELLED) : undefined;
  if (field === 'target') {
    if (!Array.isArray(record.targets)) return undefined;
    const target = (record.targets as { date?: unknown; value?: unknown }[]).find(
      (t) => t.date === targetDate,
    );
    return target ? canonicalDecimal(String(target.value)) : null;
  }
  if (!(field in record)) return undefined;
  const value = record[field];
  if (value === null || value === undefined) return null;
  const text = typeof value === 'object' ? JSON.stringify(value) : `${value as string | number | boolean}`;
  return DECIMAL_FIELDS.has(field) ? canonicalDecimal(text) : text;
}

/**
 * Who made each change between plans, when and why: the latest of `events` (in the order they happened) that
 * made it — for BENEFIT_ADDED the benefit's creation, for BENEFIT_REMOVED its deletion, for FIELD_CHANGED the
 * latest event that recorded the field (the target at its date) with a different value before and after. A
 * change no event explains (made before the events given) has changedAt, changedBy and reason null.
 */
export function attributePlanChanges(
  changes: readonly PlanChange[],
  events: readonly BenefitChangeEvent[],
): AttributedPlanChange[] {
  return changes.map((change) => {
    let found: BenefitChangeEvent | undefined;
    for (let i = events.length - 1; i >= 0 && !found; i--) {
      const event = events[i];
      if (event.benefitId !== change.benefitId) continue;
      if (change.kind === PlanChangeKind.BENEFIT_ADDED) {
        if (event.operation === 'createBenefit') found = event;
      } else if (change.kind === PlanChangeKind.BENEFIT_REMOVED) {
        if (event.operation === 'deleteBenefit') found = event;
      } else if (change.field) {
        const after = recordedValue(event.after, change.field, change.targetDate);
        if (after === undefined) continue;
        const before =
          event.operation === 'createBenefit'
            ? undefined
            : recordedValue(event.before, change.field, change.targetDate);
        if (before !== after) found = event;
      }
    }
    return {
      ...change,
      changedAt: found?.at ?? null,
      changedBy: found?.by ?? null,
      reason: found?.reason ?? null,
    };
  });
}
