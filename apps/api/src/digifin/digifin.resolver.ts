import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PageArgs } from '../common/pagination.js';
import { computed, PORTFOLIO_FIGURES_POINTS } from '../graphql/complexity.js';
import { DigifinContributionPage, DigifinLedgerModel, DigifinPositionModel } from './digifin.models.js';
import { type DigifinLedgerData, DigifinService } from './digifin.service.js';

type LedgerParent = DigifinLedgerModel & { data: DigifinLedgerData };

@Resolver(() => DigifinLedgerModel)
export class DigifinResolver {
  constructor(private readonly digifin: DigifinService) {}

  @Query(() => DigifinLedgerModel, {
    nullable: true,
    complexity: computed(PORTFOLIO_FIGURES_POINTS),
    description:
      'The DigiFin fund as a ledger for a year: the balance by year, the matching rule, the contributions of the year per organisation (paged) and the grants per project. Every signed-in user (KS publishes the fund’s figures). Contributions per organisation also as XLSX: GET /api/exports/digifin-contributions.xlsx?year=.',
  })
  async digifinLedger(
    @Args('year', { type: () => Int, description: 'The year whose contributions and grants are listed.' })
    year: number,
  ): Promise<LedgerParent> {
    this.digifin.checkYear(year);
    const data = await this.digifin.ledger();
    const { ledger } = data;
    const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code);
    const allGrants = data.grants.map((g) => ({ ...g, year: Number(g.year) }));
    return {
      data,
      year,
      years: ledger.years,
      selectedYear: ledger.years.find((y) => y.year === year) ?? null,
      matching: ledger.matching,
      totals: ledger.totals,
      rules: data.rules.map((r) => ({
        year: r.year,
        contributor: r.contributor,
        amount: r.amount ?? null,
        rate: r.rate ?? null,
        populationYear: r.populationYear ?? null,
        source: r.source,
      })),
      grants: allGrants.filter((g) => g.year === year).sort(byCode),
      allGrants,
    };
  }

  @ResolveField(() => DigifinContributionPage, {
    description:
      'The contributions of the year per organisation, largest first, searched by name or organisation number; paged, with the totals of every matching row.',
  })
  contributions(
    @Parent() parent: LedgerParent,
    @Args() page: PageArgs,
    @Args('search', {
      type: () => String,
      nullable: true,
      description: 'Part of a name or organisation number.',
    })
    search?: string | null,
  ): DigifinContributionPage {
    return this.digifin.contributions(parent.data, parent.year, search, page);
  }
}

@Resolver(() => DigifinPositionModel)
export class DigifinPositionResolver {
  constructor(private readonly digifin: DigifinService) {}

  @Query(() => DigifinPositionModel, {
    nullable: true,
    complexity: computed(PORTFOLIO_FIGURES_POINTS),
    description:
      'What an organisation put into DigiFin and what came back: its contributions by year, its part of the fund’s grants in proportion to its contributions, and the DigiFin grants to initiatives it takes part in or receives benefits from (docs/funding-schemes.md, "DigiFin"). Every signed-in user.',
  })
  async digifinPosition(
    @Args('organisationId', { type: () => ID, description: 'The organisation.' }) organisationId: string,
  ): Promise<DigifinPositionModel> {
    const p = await this.digifin.position(organisationId);
    return {
      organisationId: p.organisation.id,
      name: p.organisation.name,
      orgNumber: p.organisation.orgNumber,
      kind: p.organisation.kind,
      contributions: p.contributions,
      totalContributed: p.totalContributed,
      grantShares: p.grantShares.years,
      totalGrantShare: p.grantShares.total,
      projects: p.projects,
      totalToProjects: p.totalToProjects,
    };
  }
}
