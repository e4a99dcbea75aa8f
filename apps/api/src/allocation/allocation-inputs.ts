import { type AllocationParticipant, type AllocationResult, allocate } from '@gevinst/cost-model';
import { type CostSharingKeySpec, costSharingTotalRule, driversUsedBy } from '@gevinst/domain';
import type { EntityManager } from 'typeorm';
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

export async function loadParticipants(
  em: EntityManager,
  initiative: InitiativeEntity,
): Promise<PayingParticipant[]> {
  const rows = await em.query<{ organisation_id: string; name: string; org_number: string; grp: string }[]>(
    `SELECT p.organisation_id, o.name, o.org_number, COALESCE(p.cost_group, o.administrative_level) AS grp
     FROM initiative_participants p JOIN organisations o ON o.id = p.organisation_id
     WHERE p.initiative_id = $1 AND p.pays
     ORDER BY o.name, o.id`,
    [initiative.id],
  );
  if (!rows.length)
    throw badInput(
      'initiativeId',
      `${initiative.code} has no paying participants: mark participants as paying (pays: true) before allocating`,
    );
  return rows.map((row) => ({
    organisationId: row.organisation_id,
    name: row.name,
    orgNumber: row.org_number,
    group: row.grp,
  }));
}

export async function loadInputs(
  em: EntityManager,
  initiative: InitiativeEntity,
  year: number,
  versions: CostSharingKeyVersionEntity[],
): Promise<AllocationInputs> {
  const participants = await loadParticipants(em, initiative);
  const ids = participants.map((p) => p.organisationId);
  const populationYears = [...new Set(versions.map((v) => v.populationYear ?? year))];
  const populations = new Map<string, Map<number, number>>();
  if (versions.some((v) => driversUsedBy(v.spec).includes('population'))) {
    const rows = await em.query<{ organisation_id: string; year: number; value: number }[]>(
      `SELECT organisation_id, year, value FROM organisation_populations
       WHERE organisation_id = ANY($1::uuid[]) AND year = ANY($2::int[])`,
      [ids, populationYears],
    );
    for (const row of rows) {
      const byYear = populations.get(row.organisation_id) ?? new Map<number, number>();
      byYear.set(row.year, row.value);
      populations.set(row.organisation_id, byYear);
    }
  }
  const drivers = new Map<string, Record<string, string>>();
  const driverRows = await em.query<{ organisation_id: string; driver: string; value: string }[]>(
    `SELECT organisation_id, driver, value FROM allocation_drivers WHERE initiative_id = $1 AND year = $2`,
    [initiative.id, year],
  );
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
    return { id: p.organisationId, drivers, group: p.group };
  });
  for (const driver of needed) {
    const missing = inputs.participants.filter(
      (p, index) => driversFor(spec, p.group).includes(driver) && result[index].drivers?.[driver] === undefined,
    );
    if (missing.length) {
      const names = missing
        .slice(0, 10)
        .map((p) => `${p.name} (${p.orgNumber})`)
        .join(', ');
      const more = missing.length > 10 ? ` and ${missing.length - 10} more` : '';
      problems.check(
        `drivers.${driver}`,
        driver === 'population'
          ? `no population for ${year} is stored for ${names}${more}`
          : `no "${driver}" value for ${inputs.year} is entered for ${names}${more} (setAllocationDrivers)`,
      );
    }
  }
  problems.throwIfAny();
  return result;
}

export interface ItemAllocation {
  item: CostItemEntity;
  key: KeyInUse;
  planned: AllocationResult;
  actual: AllocationResult | null;
}

/** Allocates one cost item's planned and actual amounts by its key (cost-model does the arithmetic). */
export function allocateItem(
  inputs: AllocationInputs,
  item: CostItemEntity,
  key: KeyInUse,
  context: string,
): ItemAllocation {
  const spec = key.version.spec;
  const participants = participantsFor(inputs, spec, key.version.populationYear);
  const takesTotal = costSharingTotalRule(spec.method) !== 'FORBIDDEN';
  try {
    const planned = allocate(takesTotal ? item.plannedAmount : null, participants, spec);
    const actual =
      item.actualAmount === null
        ? null
        : takesTotal
          ? allocate(item.actualAmount, participants, spec)
          : planned;
    return { item, key, planned, actual };
  } catch (error) {
    rethrowCostModel(error, `key "${key.keyName}" v${key.version.versionNumber}`, context);
  }
}
