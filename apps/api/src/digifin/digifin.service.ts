import {
  type DigifinContributor,
  type DigifinGrantShares,
  type DigifinLedgerResult,
  digifinGrantShares,
  digifinLedger,
  formatOre,
  parseAmount,
  paysPerInhabitant,
} from '@gevinst/cost-model';
import { LIMITS, msg, type OrganisationKind } from '@gevinst/domain';
import { Injectable } from '@nestjs/common';
import { rethrowCostModel } from '../common/cost-model-errors.js';
import { badInput, notFound } from '../common/errors.js';
import { assertUuid } from '../common/ids.js';
import { type PageArgs, assertPage } from '../common/pagination.js';
import { type DigifinGrantRow, DigifinRepository, type DigifinRuleRow } from './digifin.repository.js';

/** The ledger with what it was computed from. */
export interface DigifinLedgerData {
  rules: DigifinRuleRow[];
  contributors: DigifinContributor[];
  grants: DigifinGrantRow[];
  ledger: DigifinLedgerResult;
}

/** One organisation's contribution in a year, with its name and number. */
export interface DigifinContributionRow {
  organisationId: string;
  name: string;
  orgNumber: string;
  kind: 'MUNICIPALITY' | 'COUNTY_AUTHORITY';
  year: number;
  population: number;
  populationYear: number;
  rate: string;
  amount: string;
}

export interface DigifinContributionPageData {
  totalCount: number;
  nodes: DigifinContributionRow[];
  /** Σ amount of every matching row (all pages) */
  totalAmount: string;
  /** Σ population of every matching row */
  totalPopulation: number;
}

/** What one organisation put into DigiFin and what came back (docs/funding-schemes.md, "DigiFin"). */
export interface DigifinPositionData {
  organisation: { id: string; name: string; orgNumber: string; kind: `${OrganisationKind}` };
  contributions: DigifinContributionRow[];
  totalContributed: string;
  grantShares: DigifinGrantShares;
  projects: (DigifinGrantRow & { links: string[] })[];
  totalToProjects: string;
}

/**
 * The DigiFin fund (issue 15): the ledger computed by libs/cost-model's digifinLedger from the
 * contribution rules (digifin_contribution_rules), the municipalities' and county authorities' populations
 * and the initiatives' DIGIFIN funding sources. Every signed-in user reads it: KS publishes the fund's
 * totals, each member's contribution and the projects it funds (docs/funding-schemes.md).
 */
@Injectable()
export class DigifinService {
  constructor(private readonly repository: DigifinRepository) {}

  async ledger(): Promise<DigifinLedgerData> {
    const rules = await this.repository.rules();
    const years = [
      ...new Set(
        rules.filter((r) => paysPerInhabitant(r.contributor)).map((r) => r.populationYear ?? r.year),
      ),
    ];
    const [contributors, grants] = await Promise.all([
      this.repository.contributors(years),
      this.repository.grants(),
    ]);
    try {
      const ledger = digifinLedger(
        rules,
        contributors,
        grants.map((g) => ({
          initiativeId: g.initiativeId,
          year: Number(g.year),
          planned: g.planned,
          received: g.received,
        })),
      );
      return { rules, contributors, grants, ledger };
    } catch (error) {
      return rethrowCostModel(error, 'digifinLedger');
    }
  }

  /** A year argument inside LIMITS.year, else BAD_USER_INPUT on `field`. */
  checkYear(year: number, field = 'year'): void {
    if (!Number.isSafeInteger(year) || year < LIMITS.year.min || year > LIMITS.year.max)
      throw badInput(field, msg('YEAR_BETWEEN', { ...LIMITS.year, got: String(year) }));
  }

  /**
   * The contributions of `year`, searched by name or organisation number (case-insensitive, part of
   * either), ordered by amount (largest first), then organisation number; a page of them with the totals
   * of every matching row.
   */
  contributions(
    data: DigifinLedgerData,
    year: number,
    search: string | null | undefined,
    page: PageArgs,
  ): DigifinContributionPageData {
    assertPage(page);
    if (search && search.length > LIMITS.search)
      throw badInput('search', msg('TOO_LONG', { max: LIMITS.search }));
    const rows = this.rowsOf(data, (c) => c.year === year);
    const needle = search?.trim().toLocaleLowerCase('nb-NO') ?? '';
    const matching = needle
      ? rows.filter((r) => r.name.toLocaleLowerCase('nb-NO').includes(needle) || r.orgNumber.includes(needle))
      : rows;
    matching.sort((a, b) => {
      const d = parseAmount(b.amount, 'b') - parseAmount(a.amount, 'a');
      return d > 0n ? 1 : d < 0n ? -1 : a.orgNumber.localeCompare(b.orgNumber);
    });
    let total = 0n;
    let population = 0;
    for (const row of matching) {
      total += parseAmount(row.amount, 'amount');
      population += row.population;
    }
    return {
      totalCount: matching.length,
      nodes: matching.slice(page.offset, page.offset + page.limit),
      totalAmount: formatOre(total),
      totalPopulation: population,
    };
  }

  /** Every contribution row of the ledger that `keep` keeps, with the organisation's name and number. */
  rowsOf(data: DigifinLedgerData, keep: (c: DigifinLedgerResult['contributions'][number]) => boolean) {
    const byId = new Map(data.contributors.map((c) => [c.id, c]));
    return data.ledger.contributions.filter(keep).map((c): DigifinContributionRow => ({
      ...c,
      name: byId.get(c.organisationId)?.name ?? '',
      orgNumber: byId.get(c.organisationId)?.orgNumber ?? '',
    }));
  }

  /**
   * What the organisation put into DigiFin (its contributions by year), its part of the fund's grants
   * (digifinGrantShares: each year's grants by its contributions so far) and the DigiFin grants to the
   * initiatives it takes part in (any participant role) or receives a benefit from.
   */
  async position(organisationId: string): Promise<DigifinPositionData> {
    assertUuid('organisationId', organisationId);
    const organisation = await this.repository.organisation(organisationId);
    if (!organisation) throw notFound('Organisation', organisationId);
    const data = await this.ledger();
    const contributions = this.rowsOf(data, (c) => c.organisationId === organisationId);
    const grantShares = digifinGrantShares(data.ledger, data.contributors, { organisationId });
    const initiativeIds = [...new Set(data.grants.map((g) => g.initiativeId))];
    const links = await this.repository.links(organisationId, initiativeIds);
    const linksOf = new Map<string, string[]>();
    for (const link of links)
      linksOf.set(link.initiativeId, [...(linksOf.get(link.initiativeId) ?? []), link.link]);
    const projects = data.grants
      .filter((g) => linksOf.has(g.initiativeId))
      .map((g) => ({ ...g, year: Number(g.year), links: [...linksOf.get(g.initiativeId)!].sort() }));
    return {
      organisation,
      contributions,
      totalContributed: formatOre(
        contributions.reduce((acc, c) => acc + parseAmount(c.amount, 'amount'), 0n),
      ),
      grantShares,
      projects,
      totalToProjects: formatOre(projects.reduce((acc, p) => acc + parseAmount(p.planned, 'planned'), 0n)),
    };
  }
}
