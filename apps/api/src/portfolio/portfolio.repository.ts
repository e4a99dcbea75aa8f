import type { AdministrativeLevel, FundingScheme, LifeEvent, OrganisationKind } from '@gevinst/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AccessRepository } from '../access/access.repository.js';
import { type BenefitCalculator, loadCalculators } from '../realisation/benefit-figures.js';
import { namedQuery } from '../common/named-sql.js';
import { serialiseQueries } from '../common/serial-queries.js';
import type { PortfolioSelection } from './portfolio-scope.js';

/** An initiative in a portfolio answer. */
export interface PortfolioInitiativeRow {
  id: string;
  code: string;
  name: string;
  owner_id: string;
  ministry_id: string;
  life_event: LifeEvent | null;
  /** The owner organisation's administrative level. */
  owner_level: AdministrativeLevel;
}

/**
 * One initiative's facts for a portfolio answer (statement `initiativeFacts`): what its analysis period is
 * computed from (realisation/analysis-period.ts), its cost items summed by year, and the stamp of its
 * benefits' figures.
 */
export interface InitiativeFacts {
  initiativeId: string;
  /** the year of the start date */
  startYear: number | null;
  /** the first effect-start year (the baseline year when none is given) of a monetised benefit that is not cancelled */
  firstBenefit: number | null;
  /** the initiative's own lifetime (null: the default) */
  lifetimeYears: number | null;
  /**
   * What its benefits' figures are computed from: the plan in force (the approved benefit_plan_versions
   * row, if any) and an md5 of each benefit's id and figures_version (raised by triggers on benefits,
   * targets and measurements in the writing transaction, migration 1795423000000). Equal stamps: equal
   * plans and readings.
   */
  stamp: string;
  /** The first and last year with a cost item (null: none). */
  firstCostYear: number | null;
  lastCostYear: number | null;
  /** Cost items summed by year (every year), as the statement gives them: read with costYearsOf. */
  costText: string | null;
}

/** An initiative's cost items of one year, summed. */
export interface CostYearSumRow {
  initiative_id: string;
  year: number;
  planned: string;
  actual: string | null;
}

/** A row of `initiativeFacts` as the database sends it. */
export interface InitiativeFactsRow {
  initiative_id: string;
  start_year: number | null;
  first_benefit: number | null;
  lifetime_years: number | null;
  stamp: string;
  /** `year:planned:actual` per year, `;` between years, ascending; actual empty when null; null: no cost item */
  costs: string | null;
}

/**
 * An initiative's facts from a row of `initiativeFacts` (or of `initiativeFactsDefinition`, or of
 * `initiativesWithFacts` with the initiative's id given apart: a row is read, never copied).
 */
export function initiativeFactsOf(
  row: Omit<InitiativeFactsRow, 'initiative_id'>,
  initiativeId = (row as InitiativeFactsRow).initiative_id,
): InitiativeFacts {
  const costs = row.costs;
  const last = costs ? costs.lastIndexOf(';') + 1 : 0;
  return {
    initiativeId,
    startYear: row.start_year,
    firstBenefit: row.first_benefit,
    lifetimeYears: row.lifetime_years,
    stamp: row.stamp,
    firstCostYear: costs ? Number(costs.slice(0, costs.indexOf(':'))) : null,
    lastCostYear: costs ? Number(costs.slice(last, costs.indexOf(':', last))) : null,
    costText: costs,
  };
}

/**
 * The cost sums of one initiative from `initiativeFacts`' text (`2024:100.00:;2025:250.50:80.00`, ascending
 * by year; an empty actual is null): one text per initiative instead of a row per initiative and year.
 */
export function costYearsOf(initiativeId: string, text: string | null): CostYearSumRow[] {
  if (!text) return [];
  return text.split(';').map((entry) => {
    const [year, planned, actual] = entry.split(':');
    return {
      initiative_id: initiativeId,
      year: Number(year),
      planned,
      actual: actual === '' ? null : actual,
    };
  });
}

/**
 * Who pays an initiative's costs in the years asked, summed (statement `paymentSums`), by kind:
 * - ALLOCATION: an organisation's lines in current allocation runs;
 * - UNALLOCATED: cost items no current run allocates, by the funding source they name (`scheme`, null: the
 *   owner's own budget), the paying organisation they name (`organisation_id`, null: none named; `level`
 *   its level) and whether a key would allocate them (`keyed`);
 * - OWN_BUDGET_FUNDER: an organisation with an own-budget funding source above zero in the years.
 * The rules (who pays an unallocated item) are cost-model's `payments`; this only sums.
 */
export interface PaymentSumRow {
  kind: 'ALLOCATION' | 'UNALLOCATED' | 'OWN_BUDGET_FUNDER';
  initiative_id: string;
  scheme: FundingScheme | null;
  organisation_id: string | null;
  level: AdministrativeLevel | null;
  /** UNALLOCATED: a cost-sharing key (the item's or the initiative's) would allocate the items */
  keyed: boolean;
  amount: string;
}

export interface YearRange {
  fromYear: number;
  toYear: number;
}

/**
 * The columns of InitiativeFactsRow from an initiative `i` and its kept facts `f`
 * (initiative_portfolio_facts, LEFT JOINed: no row is no cost, no benefit and no approved plan), as
 * `[expression, alias]`. The cost sums are given as the text costYearsOf reads.
 */
const FACTS_COLUMNS: readonly (readonly [string, string])[] = [
  [`date_part('year', i.start_date)::int`, 'start_year'],
  ['f.first_benefit_year', 'first_benefit'],
  ['i.analysis_lifetime_years', 'lifetime_years'],
  [`coalesce(f.benefit_stamp, '|')`, 'stamp'],
  [
    `(SELECT string_agg(u.y || ':' || u.p || ':' || coalesce(u.a::text, ''), ';' ORDER BY u.y)` +
      ' FROM unnest(f.cost_years, f.planned_costs, f.actual_costs) AS u(y, p, a))',
    'costs',
  ],
];

function factsColumns(): string {
  return FACTS_COLUMNS.map(([expression, alias]) => `${expression} AS ${alias}`).join(', ');
}

/**
 * The hand-tuned statements of portfolio analytics, with named parameters. Each reads the initiatives
 * `:initiativeIds` (selected once per answer by `initiatives`, within the caller's access) and is an
 * aggregate the database computes, so nothing loads every row. An id list is read as
 * `IN (SELECT unnest(…))`, a hashed semi-join planned in a fraction of a millisecond: `= ANY(…)` makes the
 * planner estimate each of up to 2,000 elements, 10–20 ms per condition at national scale. Committed as SQL in
 * queries/portfolio.repository.sql (portfolio-sql.spec regenerates and compares it, with the
 * initiatives' statement for each kind of scope).
 */
export const PORTFOLIO_SQL = {
  /**
   * The change count of the tables a summary reads (trigger analytics_changed, migrations 1795421310000
   * and 1795423895000: raised once per changing transaction).
   */
  changeCount: `SELECT coalesce(sum(changes), 0)::text AS changes FROM analytics_changes`,
  /**
   * Per initiative: what its analysis period is computed from (start year and lifetime from its row; the
   * first effect-start year of a monetised benefit not cancelled), its cost items summed by year (every
   * year: the caller keeps those in its analysis period) as one text, and the stamp of its benefits' figures
   * (InitiativeFacts.stamp) — read from initiative_portfolio_facts, which the writing transactions keep
   * (migration 1795423800000): one short row per initiative, by its primary key. The same facts as
   * `initiativeFactsDefinition` computes from the base tables.
   */
  initiativeFacts: `SELECT i.id AS initiative_id, ${factsColumns()}
FROM initiatives i
LEFT JOIN initiative_portfolio_facts f ON f.initiative_id = i.id
WHERE i.id IN (SELECT unnest(:initiativeIds::uuid[]))`,
  /**
   * Not run by the API: what `initiativeFacts` reads, computed from the base tables (cost items, benefits,
   * the approved plan version) as the API read it before the facts were kept. The e2e test
   * portfolio-facts.e2e.spec compares the two after writes; bench-api times it as the raw SQL of a first
   * answer after a change (the answer from its definition, not from the maintained table).
   */
  initiativeFactsDefinition: `SELECT i.id AS initiative_id, date_part('year', i.start_date)::int AS start_year,
  b.first_benefit, i.analysis_lifetime_years AS lifetime_years,
  coalesce((SELECT v.id::text FROM benefit_plan_versions v WHERE v.initiative_id = i.id AND v.status = 'APPROVED'), '')
    || '|' || coalesce(b.stamp, '') AS stamp,
  c.costs
FROM initiatives i
LEFT JOIN (SELECT initiative_id, string_agg(year || ':' || planned || ':' || coalesce(actual, ''), ';' ORDER BY year) AS costs
           FROM (SELECT initiative_id, year, sum(planned_amount)::text AS planned, sum(actual_amount)::text AS actual
                 FROM cost_items WHERE initiative_id IN (SELECT unnest(:initiativeIds::uuid[]))
                 GROUP BY initiative_id, year) y
           GROUP BY initiative_id) c ON c.initiative_id = i.id
LEFT JOIN (SELECT initiative_id,
             (min(date_part('year', coalesce(effect_start, baseline_date)))
                FILTER (WHERE value_per_unit IS NOT NULL AND status <> 'CANCELLED'))::int AS first_benefit,
             md5(string_agg(id::text || ':' || figures_version::text, ',' ORDER BY id)) AS stamp
           FROM benefits WHERE initiative_id IN (SELECT unnest(:initiativeIds::uuid[]))
           GROUP BY initiative_id) b ON b.initiative_id = i.id
WHERE i.id IN (SELECT unnest(:initiativeIds::uuid[]))`,
  /**
   * One statement for every payer (PaymentSumRow), so net positions read no more statements than before
   * the funding plan. A cost item counts as allocated when the current run of its year allocated it: the
   * run's recorded inputs list it (allocation_runs.inputs.costItems, written by runInputsOf with the run's
   * lines) — one probe of the one current run per initiative and year (index allocation_runs_one_current)
   * rather than a search through the year's lines.
   */
  paymentSums: `SELECT 'ALLOCATION' AS kind, l.initiative_id, NULL::text AS scheme, l.organisation_id, o.administrative_level AS level, false AS keyed, sum(l.planned_amount)::text AS amount
FROM allocation_lines l
JOIN allocation_runs r ON r.id = l.run_id AND r.status = 'CURRENT'
JOIN organisations o ON o.id = l.organisation_id
WHERE l.initiative_id IN (SELECT unnest(:initiativeIds::uuid[])) AND l.year BETWEEN :fromYear AND :toYear
GROUP BY l.initiative_id, l.organisation_id, o.administrative_level
UNION ALL
SELECT 'UNALLOCATED', c.initiative_id, c.funding_scheme, c.paying_organisation_id, po.administrative_level,
  (c.cost_sharing_key_id IS NOT NULL OR ci.cost_sharing_key_id IS NOT NULL), sum(c.planned_amount)::text
FROM cost_items c
JOIN initiatives ci ON ci.id = c.initiative_id
LEFT JOIN organisations po ON po.id = c.paying_organisation_id
WHERE c.initiative_id IN (SELECT unnest(:initiativeIds::uuid[])) AND c.year BETWEEN :fromYear AND :toYear
  AND NOT EXISTS (SELECT 1 FROM allocation_runs cr
    WHERE cr.initiative_id = c.initiative_id AND cr.year = c.year AND cr.status = 'CURRENT'
      AND cr.inputs->'costItems' @> jsonb_build_array(jsonb_build_object('id', c.id::text)))
GROUP BY c.initiative_id, c.funding_scheme, c.paying_organisation_id, po.administrative_level, 6
UNION ALL
SELECT 'OWN_BUDGET_FUNDER', f.initiative_id, f.scheme, f.organisation_id, fo.administrative_level, false, sum(f.amount)::text
FROM initiative_funding_sources f
JOIN organisations fo ON fo.id = f.organisation_id
WHERE f.initiative_id IN (SELECT unnest(:initiativeIds::uuid[])) AND f.year BETWEEN :fromYear AND :toYear AND f.scheme = 'OWN_BUDGET'
GROUP BY f.initiative_id, f.scheme, f.organisation_id, fo.administrative_level
HAVING sum(f.amount) > 0`,
  levels: `SELECT id, administrative_level FROM organisations WHERE id IN (SELECT unnest(:organisationIds::uuid[]))`,
  organisationFacts: `SELECT id, name, kind, org_number, coalesce(county_number, left(municipality_number, 2)) AS county_number FROM organisations WHERE id IN (SELECT unnest(:organisationIds::uuid[]))`,
} as const;

/** What the per-organisation view lists and filters an organisation by. */
export interface OrganisationFactsRow {
  id: string;
  name: string;
  kind: OrganisationKind;
  org_number: string;
  county_number: string | null;
}

/**
 * The reads of one portfolio answer, all in one snapshot (PortfolioRepository.read). Ids travel as
 * uuid arrays: the access condition is applied once, where the initiatives are selected.
 */
export class PortfolioReader {
  constructor(
    private readonly em: EntityManager,
    private readonly access: AccessRepository,
  ) {}

  async changeCount(): Promise<string> {
    const [{ changes }] = await namedQuery<{ changes: string }[]>(this.em, PORTFOLIO_SQL.changeCount);
    return changes;
  }

  /** The selected initiatives within the caller's access, by code. */
  initiatives(selection: PortfolioSelection): Promise<PortfolioInitiativeRow[]> {
    return initiativesQuery(this.em, this.access, selection).getRawMany<PortfolioInitiativeRow>();
  }

  /**
   * The selected initiatives (as `initiatives`) with their facts, in one statement: the initiatives'
   * statement joined to their kept facts (initiative_portfolio_facts), the columns of
   * PORTFOLIO_SQL.initiativeFacts.
   */
  async initiativesWithFacts(
    selection: PortfolioSelection,
  ): Promise<{ initiatives: PortfolioInitiativeRow[]; facts: InitiativeFacts[] }> {
    const rows = await initiativesWithFactsQuery(this.em, this.access, selection).getRawMany<
      PortfolioInitiativeRow & Omit<InitiativeFactsRow, 'initiative_id'>
    >();
    return {
      initiatives: rows.map((row) => ({
        id: row.id,
        code: row.code,
        name: row.name,
        owner_id: row.owner_id,
        ministry_id: row.ministry_id,
        life_event: row.life_event,
        owner_level: row.owner_level,
      })),
      facts: rows.map((row) => initiativeFactsOf(row, row.id)),
    };
  }

  /** Per initiative, its facts (PORTFOLIO_SQL.initiativeFacts), in no particular order. */
  async initiativeFacts(initiativeIds: readonly string[]): Promise<InitiativeFacts[]> {
    if (!initiativeIds.length) return [];
    const rows = await namedQuery<InitiativeFactsRow[]>(this.em, PORTFOLIO_SQL.initiativeFacts, {
      initiativeIds,
    });
    return rows.map((row) => initiativeFactsOf(row));
  }

  /** Allocations, unallocated cost items by their funding payer, and own-budget funders: one statement. */
  paymentSums(initiativeIds: readonly string[], range: YearRange): Promise<PaymentSumRow[]> {
    return namedQuery(this.em, PORTFOLIO_SQL.paymentSums, { initiativeIds, ...range });
  }

  /** Calculators of every benefit of the initiatives (benefit-figures: plans and year-end measurements). */
  calculators(
    initiativeIds: readonly string[],
    asOf: string,
    fromYear?: number,
  ): Promise<BenefitCalculator[]> {
    return loadCalculators(this.em, initiativeIds, asOf, fromYear);
  }

  async levels(organisationIds: readonly string[]): Promise<Map<string, AdministrativeLevel>> {
    if (!organisationIds.length) return new Map();
    const rows = await namedQuery<{ id: string; administrative_level: AdministrativeLevel }[]>(
      this.em,
      PORTFOLIO_SQL.levels,
      { organisationIds },
    );
    return new Map(rows.map((row) => [row.id, row.administrative_level]));
  }

  /** Name, organisation number and county of each organisation (the per-organisation view). */
  async organisationFacts(organisationIds: readonly string[]): Promise<Map<string, OrganisationFactsRow>> {
    if (!organisationIds.length) return new Map();
    const rows = await namedQuery<OrganisationFactsRow[]>(this.em, PORTFOLIO_SQL.organisationFacts, {
      organisationIds,
    });
    return new Map(rows.map((row) => [row.id, row]));
  }
}

/** The statement selecting a portfolio's initiatives: the filter, and the access scope by AccessRepository. */
export function initiativesQuery(
  em: Pick<EntityManager, 'createQueryBuilder'>,
  access: AccessRepository,
  { scope, filter }: PortfolioSelection,
): SelectQueryBuilder<PortfolioInitiativeRow> {
  const query = em
    .createQueryBuilder()
    .select([
      'i.id AS id',
      'i.code AS code',
      'i.name AS name',
      'i.owner_id AS owner_id',
      'i.ministry_id AS ministry_id',
      'i.life_event AS life_event',
    ])
    .addSelect('o.administrative_level', 'owner_level')
    .from('initiatives', 'i')
    .innerJoin('organisations', 'o', 'o.id = i.owner_id');
  access.whereInPortfolio(query, scope);
  if (filter.ministryId) query.andWhere('i.ministry_id = :ministryId', { ministryId: filter.ministryId });
  if (filter.ownerId) query.andWhere('i.owner_id = :ownerId', { ownerId: filter.ownerId });
  if (filter.initiativeIds)
    query.andWhere('i.id IN (SELECT unnest(:initiativeIds::uuid[]))', {
      initiativeIds: filter.initiativeIds,
    });
  if (filter.lifeEvent) query.andWhere('i.life_event IN (:...lifeEvents)', { lifeEvents: filter.lifeEvent });
  if (filter.phase) query.andWhere('i.phase IN (:...phases)', { phases: filter.phase });
  if (filter.administrativeLevel)
    query.andWhere(
      'EXISTS (SELECT 1 FROM initiative_participants lp JOIN organisations lo ON lo.id = lp.organisation_id' +
        ' WHERE lp.initiative_id = i.id AND lo.administrative_level = :administrativeLevel)',
      { administrativeLevel: filter.administrativeLevel },
    );
  if (filter.countyNumber)
    query.andWhere(
      'EXISTS (SELECT 1 FROM initiative_participants cp JOIN organisations co ON co.id = cp.organisation_id' +
        ' WHERE cp.initiative_id = i.id AND co.county_number = :countyNumber)',
      { countyNumber: filter.countyNumber },
    );
  return query.orderBy('i.code') as SelectQueryBuilder<PortfolioInitiativeRow>;
}

/** `initiativesQuery` joined to the initiatives' kept facts, with the columns of InitiativeFactsRow. */
export function initiativesWithFactsQuery(
  em: Pick<EntityManager, 'createQueryBuilder'>,
  access: AccessRepository,
  selection: PortfolioSelection,
): SelectQueryBuilder<PortfolioInitiativeRow> {
  const query = initiativesQuery(em, access, selection).leftJoin(
    'initiative_portfolio_facts',
    'f',
    'f.initiative_id = i.id',
  );
  for (const [expression, alias] of FACTS_COLUMNS) query.addSelect(expression, alias);
  return query;
}

/** Portfolio analytics' data access: one read-only snapshot per answer. */
@Injectable()
export class PortfolioRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessRepository,
  ) {}

  /**
   * Runs the reads of one answer in one read-only REPEATABLE READ transaction, so every figure comes from
   * the same snapshot (a measurement recorded meanwhile is in all of them or in none). JIT compilation is
   * off for it: these plans are index probes and hash aggregates whose compile time (a quarter of a second
   * at national scale) exceeds any gain. The transaction is begun, made read-only and set without JIT in
   * one round trip (a script without parameters) rather than TypeORM's four statements.
   */
  async read<T>(work: (reader: PortfolioReader) => Promise<T>): Promise<T> {
    const runner = this.db.createQueryRunner();
    serialiseQueries(runner);
    await runner.connect();
    try {
      await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SET LOCAL jit = off');
      const result = await work(new PortfolioReader(runner.manager, this.access));
      await runner.query('COMMIT');
      return result;
    } catch (error) {
      await runner.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }
}
