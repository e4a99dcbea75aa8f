import { type FundingSchemeCode, costPayer, fundingPlan } from '@gevinst/cost-model';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { todayInNorway } from '../common/today.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import type { FundingSourceEntity } from '../initiative/funding-source.entity.js';
import { InitiativeLoaders } from '../initiative/initiative.loaders.js';
import { InitiativeModel } from '../initiative/initiative.model.js';
import { OrganisationLoaders } from '../organisation/organisation.loaders.js';
import { OrganisationModel } from '../organisation/organisation.model.js';
import { CostItemLoaders, type FundingCostRow } from './cost-item.loaders.js';
import {
  type CoFinancingShareFlag,
  FundingPlanModel,
  FundingPlanSourceModel,
  type FundingStatus,
} from './funding-plan.model.js';

/**
 * The funding plan of an initiative from its stored sources and cost sums: cost-model's fundingPlan
 * does the reconciliation; here only the mapping. A cost item is paid (costPayer) by the key's
 * participants when a key allocates it (its own or the initiative's), otherwise by the source it names,
 * otherwise by the owner's own budget.
 */
export function toFundingPlan(
  initiative: Pick<InitiativeModel, 'ownerId' | 'costSharingKeyId'>,
  sources: readonly FundingSourceEntity[],
  costs: readonly FundingCostRow[],
  asOf: string,
): FundingPlanModel {
  const plan = fundingPlan(
    sources.map((source) => ({
      year: source.year,
      scheme: source.scheme,
      organisationId: source.organisationId,
      planned: source.amount,
      received: source.receivedAmount,
    })),
    costs.map((cost) => ({
      year: cost.year,
      scheme: costPayer(
        {
          allocatedByKey: cost.ownKey || initiative.costSharingKeyId !== null,
          fundingScheme: cost.fundingScheme as FundingSchemeCode | null,
          payingOrganisationId: cost.payingOrganisationId,
        },
        initiative.ownerId,
      ).scheme,
      planned: cost.planned,
      actual: cost.actual,
    })),
  );
  return {
    asOf,
    years: plan.years as FundingPlanModel['years'],
    total: plan.total as FundingPlanModel['total'],
    status: plan.total.status as FundingStatus,
    sources: plan.sources.map((source) => {
      const inKind = sources
        .filter(
          (s) =>
            String(s.scheme) === source.scheme &&
            s.organisationId === source.organisationId &&
            s.inKindDescription !== null,
        )
        .sort((a, b) => a.year - b.year || a.position - b.position)
        .map((s) => `${s.year}: ${s.inKindDescription}`);
      return {
        scheme: source.scheme as FundingPlanSourceModel['scheme'],
        organisationId: source.organisationId,
        plannedAmount: source.planned,
        receivedAmount: source.received,
        years: source.years.map((y) => ({
          year: y.year,
          plannedAmount: y.planned,
          receivedAmount: y.received,
        })),
        inKind: inKind.length > 0,
        inKindDescriptions: inKind,
      };
    }),
    coFinancingShare: plan.coFinancingShare,
    coFinancingShareFlag: plan.coFinancingShareFlag as CoFinancingShareFlag | null,
  };
}

@Resolver(() => InitiativeModel)
export class InitiativeFundingPlanResolver {
  @ResolveField(() => FundingPlanModel, {
    description:
      'Its funding plan: per year, the funding sources (planned, received) against the cost items (planned, actual), with balances and FUNDED/UNDERFUNDED/OVERFUNDED. Batched: a page of initiatives costs the same few queries.',
  })
  async fundingPlan(
    @Parent() initiative: InitiativeModel,
    @Context() ctx: GraphQLContext,
  ): Promise<FundingPlanModel> {
    const [sources, costs] = await Promise.all([
      ctx.loaders.of(InitiativeLoaders).fundingSourcesOfInitiative.load(initiative.id),
      ctx.loaders.of(CostItemLoaders).fundingCostsOfInitiative.load(initiative.id),
    ]);
    return toFundingPlan(initiative, sources, costs, todayInNorway());
  }
}

@Resolver(() => FundingPlanSourceModel)
export class FundingPlanSourceResolver {
  @ResolveField(() => OrganisationModel, {
    nullable: true,
    description:
      'Whose own budget (OWN_BUDGET), or the external funder (OTHER, when named); null for a grant.',
  })
  organisation(@Parent() source: FundingPlanSourceModel, @Context() ctx: GraphQLContext) {
    return source.organisationId
      ? ctx.loaders.of(OrganisationLoaders).organisation.load(source.organisationId)
      : null;
  }
}
