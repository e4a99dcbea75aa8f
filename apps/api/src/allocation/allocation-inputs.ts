import {
  type AllocationParticipant,
  type AllocationResult,
  type Reconciliation,
  allocate,
  formatOre,
  keyFixesTotal,
  parseAmount,
  reconcile,
} from '@gevinst/cost-model';
import {
  type CostSharingKeySpec,
  costSharingTotalRule,
  driversUsedBy,
  msg,
  renderMessage,
} from '@gevinst/domain';
import { rethrowCostModel } from '../common/cost-model-errors.js';
import { InputProblems, badInput } from '../common/errors.js';
import type { CostItemEntity } from '../cost-item/cost-item.entity.js';
import type { CostSharingKeyVersionEntity } from '../cost-sharing-key/cost-sharing-key-version.entity.js';
import type { InitiativeEntity } from '../initiative/initiative.entity.js';

export interface PayingParticipant {
  organisationId: string;
  name: string;
  orgNumber: string;
  group: string;
}

export interface KeyInUse {
  keyId: string;
  keyName: string;
  version: CostSharingKeyVersionEntity;
}

/** Everything an allocation run reads, loaded once with a handful of set-based queries. */
export interface AllocationInputs {
  initiative: InitiativeEntity;
  year: number;
  participants: PayingParticipant[];
  /** Driver values per organisation and driver name, other than population. */
  drivers: Map<string, Record<string, string>>;
  /** Population per organisation and year. */
  populations: Map<string, Map<number, number>>;
}

/**
 * The paying participants of an allocation, from the repository's rows (by name, then id); an initiative
 * without any cannot be allocated.
 */
export function payingParticipants(
  initiative: InitiativeEntity,
  rows: readonly { organisation_id: string; name: string; org_number: string; grp: string }[],
): PayingParticipant[] {
  if (!rows.length)
    throw badInput('initiativeId', msg('NO_PAYING_PARTICIPANTS', { initiative: initiative.code }));
  return rows.map((row) => ({
    organisationId: row.organisation_id,
    name: row.name,
    orgNumber: row.org_number,
    group: row.grp,
  }));
}

/** The population years the key versions read (their population year, else the run year). */
export function populationYearsOf(versions: readonly CostSharingKeyVersionEntity[], year: number): number[] {
  return [...new Set(versions.map((v) => v.populationYear ?? year))];
}

/** Whether any of the key versions reads population (else no population is loaded). */
export function readsPopulation(versions: readonly CostSharingKeyVersionEntity[]): boolean {
  return versions.some((v) => driversUsedBy(v.spec).includes('population'));
}

/** An allocation's inputs, from the repository's rows of populations and driver values. */
export function inputsOf(
  initiative: InitiativeEntity,
  year: number,
  participants: PayingParticipant[],
  populationRows: readonly { organisation_id: string; year: number; value: number }[],
  driverRows: readonly { organisation_id: string; driver: string; value: string }[],
): AllocationInputs {
  const populations = new Map<string, Map<number, number>>();
  for (const row of populationRows) {
    const byYear = populations.get(row.organisation_id) ?? new Map<number, number>();
    byYear.set(row.year, row.value);
    populations.set(row.organisation_id, byYear);
  }
  const drivers = new Map<string, Record<string, string>>();
  for (const row of driverRows) {
    const values = drivers.get(row.organisation_id) ?? {};
    values[row.driver] = row.value;
    drivers.set(row.organisation_id, values);
  }
  return { initiative, year, participants, drivers, populations };
}

/**
 * The participants of one key version with the drivers it reads: population from the stored population
 * of the key's population year (or the run year), other drivers as entered for the run year. A missing
 * value is a clear error naming every organisation that lacks it.
 */
/** The drivers a key reads for a participant in `group` (in TWO_LEVEL keys, only its own group's key). */
function driversFor(spec: CostSharingKeySpec, group: string): string[] {
  if (spec.method !== 'TWO_LEVEL') return driversUsedBy(spec);
  const own = spec.groups.find((g) => g.group === group);
  return own ? driversUsedBy(own.key) : [];
}

export function participantsFor(
  inputs: AllocationInputs,
  spec: CostSharingKeySpec,
  populationYear: number | null,
) {
  const needed = driversUsedBy(spec);
  const year = populationYear ?? inputs.year;
  const problems = new InputProblems();
  const result: AllocationParticipant[] = inputs.participants.map((p) => {
    const drivers: Record<string, string | number> = {};
    for (const driver of driversFor(spec, p.group)) {
      if (driver === 'population') {
        const value = inputs.populations.get(p.organisationId)?.get(year);
        if (value !== undefined) drivers.population = value;
      } else {
        const value = inputs.drivers.get(p.organisationId)?.[driver];
        if (value !== undefined) drivers[driver] = value;
      }
    }
    return { id: p.organisationId, tieKey: p.orgNumber, drivers, group: p.group };
  });
  for (const driver of needed) {
    const missing = inputs.participants.filter(
      (p, index) =>
        driversFor(spec, p.group).includes(driver) && result[index].drivers?.[driver] === undefined,
    );
    if (missing.length) {
      const organisations = missing.slice(0, 10).map((p) => `${p.name} (${p.orgNumber})`);
      const more = Math.max(missing.length - 10, 0);
      problems.check(
        `drivers.${driver}`,
        driver === 'population'
          ? msg('POPULATION_MISSING', { year, organisations, more })
          : msg('DRIVER_VALUE_MISSING', { driver, year: inputs.year, organisations, more }),
      );
    }
  }
  problems.throwIfAny();
  return result;
}

export interface ItemAllocation {
  item: CostItemEntity;
  key: KeyInUse;
  /** The planned allocation against the item's planned amount (cost-model's reconcile). */
  reconciliation: Reconciliation;
  planned: AllocationResult;
  actual: AllocationResult | null;
  /** The same allocations with their explanations in Norwegian Bokmål (the same amounts). */
  plannedNb: AllocationResult;
  actualNb: AllocationResult | null;
}

/** Allocates one cost item's planned and actual amounts by its key (cost-model does the arithmetic). */
export function allocateItem(inputs: AllocationInputs, item: CostItemEntity, key: KeyInUse): ItemAllocation {
  const spec = key.version.spec;
  const participants = participantsFor(inputs, spec, key.version.populationYear);
  const takesTotal = costSharingTotalRule(spec.method) !== 'FORBIDDEN';
  const both = (total: string | null) =>
    [allocate(total, participants, spec), allocate(total, participants, spec, { language: 'nb' })] as const;
  try {
    const total = takesTotal ? item.plannedAmount : null;
    const [planned, plannedNb] = both(total);
    const [actual, actualNb] =
      item.actualAmount === null ? [null, null] : takesTotal ? both(item.actualAmount) : [planned, plannedNb];
    const reconciliation = reconcile(item.plannedAmount, planned, spec, total);
    return { item, key, reconciliation, planned, actual, plannedNb, actualNb };
  } catch (error) {
    rethrowCostModel(error, `key "${key.keyName}" v${key.version.versionNumber}`, (problem) =>
      msg('COST_ITEM_PROBLEM', {
        description: item.description || item.category,
        category: item.category,
        year: item.year,
        problem: renderMessage(problem, 'en'),
        problemNb: renderMessage(problem, 'nb'),
      }),
    );
  }
}

/** One line of a stored run, as inserted into allocation_lines. */
export interface RunLine {
  organisationId: string;
  costItemId: string;
  costCategory: string;
  keyVersionId: string;
  planned: string;
  actual: string | null;
  share: string;
  explanation: string;
  explanationNb: string;
}

/** The lines of a run: per cost item, per paying participant, the planned and actual amounts. */
export function runLinesOf(allocations: readonly ItemAllocation[]): RunLine[] {
  return allocations.flatMap(({ item, key, planned, actual, plannedNb, actualNb }) =>
    planned.lines.map((line, index) => ({
      organisationId: line.participantId,
      costItemId: item.id,
      costCategory: item.category,
      keyVersionId: key.version.id,
      planned: line.amount,
      actual: actual ? actual.lines[index].amount : null,
      share: line.share,
      explanation:
        actual && actual !== planned
          ? `${line.explanation} Actual: ${actual.lines[index].explanation}`
          : line.explanation,
      explanationNb:
        actualNb && actualNb !== plannedNb
          ? `${plannedNb.lines[index].explanation} Faktisk: ${actualNb.lines[index].explanation}`
          : plannedNb.lines[index].explanation,
    })),
  );
}

/** Exact sum of NOK amounts (integer øre); nulls are skipped. */
export function sumAmounts(amounts: readonly (string | null)[]): string {
  let ore = 0n;
  for (const amount of amounts) if (amount !== null) ore += parseAmount(amount, 'amount');
  return formatOre(ore);
}

/** A run's totals: the planned sum, and the actual sum when any cost item has an actual amount. */
export function runTotalsOf(
  allocations: readonly ItemAllocation[],
  lines: readonly RunLine[],
): { plannedTotal: string; actualTotal: string | null } {
  const hasActual = allocations.some((a) => a.actual !== null);
  return {
    plannedTotal: sumAmounts(lines.map((l) => l.planned)),
    actualTotal: hasActual ? sumAmounts(lines.map((l) => l.actual)) : null,
  };
}

/**
 * What a run records about its inputs (allocation_runs.inputs): the cost items with the amounts allocated,
 * the key versions with their rules, the paying participants (by name) and the run it superseded.
 */
export function runInputsOf(
  allocations: readonly ItemAllocation[],
  participants: readonly PayingParticipant[],
  supersededRunId: string | null,
): Record<string, unknown> {
  const driversUsed: Record<string, unknown> = {};
  for (const { key } of allocations)
    driversUsed[key.version.id] = { populationYear: key.version.populationYear, spec: key.version.spec };
  return {
    costItems: allocations.map(({ item, key, planned, actual }) => ({
      id: item.id,
      category: item.category,
      description: item.description,
      plannedAmount: item.plannedAmount,
      actualAmount: item.actualAmount,
      allocatedPlanned: planned.total,
      allocatedActual: actual?.total ?? null,
      keyId: key.keyId,
      keyName: key.keyName,
      keyVersionId: key.version.id,
      keyVersion: key.version.versionNumber,
    })),
    keyVersions: [...new Map(allocations.map((a) => [a.key.version.id, a.key])).values()].map((key) => ({
      keyId: key.keyId,
      keyName: key.keyName,
      versionId: key.version.id,
      version: key.version.versionNumber,
      spec: key.version.spec,
      populationYear: key.version.populationYear,
    })),
    participants: participants.map((p) => ({
      organisationId: p.organisationId,
      name: p.name,
      orgNumber: p.orgNumber,
      group: p.group,
    })),
    driversUsed,
    supersededRunId,
  };
}

/**
 * Whether every key a run recorded in its inputs fixes the total as the run used it (a run gives every key
 * but PER_UNIT its cost item's amount): false when any key version is PER_UNIT.
 */
export function runKeysFixTotal(inputs: Record<string, unknown>): boolean {
  const versions = Array.isArray(inputs.keyVersions)
    ? (inputs.keyVersions as { spec?: CostSharingKeySpec }[])
    : [];
  return versions.every((version) => {
    const method = version.spec?.method;
    if (!method) return true;
    return keyFixesTotal({ method }, costSharingTotalRule(method) === 'FORBIDDEN' ? null : '0.00');
  });
}
