import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/auth.decorators.js';
import { BenefitModel } from '../benefit/benefit.model.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { CorrectMeasurementInput } from './dto/correct-measurement.input.js';
import { RecordMeasurementInput } from './dto/record-measurement.input.js';
import { bulkComplexity, bulkCounts, bulkItemError } from '../common/bulk.js';
import { Payload, type PayloadMapper } from '../common/payload.js';
import { BulkMeasurementsPayload } from './bulk-measurements.model.js';
import { MeasurementModel } from './measurement.model.js';
import { MeasurementService } from './measurement.service.js';
import { BenefitLoaders } from '../benefit/benefit.loaders.js';
import { MeasurementLoaders } from './measurement.loaders.js';

@Resolver(() => MeasurementModel)
export class MeasurementResolver {
  constructor(private readonly measurements: MeasurementService) {}

  @Query(() => MeasurementModel, { nullable: true, description: 'One version of a measurement.' })
  measurement(
    @Args('id', { description: 'The id of the measurement.', type: () => ID }) id: string,
  ): Promise<MeasurementModel> {
    return this.measurements.findById(id);
  }

  @Mutation(() => MeasurementModel, {
    description:
      "Records a measurement of a benefit's indicator (recording the same value for the date again answers the stored one). Users of the initiative's owner organisation or of the benefit's receiving organisation, and administrators.",
  })
  recordMeasurement(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The benefit, the date and the measured value.' })
    input: RecordMeasurementInput,
  ): Promise<MeasurementModel> {
    return this.measurements.record(actor, input);
  }

  @Mutation(() => BulkMeasurementsPayload, {
    description:
      'Records many measurements at once (at most MAX_BATCH_SIZE, 250 by default), each as recordMeasurement would, in one transaction with a savepoint per item: a refused item is reported with its error and the others are stored. A measurement recorded already with the same value (and externalId) is UNCHANGED, so a retried import changes nothing.',
    complexity: bulkComplexity,
  })
  recordMeasurements(
    @CurrentActor() actor: Actor,
    @Args('input', {
      type: () => [RecordMeasurementInput],
      description: 'The measurements to record; answered in the same order.',
    })
    input: RecordMeasurementInput[],
    @Payload() payload: PayloadMapper,
  ): Promise<BulkMeasurementsPayload> {
    return payload.of(
      () => this.measurements.recordMany(actor, input),
      (results) => {
        const { created, unchanged, failed } = bulkCounts(results);
        return {
          results: results.map((result) => ({
            index: result.index,
            status: result.status,
            measurement: result.entity,
            error: result.error && bulkItemError(result.error, payload.language),
          })),
          created,
          unchanged,
          failed,
        };
      },
      { results: [], created: 0, unchanged: 0, failed: 0 },
    );
  }

  @Mutation(() => MeasurementModel, {
    description:
      'Corrects the current version of a measurement: returns the new version, which supersedes the old one; the history stays readable.',
  })
  correctMeasurement(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The measurement to correct and its new value.' })
    input: CorrectMeasurementInput,
  ): Promise<MeasurementModel> {
    return this.measurements.correct(actor, input);
  }

  @ResolveField(() => BenefitModel, { description: 'The benefit.' })
  benefit(@Parent() measurement: MeasurementModel, @Context() ctx: GraphQLContext) {
    return ctx.loaders.of(BenefitLoaders).benefit.load(measurement.benefitId);
  }

  @ResolveField(() => [MeasurementModel], {
    description: 'Every version of the measurement of this date, oldest first (the last one is current).',
  })
  async versions(@Parent() measurement: MeasurementModel, @Context() ctx: GraphQLContext) {
    const all = await ctx.loaders.of(MeasurementLoaders).measurementsOfBenefit.load(measurement.benefitId);
    return all.filter((version) => version.date === measurement.date);
  }

  @ResolveField(() => Boolean, { description: 'False once a correction superseded this version.' })
  isCurrent(@Parent() measurement: MeasurementModel): boolean {
    return measurement.supersededAt === null;
  }
}
