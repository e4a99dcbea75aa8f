import {
  type AllocationInputs,
  type ItemAllocation,
  type KeyInUse,
  type PayingParticipant,
  type RunLine,
  allocateItem,
  runInputsOf,
  runLinesOf,
  runTotalsOf,
} from '../../../api/src/allocation/allocation-inputs.js';
import type { CostItemEntity } from '../../../api/src/cost-item/cost-item.entity.js';
import type { CostSharingKeyVersionEntity } from '../../../api/src/cost-sharing-key/cost-sharing-key-version.entity.js';
import type { InitiativeEntity } from '../../../api/src/initiative/initiative.entity.js';
import {
  type CostItemRow,
  type InitiativePlan,
  LAST_YEAR,
  type NationalReference,
  POPULATION_YEAR,
} from './plan.js';
import type { Rng } from './prng.js';

/** Who the generated runs say made them (allocation_runs.created_by_email). */
export const GENERATED_BY = 'Gevinst (generert nasjonalt datasett)';

export interface RunRow {
  id: string;
  initiativeId: string;
  year: number;
  status: 'CURRENT' | 'SUPERSEDED';
  createdAt: string;
  supersededAt: string | null;
  supersededByRunId: string | null;
  inputs: Record<string, unknown>;
  plannedTotal: string;
  actualTotal: string | null;
  lines: RunLine[];
}

/**
 * What an allocation run of the plan reads, in the shapes AllocationService uses: the paying participants
 * ordered as the service loads them (by name, then id), their stored population of POPULATION_YEAR, and
 * the key's only version.
 */
function runContext(plan: InitiativePlan, reference: NationalReference) {
  const paying: PayingParticipant[] = plan.participants
    .filter((p) => p.pays)
    .map((p) => {
      const org = reference.byId.get(p.organisationId)!;
      return { organisationId: org.id, name: org.name, orgNumber: org.orgNumber, group: org.level };
    })
    .sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : a.organisationId < b.organisationId ? -1 : 1,
    );
  const populations = new Map<string, Map<number, number>>();
  for (const p of paying) {
    const population = reference.byId.get(p.organisationId)!.population;
    if (population !== null) populations.set(p.organisationId, new Map([[POPULATION_YEAR, population]]));
  }
  const key: KeyInUse = {
    keyId: plan.key.id,
    keyName: plan.key.name,
    version: {
      id: plan.key.versionId,
      keyId: plan.key.id,
      versionNumber: 1,
      spec: plan.key.spec,
      populationYear: plan.key.populationYear,
      validFrom: null,
      validTo: null,
    } as CostSharingKeyVersionEntity,
  };
  return { paying, populations, key };
}

/** The cost items of a year in the order AllocationService reads them (category, created, id). */
function itemsOf(plan: InitiativePlan, year: number): CostItemRow[] {
  const key = (item: CostItemRow) => `${item.category}|${item.createdAt}|${item.id}`;
  return plan.costItems.filter((item) => item.year === year).sort((a, b) => (key(a) < key(b) ? -1 : 1));
}

function entityOf(plan: InitiativePlan, item: CostItemRow, withActual: boolean): CostItemEntity {
  return {
    id: item.id,
    initiativeId: plan.id,
    year: item.year,
    category: item.category,
    description: item.description,
    plannedAmount: item.planned,
    actualAmount: withActual ? item.actual : null,
    costSharingKeyId: null,
  } as CostItemEntity;
}

/**
 * The allocation runs of an initiative, computed exactly as `runAllocation` would (cost-model's `allocate`
 * through AllocationService's own helpers): one CURRENT run per year with cost items and, for the
 * `supersededYears`, an earlier run made on the planned amounts alone before the accounts were closed.
 */
export function* runsOf(rng: Rng, plan: InitiativePlan, reference: NationalReference): Generator<RunRow> {
  const { paying, populations, key } = runContext(plan, reference);
  const inputs: AllocationInputs = {
    initiative: { id: plan.id, code: plan.code } as InitiativeEntity,
    year: 0,
    participants: paying,
    drivers: new Map(),
    populations,
  };
  for (const year of plan.runYears) {
    const items = itemsOf(plan, year);
    if (!items.length) continue;
    const context = { ...inputs, year };
    const compute = (withActual: boolean): ItemAllocation[] =>
      items.map((item) => allocateItem(context, entityOf(plan, item, withActual), key));
    const hasActual = items.some((item) => item.actual !== null);
    const currentId = rng.uuid();
    const currentAt =
      hasActual || year < LAST_YEAR ? `${year + 1}-02-20T08:00:00Z` : `${year}-01-20T08:00:00Z`;
    let supersededId: string | null = null;
    if (plan.supersededYears.includes(year)) {
      supersededId = rng.uuid();
      const allocations = compute(false);
      const lines = runLinesOf(allocations);
      yield {
        id: supersededId,
        initiativeId: plan.id,
        year,
        status: 'SUPERSEDED',
        createdAt: `${year}-01-20T08:00:00Z`,
        supersededAt: currentAt,
        supersededByRunId: currentId,
        inputs: runInputsOf(allocations, paying, null),
        ...runTotalsOf(allocations, lines),
        lines,
      };
    }
    const allocations = compute(true);
    const lines = runLinesOf(allocations);
    yield {
      id: currentId,
      initiativeId: plan.id,
      year,
      status: 'CURRENT',
      createdAt: currentAt,
      supersededAt: null,
      supersededByRunId: null,
      inputs: runInputsOf(allocations, paying, supersededId),
      ...runTotalsOf(allocations, lines),
      lines,
    };
  }
}
