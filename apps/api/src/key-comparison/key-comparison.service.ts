import { Injectable } from '@nestjs/common';
import {
  MAX_COMPARED_KEYS,
  MIN_COMPARED_KEYS,
  compareKeys,
  formatOre,
  keyFixesTotal,
  parseAmount,
} from '@gevinst/cost-model';
import { LIMITS, costSharingTotalRule, keyComparisonScope, msg } from '@gevinst/domain';
import type { Actor } from '../auth/actor.js';
import { checkValidInYear, AllocationService } from '../allocation/allocation.service.js';
import type { KeyInUse } from '../allocation/allocation-inputs.js';
import { rethrowCostModel } from '../common/cost-model-errors.js';
import { InputProblems, forbidden, isAppError, notFound } from '../common/errors.js';
import { isUuid } from '../common/ids.js';
import { assertPage } from '../common/pagination.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import { UnitOfWork } from '../common/unit-of-work.js';
import { CostItemRepository } from '../cost-item/cost-item.repository.js';
import { CostSharingKeyVersionEntity } from '../cost-sharing-key/cost-sharing-key-version.entity.js';
import { CostSharingKeyRepository } from '../cost-sharing-key/cost-sharing-key.repository.js';
import { specOfInput } from '../cost-sharing-key/cost-sharing-key.service.js';
import { CountyRepository } from '../county/county.repository.js';
import { InitiativeRepository } from '../initiative/initiative.repository.js';
import { ParticipantRepository } from '../initiative/participant.repository.js';
import { OrganisationRepository } from '../organisation/organisation.repository.js';
import { KeyComparisonInput, KeyComparisonSortField } from './dto/key-comparison.input.js';
import {
  type ComparedKeyModel,
  ComparisonOutcomeKind,
  type KeyComparisonGroupModel,
  type KeyComparisonModel,
  type KeyComparisonRowModel,
  KeyComparisonScopeKind,
} from './key-comparison.model.js';

/** A whole comparison as the caller may see it: every visible row, sorted (the export writes them all). */
export interface ComputedComparison extends Omit<KeyComparisonModel, 'rows'> {
  initiativeCode: string;
  initiativeName: string;
  allRows: KeyComparisonRowModel[];
}

function checkYearOf(field: string, year: number | null | undefined, limits: { min: number; max: number }) {
  return year !== undefined && year !== null && (year < limits.min || year > limits.max)
    ? msg(field === 'year' ? 'YEAR_BETWEEN' : 'NOT_BETWEEN', { ...limits, got: String(year) })
    : null;
}

/** Compares two sortable values; null (no population) last whatever the direction. */
function compareNullable(a: bigint | null, b: bigint | null, direction: SortDirection): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const order = a < b ? -1 : a > b ? 1 : 0;
  return direction === SortDirection.DESC ? -order : order;
}

/**
 * The key comparison (issue 15, "Agreeing a cost-sharing key"; docs/funding-schemes.md): 2–5 keys applied
 * to an initiative's cost items of a year by AllocationService.allocationsByKey (what a run computes, per
 * cost item), compared by libs/cost-model compareKeys. A read: nothing is stored or audited.
 */
@Injectable()
export class KeyComparisonService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly allocations: AllocationService,
    private readonly initiatives: InitiativeRepository,
    private readonly participants: ParticipantRepository,
    private readonly costItems: CostItemRepository,
    private readonly organisations: OrganisationRepository,
    private readonly counties: CountyRepository,
    private readonly keyRepository: CostSharingKeyRepository,
  ) {}

  /** The comparison with the page of rows asked for. */
  async compare(actor: Actor, input: KeyComparisonInput): Promise<KeyComparisonModel> {
    assertPage(input);
    const computed = await this.compute(actor, input);
    const { allRows, initiativeCode: _c, initiativeName: _n, ...rest } = computed;
    return {
      ...rest,
      rows: { totalCount: allRows.length, nodes: allRows.slice(input.offset, input.offset + input.limit) },
    };
  }

  /** The whole comparison as the caller may see it, every row sorted and filtered (not paged). */
  async compute(actor: Actor, input: KeyComparisonInput): Promise<ComputedComparison> {
    const keyIds = input.keyIds ?? [];
    const drafts = input.draftKeys ?? [];
    const count = keyIds.length + drafts.length;
    const problems = new InputProblems();
    if (!isUuid(input.initiativeId)) problems.check('initiativeId', msg('NOT_A_UUID'));
    problems.check('year', checkYearOf('year', input.year, LIMITS.year));
    problems.check(
      'populationYear',
      checkYearOf('populationYear', input.populationYear, LIMITS.populationYear),
    );
    if (count < MIN_COMPARED_KEYS || count > MAX_COMPARED_KEYS)
      problems.check(
        'keyIds',
        msg('KEY_COMPARISON_COUNT', { min: MIN_COMPARED_KEYS, max: MAX_COMPARED_KEYS, got: count }),
      );
    else if (
      !Number.isInteger(input.referenceIndex) ||
      input.referenceIndex < 0 ||
      input.referenceIndex >= count
    )
      problems.check(
        'referenceIndex',
        msg('KEY_COMPARISON_REFERENCE', { max: count - 1, got: String(input.referenceIndex) }),
      );
    const seen = new Set<string>();
    keyIds.forEach((id, i) => {
      if (!isUuid(id)) problems.check(`keyIds[${i}]`, msg('NOT_A_UUID'));
      else if (seen.has(id)) problems.check(`keyIds[${i}]`, msg('LISTED_TWICE'));
      seen.add(id);
    });
    const draftSpecs = drafts.map((draft, i) => {
      const name = draft.name?.trim() ?? '';
      problems.check(
        `draftKeys[${i}].name`,
        name ? (name.length > LIMITS.label ? msg('TOO_LONG', { max: LIMITS.label }) : null) : msg('REQUIRED'),
      );
      problems.check(
        `draftKeys[${i}].populationYear`,
        checkYearOf('populationYear', draft.populationYear, LIMITS.populationYear),
      );
      try {
        const spec = specOfInput(
          draft.spec,
          draft.keySpec,
          `draftKeys[${i}].spec`,
          `draftKeys[${i}].keySpec`,
        );
        if (!spec)
          problems.check(
            `draftKeys[${i}].keySpec`,
            msg('SPEC_ONE_OF_SPEC_OR_KEY_SPEC', { given: 'neither' }),
          );
        return spec ?? null;
      } catch (error) {
        if (!isAppError(error)) throw error;
        for (const problem of error.problems) problems.check(problem.field, problem.message);
        return null;
      }
    });
    if (input.organisationId && !isUuid(input.organisationId))
      problems.check('organisationId', msg('NOT_A_UUID'));
    const sortKey = input.sort?.keyIndex;
    if (sortKey !== undefined && sortKey !== null && (sortKey < 0 || sortKey >= count))
      problems.check(
        'sort.keyIndex',
        msg('KEY_COMPARISON_REFERENCE', { max: count - 1, got: String(sortKey) }),
      );
    problems.throwIfAny();

    return this.uow.transaction(async () => {
      const initiative = await this.initiatives.findById(input.initiativeId);
      if (!initiative) throw notFound('Initiative', input.initiativeId);
      const paying = await this.participants.payingWithGroups(initiative.id);
      const scope = keyComparisonScope(actor, initiative, new Set(paying.map((p) => p.organisation_id)));
      if (!scope) throw forbidden(msg('KEY_COMPARISON_ACCESS'));
      if (
        scope === 'OWN_ORGANISATION' &&
        input.organisationId &&
        input.organisationId !== actor.organisationId
      )
        throw forbidden(msg('ORGANISATION_ALLOCATIONS_ACCESS'));

      // The keys: existing ones (of this initiative, in force in the year), then the drafts.
      const existing = keyIds.length
        ? await this.allocations.currentVersions(keyIds)
        : new Map<string, KeyInUse>();
      const items = await this.costItems.ofYear(initiative.id, input.year);
      const ofInitiative = new Set<string>(
        [initiative.costSharingKeyId, ...items.map((item) => item.costSharingKeyId)].filter(
          (id): id is string => !!id,
        ),
      );
      const keyProblems = new InputProblems();
      const used: KeyInUse[] = keyIds.map((id) => existing.get(id)!);
      const owners = new Map(
        keyIds.length
          ? (await this.keyRepository.currentVersions(keyIds)).keys.map((k) => [k.id, k.ownerOrganisationId])
          : [],
      );
      used.forEach((key, i) => {
        if (!ofInitiative.has(key.keyId) && owners.get(key.keyId) !== initiative.ownerId)
          keyProblems.check(
            `keyIds[${i}]`,
            msg('KEY_NOT_OF_INITIATIVE', { key: key.keyName, initiative: initiative.code }),
          );
      });
      checkValidInYear(used, input.year, keyProblems, (i) => `keyIds[${i}]`);
      keyProblems.throwIfAny();
      drafts.forEach((draft, i) =>
        used.push({
          keyId: '',
          keyName: draft.name.trim(),
          version: Object.assign(new CostSharingKeyVersionEntity(), {
            id: `draft-${i}`,
            keyId: '',
            versionNumber: 0,
            spec: draftSpecs[i]!,
            populationYear: draft.populationYear ?? null,
            validFrom: null,
            validTo: null,
          }),
        }),
      );
      // The population year given replaces every key's own (as previewAllocation's does).
      const applied: KeyInUse[] =
        input.populationYear === undefined || input.populationYear === null
          ? used
          : used.map((key) => ({
              ...key,
              version: Object.assign(new CostSharingKeyVersionEntity(), key.version, {
                populationYear: input.populationYear,
              }),
            }));
      const populationYear =
        input.populationYear ?? applied[input.referenceIndex].version.populationYear ?? input.year;

      let computed;
      try {
        computed = await this.allocations.allocationsByKey(initiative, input.year, applied);
      } catch (error) {
        rethrowCostModel(error, 'keys');
      }
      const { participants, byKey } = computed;
      const ids = participants.map((p) => p.organisationId);
      const [orgs, populations, counties] = await Promise.all([
        this.organisations.findByIds(ids),
        this.organisations.populationsOf(ids, [populationYear]),
        this.counties.all(),
      ]);
      const orgById = new Map(orgs.map((o) => [o.id, o]));
      const populationOf = new Map(populations.map((row) => [row.organisation_id, Number(row.value)]));
      const countyName = new Map(counties.map((c) => [c.number, c.name]));
      const countyOf = (id: string): string | null => {
        const org = orgById.get(id)!;
        return org.countyNumber ?? org.municipalityNumber?.slice(0, 2) ?? null;
      };
      let result;
      try {
        result = compareKeys(
          byKey.map((allocations) => allocations.map((a) => a.planned)),
          input.referenceIndex,
          participants.map((p) => ({
            id: p.organisationId,
            population: populationOf.get(p.organisationId) ?? null,
            level: orgById.get(p.organisationId)!.administrativeLevel,
            county: countyOf(p.organisationId),
          })),
        );
      } catch (error) {
        rethrowCostModel(error, '');
      }
      const costItemAmount = formatOre(
        items.reduce((sum, item) => sum + parseAmount(item.plannedAmount, 'p'), 0n),
      );
      const all = scope === 'ALL';
      const keys: ComparedKeyModel[] = applied.map((key, index) => {
        const spec = key.version.spec;
        const total = result.totals[index];
        const difference =
          parseAmount(costItemAmount, 'c') - parseAmount(total, 't', { allowNegative: true });
        return {
          index,
          name: key.keyName,
          keyId: key.keyId || null,
          versionNumber: key.keyId ? key.version.versionNumber : null,
          method: spec.method,
          populationYear: key.version.populationYear ?? input.year,
          fixesTotal: keyFixesTotal(spec, costSharingTotalRule(spec.method) === 'FORBIDDEN' ? null : '0.00'),
          total: all ? total : null,
          difference: all ? formatOre(difference) : null,
          reconciles: difference === 0n,
        };
      });
      let rows: KeyComparisonRowModel[] = result.rows.map((row, i) => {
        const p = participants[i];
        const org = orgById.get(p.organisationId)!;
        const county = countyOf(p.organisationId);
        return {
          organisationId: p.organisationId,
          name: p.name,
          orgNumber: p.orgNumber,
          administrativeLevel: org.administrativeLevel,
          countyNumber: county,
          countyName: county ? (countyName.get(county) ?? null) : null,
          population: populationOf.get(p.organisationId) ?? null,
          amounts: row.amounts,
          differences: row.differences,
          differencesPerInhabitant: row.differencesPerInhabitant,
          outcomes: row.outcomes as ComparisonOutcomeKind[],
        };
      });
      if (!all) rows = rows.filter((row) => row.organisationId === actor.organisationId);
      if (input.organisationId) rows = rows.filter((row) => row.organisationId === input.organisationId);
      rows = this.sorted(rows, input, applied.length);
      const label = (group: string | null, byCounty: boolean) =>
        byCounty && group ? (countyName.get(group) ?? null) : null;
      const groups = (list: typeof result.byLevel, byCounty: boolean): KeyComparisonGroupModel[] =>
        all ? list.map((g) => ({ ...g, label: label(g.group, byCounty) })) : [];
      return {
        initiativeId: initiative.id,
        initiativeCode: initiative.code,
        initiativeName: initiative.name,
        year: input.year,
        populationYear,
        referenceIndex: input.referenceIndex,
        scope: all ? KeyComparisonScopeKind.ALL : KeyComparisonScopeKind.OWN_ORGANISATION,
        costItemAmount: all ? costItemAmount : null,
        keys,
        allRows: rows,
        byLevel: groups(result.byLevel, false),
        byCounty: groups(result.byCounty, true),
      };
    });
  }

  /** The rows in the order asked for; ties by name, then organisation number. */
  private sorted(
    rows: KeyComparisonRowModel[],
    input: KeyComparisonInput,
    count: number,
  ): KeyComparisonRowModel[] {
    const field = input.sort?.field ?? KeyComparisonSortField.DIFFERENCE;
    const direction = input.sort?.direction ?? SortDirection.ASC;
    const k = input.sort?.keyIndex ?? (input.referenceIndex === 0 ? Math.min(1, count - 1) : 0);
    const value = (row: KeyComparisonRowModel): bigint | null => {
      switch (field) {
        case KeyComparisonSortField.POPULATION:
          return row.population === null ? null : BigInt(row.population);
        case KeyComparisonSortField.AMOUNT:
          return parseAmount(row.amounts[k], 'a');
        case KeyComparisonSortField.DIFFERENCE:
          return parseAmount(row.differences[k], 'd', { allowNegative: true });
        case KeyComparisonSortField.DIFFERENCE_PER_INHABITANT: {
          const v = row.differencesPerInhabitant[k];
          return v === null ? null : parseAmount(v, 'd', { allowNegative: true });
        }
        default:
          return null;
      }
    };
    const byName = (a: KeyComparisonRowModel, b: KeyComparisonRowModel) =>
      a.name.localeCompare(b.name, 'nb') ||
      (a.orgNumber < b.orgNumber ? -1 : a.orgNumber > b.orgNumber ? 1 : 0);
    const decorated = rows.map((row) => ({ row, value: value(row) }));
    decorated.sort((a, b) => {
      if (field === KeyComparisonSortField.NAME)
        return direction === SortDirection.DESC ? byName(b.row, a.row) : byName(a.row, b.row);
      return compareNullable(a.value, b.value, direction) || byName(a.row, b.row);
    });
    return decorated.map((d) => d.row);
  }
}
