import {
  type AdministrativeLevel,
  LIMITS,
  financialDetailScope,
  msg,
  organisationDisplayName,
} from '@gevinst/domain';
import {
  type PositionListRow,
  intersectYears,
  matrixCellInitiatives,
  positionTotals,
  selectPositions,
} from '@gevinst/cost-model';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor.js';
import { InputProblems, badInput } from '../common/errors.js';
import { truncate } from '../common/ids.js';
import { todayInNorway } from '../common/today.js';
import { initiativePeriod } from '../realisation/analysis-period.js';
import type { BenefitCalculator } from '../realisation/benefit-figures.js';
import { PortfolioFilter } from './dto/portfolio-filter.input.js';
import {
  type ReceivedBenefit,
  type VisiblePayments,
  benefitRows,
  netPositionsOf,
  noNetPositions,
  organisationPositionsOf,
  receivedBenefits,
  visiblePayments,
} from './net-positions.js';
import {
  type OrganisationPositionList,
  type OrganisationPositionRows,
  SCHEME_NAME_NB,
  matrixBeneficiaryOf,
  matrixPayerOf,
  positionModel,
  totalsModel,
} from './organisation-positions.js';
import {
  OrganisationPositionSortField,
  type OrganisationPositionsArgs,
} from './dto/organisation-positions.args.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import { assertPage } from '../common/pagination.js';
import type { NetPositionsModel } from './net-positions.model.js';
import { PortfolioCache } from './portfolio-cache.js';
import { type PortfolioConditions, type PortfolioSelection, portfolioSelection } from './portfolio-scope.js';
import { type InitiativeBenefitSums, initiativeContribution, summarise } from './portfolio-summary.js';
import type { PortfolioSummaryModel } from './portfolio-summary.model.js';
import type { InitiativeFiguresModel } from './initiative-figures.model.js';
import { InitiativeFigureSource } from '../initiative/initiative-figure-source.js';
import {
  type InitiativeFacts,
  type PortfolioInitiativeRow,
  type PortfolioReader,
  PortfolioRepository,
  type YearRange,
  costYearsOf,
} from './portfolio.repository.js';

/** What netPositions and the per-organisation view are computed from. */
interface PositionsInput {
  range: YearRange | null;
  initiatives: PortfolioInitiativeRow[];
  paid: VisiblePayments;
  received: ReceivedBenefit[];
  levelOf: Map<string, AdministrativeLevel>;
}

/** The years of an answer: the window, and each initiative's analysis period within it (null: none). */
interface Years {
  range: YearRange | null;
  rangeOf: Map<string, YearRange | null>;
}

/** Years in one answer: a portfolio period (LIMITS.periodYears). */
const MAX_YEARS = LIMITS.periodYears;

/**
 * Portfolio analytics for ministries: which initiatives (portfolio-scope: the caller's access and the
 * filter, as values), their rows in one snapshot (PortfolioRepository: SQL aggregates, one latest
 * measurement per benefit and year — nothing loads every measurement), the figures (portfolio-summary and
 * net-positions, with @gevinst/cost-model's exact arithmetic) and what is kept between requests
 * (PortfolioCache). This service puts them together and decides the years counted.
 */
@Injectable()
export class PortfolioService implements InitiativeFigureSource {
  constructor(
    private readonly repository: PortfolioRepository,
    private readonly cache: PortfolioCache,
  ) {}

  summary(
    actor: Actor,
    filter: PortfolioFilter | undefined,
    asOfArg?: string | null,
  ): Promise<PortfolioSummaryModel> {
    return this.summaryFor(portfolioSelection(actor, filter ?? {}), asOfArg ?? todayInNorway());
  }

  /**
   * What the first answers of a day need, computed before anyone asks (PortfolioPrecompute, after midnight
   * and once after start): the whole portfolio's summary (an administrator's portfolioSummary without a
   * filter) and figuresByInitiative (the initiatives list), which also keeps every initiative's benefit sums
   * and contribution as of today (PortfolioCache) for the answers after the next change.
   */
  async precompute(asOf: string): Promise<void> {
    await this.summaryFor({ scope: { kind: 'ALL' }, filter: NO_CONDITIONS }, asOf);
    await this.figuresByInitiative(asOf);
  }

  private summaryFor(selection: PortfolioSelection, asOf: string): Promise<PortfolioSummaryModel> {
    // The selection is plain data (the access scope and every filter condition), so it keys the answer.
    const key = JSON.stringify([selection, asOf]);
    return this.repository.read(async (reader) => {
      const changes = await reader.changeCount();
      const kept = this.cache.summary(key, changes);
      if (kept) return kept;
      const summary = await this.summaryIn(reader, selection, asOf);
      this.cache.keepSummary(key, changes, summary);
      return summary;
    });
  }

  netPositions(
    actor: Actor,
    filter: PortfolioFilter | undefined,
    asOfArg?: string | null,
  ): Promise<NetPositionsModel> {
    const asOf = asOfArg ?? todayInNorway();
    return this.repository.read(async (reader) => {
      const input = await this.positionsInput(reader, actor, filter ?? {}, asOf);
      if (!input.range) return noNetPositions(asOf, input.range);
      return netPositionsOf(asOf, input.range, input.paid, input.received, input.levelOf);
    });
  }

  /**
   * Every initiative's figures as of `asOf`, each over its own analysis period: the rows of
   * portfolioSummary.byInitiative without a year filter (a row does not depend on which other initiatives
   * are selected, since the default window contains every selected initiative's period). The initiatives
   * list shows and sorts by them; computed once per change count and date (PortfolioCache).
   */
  figuresByInitiative(asOf: string): Promise<ReadonlyMap<string, InitiativeFiguresModel>> {
    const selection: PortfolioSelection = { scope: { kind: 'ALL' }, filter: NO_CONDITIONS };
    const key = JSON.stringify(['figuresByInitiative', asOf]);
    return this.repository.read(async (reader) => {
      const changes = await reader.changeCount();
      const summary =
        this.cache.summary(key, changes) ??
        (await this.summaryIn(reader, selection, asOf, { unlimitedYears: true }));
      this.cache.keepSummary(key, changes, summary);
      return new Map(summary.byInitiative.map((row) => [row.initiativeId, row]));
    });
  }

  /**
   * The per-organisation view: the rows of netPositions for the same initiatives (one per organisation and
   * per paying scheme, each with its initiatives), narrowed to a matrix cell's initiatives where asked,
   * then filtered, sorted and paged (cost-model selectPositions). Paged here, on the server: the figures
   * are computed for every row (they need every payment), the answer carries one page.
   */
  organisationPositions(actor: Actor, args: OrganisationPositionsArgs): Promise<OrganisationPositionList> {
    assertPage(args);
    return this.positionRows(actor, args, { offset: args.offset, limit: args.limit }).then(
      ({ list }) => list,
    );
  }

  /**
   * Every matching row (not a page) with what the workbook names them by: the organisations' names,
   * numbers and counties and the initiatives' codes and names (GET /api/exports/organisation-positions.xlsx).
   */
  allOrganisationPositions(
    actor: Actor,
    args: Omit<OrganisationPositionsArgs, 'offset' | 'limit'>,
  ): Promise<OrganisationPositionRows> {
    return this.positionRows(actor, args, { offset: 0, limit: Number.MAX_SAFE_INTEGER });
  }

  /**
   * The per-organisation view: the rows of netPositions for the same initiatives (one per organisation and
   * per paying scheme, each with its initiatives), narrowed to a matrix cell's initiatives where asked,
   * then filtered, sorted and paged (cost-model selectPositions). Paged here, on the server: the figures
   * need every payment of the selection, the answer carries one page.
   */
  private positionRows(
    actor: Actor,
    args: Omit<OrganisationPositionsArgs, 'offset' | 'limit'>,
    page: { offset: number; limit: number },
  ): Promise<OrganisationPositionRows> {
    const asOf = args.asOf ?? todayInNorway();
    const filter = args.filter ?? {};
    const problems = new InputProblems();
    if ((filter.organisationIds?.length ?? 0) > LIMITS.pageSize)
      problems.check('filter.organisationIds', msg('TOO_MANY', { max: LIMITS.pageSize }));
    if (
      filter.countyNumber !== undefined &&
      filter.countyNumber !== null &&
      !/^\d{2}$/.test(filter.countyNumber)
    )
      problems.check(
        'filter.countyNumber',
        msg('TWO_DIGITS', { got: `"${truncate(filter.countyNumber, 20)}"` }),
      );
    problems.throwIfAny();
    const portfolioFilter: PortfolioFilter = {
      ministryId: filter.ministryId,
      lifeEvent: filter.lifeEvent,
      phase: filter.phase,
      fromYear: filter.fromYear,
      toYear: filter.toYear,
      administrativeLevel: filter.participantLevel,
    };
    return this.repository.read(async (reader) => {
      const input = await this.positionsInput(reader, actor, portfolioFilter, asOf);
      const empty: OrganisationPositionList = {
        asOf,
        fromYear: input.range?.fromYear ?? null,
        toYear: input.range?.toYear ?? null,
        initiativeCount: 0,
        totalCount: 0,
        totals: totalsModel(positionTotals([])),
        nodes: [],
      };
      const initiativeNames = new Map(
        input.initiatives.map((row) => [row.id, { code: row.code, name: row.name }]),
      );
      const ministryName = filter.ministryId
        ? ((await reader.organisationFacts([filter.ministryId])).get(filter.ministryId)?.name ?? null)
        : null;
      if (!input.range)
        return { list: empty, rows: [], facts: new Map(), initiatives: initiativeNames, ministryName };
      let { paid, received } = input;
      let initiativeCount = input.initiatives.length;
      const payer = matrixPayerOf(filter.matrixPayer);
      const beneficiary = matrixBeneficiaryOf(filter.matrixBeneficiary);
      if (payer !== undefined || beneficiary !== undefined) {
        const ids = matrixCellInitiatives(paid.payments, benefitRows(received, input.levelOf), {
          payer,
          beneficiary,
        });
        const initiativeFunders = paid.initiativeFunders.filter((row) => ids.has(row.initiativeId));
        paid = {
          payments: paid.payments.filter((row) => ids.has(row.initiativeId)),
          initiativeFunders,
          funders: [...new Set(initiativeFunders.map((row) => row.organisationId))],
        };
        received = received.filter((row) => ids.has(row.initiativeId));
        initiativeCount = ids.size;
      }
      const rows = organisationPositionsOf(paid, received, input.levelOf);
      const facts = await reader.organisationFacts(
        rows.flatMap((row) => (row.payer.kind === 'ORGANISATION' ? [row.payer.organisationId] : [])),
      );
      const list: PositionListRow[] = rows.map((position) => {
        if (position.payer.kind === 'SCHEME')
          return {
            position,
            name: SCHEME_NAME_NB[position.payer.scheme],
            countyNumber: null,
            orgNumber: null,
          };
        const fact = facts.get(position.payer.organisationId);
        return {
          position,
          name: fact ? organisationDisplayName(fact) : '',
          countyNumber: fact?.county_number ?? null,
          orgNumber: fact?.org_number ?? null,
        };
      });
      const sort = args.sort ?? { field: OrganisationPositionSortField.PAID, direction: SortDirection.DESC };
      const selected = selectPositions(list, {
        levels: filter.level,
        countyNumber: filter.countyNumber,
        flags: filter.flag,
        schemes: filter.includeSchemes,
        organisationIds: filter.organisationIds,
        search: filter.search,
        payerRow: payer,
        sort: { field: sort.field, direction: sort.direction },
        offset: page.offset,
        limit: page.limit,
      });
      return {
        list: {
          ...empty,
          initiativeCount,
          totalCount: selected.totalCount,
          totals: totalsModel(selected.totals),
          nodes: selected.nodes.map((row) => positionModel(row)),
        },
        rows: selected.nodes,
        facts,
        initiatives: initiativeNames,
        ministryName,
      };
    });
  }

  /** What netPositions and the per-organisation view count: the visible payments and benefits. */
  private async positionsInput(
    reader: PortfolioReader,
    actor: Actor,
    filter: PortfolioFilter,
    asOf: string,
  ): Promise<PositionsInput> {
    const selection = portfolioSelection(actor, filter);
    const initiatives = await reader.initiatives(selection);
    const ids = initiatives.map((row) => row.id);
    const { range, rangeOf } = this.years(await reader.initiativeFacts(ids), selection.filter, asOf);
    if (!range)
      return {
        range,
        initiatives,
        paid: { payments: [], funders: [], initiativeFunders: [] },
        received: [],
        levelOf: new Map(),
      };
    const scope = financialDetailScope(actor);
    // Payments are for cost years, which every analysis period contains.
    const paid = visiblePayments(scope, initiatives, await reader.paymentSums(ids, range));
    // Each initiative's benefits over its own analysis period within the window.
    const calculators = byInitiative(await reader.calculators(ids, asOf, range.fromYear));
    const received = initiatives.flatMap((initiative) => {
      const years = rangeOf.get(initiative.id);
      return years ? receivedBenefits(scope, [initiative], calculators.get(initiative.id) ?? [], years) : [];
    });
    const levelOf = await reader.levels([...new Set(received.map((row) => row.organisationId))]);
    return { range, initiatives, paid, received, levelOf };
  }

  /**
   * A summary computed from the rows of this snapshot: the initiatives with their kept facts (analysis
   * periods, cost sums, benefit stamps) in one statement, and each initiative's benefit sums — kept ones while its
   * stamp is unchanged, otherwise from its plans and readings (two statements for all that changed).
   */
  private async summaryIn(
    reader: PortfolioReader,
    selection: PortfolioSelection,
    asOf: string,
    { unlimitedYears = false }: { unlimitedYears?: boolean } = {},
  ): Promise<PortfolioSummaryModel> {
    const { initiatives, facts } = await reader.initiativesWithFacts(selection);
    const { range, rangeOf } = this.years(facts, selection.filter, asOf, unlimitedYears);
    const benefits = await this.cache.benefitSumsOf(
      facts.map((initiative) => ({
        id: initiative.initiativeId,
        stamp: initiative.stamp,
        range: rangeOf.get(initiative.initiativeId) ?? null,
      })),
      asOf,
      (changed, fromYear) => reader.calculators(changed, asOf, fromYear),
    );
    const contributions = new Map(
      facts.map(({ initiativeId, costText }) => {
        const years = rangeOf.get(initiativeId) ?? null;
        const sums = benefits.get(initiativeId) as InitiativeBenefitSums;
        return [
          initiativeId,
          this.cache.contributionOf(sums, costText, () =>
            initiativeContribution(costYearsOf(initiativeId, costText), sums, years),
          ),
        ];
      }),
    );
    return summarise({ asOf, initiatives, range, contributions });
  }

  /**
   * The years counted (one definition with `economics`, realisation/analysis-period.ts): each initiative
   * counts the years of its own analysis period — its start year for its lifetime (default 10 years),
   * extended to its last cost year — intersected with the window. The window is filter.fromYear–toYear
   * where given, otherwise the union of the initiatives' periods; so a portfolio of one initiative gives
   * exactly that initiative's economics figures. Null when there is no initiative. `unlimitedYears`: no
   * limit on the window's length (every initiative's own period, for figuresByInitiative, which answers
   * no year-by-year table).
   */
  private years(
    facts: readonly InitiativeFacts[],
    filter: PortfolioConditions,
    asOf: string,
    unlimitedYears = false,
  ): Years {
    const rangeOf = new Map<string, YearRange | null>();
    if (facts.length === 0) return { range: null, rangeOf };
    const periods = facts.map((row) => ({
      id: row.initiativeId,
      period: initiativePeriod(
        {
          startYear: row.startYear,
          costYears: [row.firstCostYear, row.lastCostYear].filter((year): year is number => year !== null),
          benefitStartYears: row.firstBenefit === null ? [] : [row.firstBenefit],
        },
        asOf,
        { lifetimeYears: row.lifetimeYears },
      ),
    }));
    const fromYear = filter.fromYear ?? Math.min(...periods.map(({ period }) => period.fromYear));
    const toYear = filter.toYear ?? Math.max(fromYear, ...periods.map(({ period }) => period.toYear));
    if (!unlimitedYears && toYear - fromYear > MAX_YEARS)
      throw badInput('filter.toYear', msg('YEARS_AT_ONCE', { max: MAX_YEARS, from: fromYear, to: toYear }));
    const range = { fromYear, toYear };
    for (const { id, period } of periods) rangeOf.set(id, intersectYears(period, range));
    return { range, rangeOf };
  }
}

/** No condition: every initiative within the scope, every year of their periods. */
const NO_CONDITIONS: PortfolioConditions = {
  ministryId: null,
  ownerId: null,
  initiativeIds: null,
  lifeEvent: null,
  phase: null,
  administrativeLevel: null,
  countyNumber: null,
  fromYear: null,
  toYear: null,
};

function byInitiative(calculators: readonly BenefitCalculator[]): Map<string, BenefitCalculator[]> {
  const groups = new Map<string, BenefitCalculator[]>();
  for (const calculator of calculators) {
    const list = groups.get(calculator.plan.initiativeId);
    if (list) list.push(calculator);
    else groups.set(calculator.plan.initiativeId, [calculator]);
  }
  return groups;
}
