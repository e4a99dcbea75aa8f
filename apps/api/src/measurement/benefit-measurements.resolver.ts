import { realisation } from '@gevinst/cost-model';
import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { BenefitLoaders } from '../benefit/benefit.loaders.js';
import { BenefitModel } from '../benefit/benefit.model.js';
import { RealisationModel } from '../benefit/realisation.model.js';
import { LocalDateScalar } from '../common/scalars/local-date.scalar.js';
import { todayInNorway } from '../common/today.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { toBenefitInput, toRealisationFields } from '../realisation/benefit-figures.js';
import { MeasurementLoaders } from './measurement.loaders.js';
import { MeasurementModel } from './measurement.model.js';
import { BenefitMeasurementsPage } from './measurement-connection.model.js';
import { NestedPageArgs, cursorPageOf } from '../common/cursor.js';

/**
 * Benefit.measurements and Benefit.realisation (which the measurements drive). Resolved here rather than in
 * benefit/: a measurement belongs to a benefit (Measurement.benefit), so measurement/ depends on benefit/,
 * and benefit/ must not depend back on measurement/.
 */
@Resolver(() => BenefitModel)
export class BenefitMeasurementsResolver {
  @ResolveField(() => [MeasurementModel], {
    description: 'Measurements by date: the current versions, or every version with includeSuperseded.',
    deprecationReason: 'Unpaged: use measurementsPage(first:, after:).',
  })
  async measurements(
    @Parent() benefit: BenefitModel,
    @Context() ctx: GraphQLContext,
    @Args('includeSuperseded', {
      description: 'Also the superseded versions of corrected measurements (default false).',
      defaultValue: false,
    })
    includeSuperseded: boolean,
  ) {
    const all = await ctx.loaders.of(MeasurementLoaders).measurementsOfBenefit.load(benefit.id);
    return includeSuperseded ? all : all.filter((m) => m.supersededAt === null);
  }

  @ResolveField(() => BenefitMeasurementsPage, {
    description:
      'Measurements by date, paged by cursor (first, after): the current versions, or every version with includeSuperseded; the same records as measurements.',
  })
  async measurementsPage(
    @Parent() benefit: BenefitModel,
    @Context() ctx: GraphQLContext,
    @Args() page: NestedPageArgs,
    @Args('includeSuperseded', {
      description: 'Also the superseded versions of corrected measurements (default false).',
      defaultValue: false,
    })
    includeSuperseded: boolean,
  ): Promise<BenefitMeasurementsPage> {
    const all = await ctx.loaders.of(MeasurementLoaders).measurementsOfBenefit.load(benefit.id);
    const listed = includeSuperseded ? all : all.filter((m) => m.supersededAt === null);
    return cursorPageOf(includeSuperseded ? 'measurements.all' : 'measurements', listed, page);
  }

  @ResolveField(() => RealisationModel, {
    description:
      "How far the benefit has come at asOf (default today, Norwegian time), computed by @gevinst/cost-model against the plan in force: the baseline, targets and value per unit frozen in the initiative's approved benefits plan version when it has one and the benefit is in it (see Initiative.benefitPlanInForce), the benefit's own otherwise (a benefit added after the approval is measured against its own figures, but counts in no initiative figure until a new version is approved).",
  })
  async realisation(
    @Parent() benefit: BenefitModel,
    @Context() ctx: GraphQLContext,
    @Args('asOf', {
      description: 'The date (YYYY-MM-DD) to measure at; empty: today (Norwegian time).',
      type: () => LocalDateScalar,
      nullable: true,
    })
    asOf?: string | null,
  ) {
    const loaders = ctx.loaders.of(BenefitLoaders);
    const [plans, targets, measurements] = await Promise.all([
      loaders.plansOfInitiative.load(benefit.initiativeId),
      loaders.targetsOfBenefit.load(benefit.id),
      ctx.loaders.of(MeasurementLoaders).measurementsOfBenefit.load(benefit.id),
    ]);
    const plan = plans.find((p) => p.id === benefit.id) ?? {
      direction: benefit.direction,
      baselineDate: benefit.baselineDate,
      baselineValue: benefit.baselineValue,
      valuePerUnit: benefit.valuePerUnit,
      targets: targets.map(({ date, value }) => ({ date, value })),
    };
    const result = realisation(
      toBenefitInput(plan),
      measurements.filter((m) => m.supersededAt === null).map(({ date, value }) => ({ date, value })),
      asOf ?? todayInNorway(),
    );
    return toRealisationFields(result);
  }
}
