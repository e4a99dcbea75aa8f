import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { MoneyScalar } from '../common/scalars/money.scalar.js';

@ObjectType('AllocationRun', {
  description: 'An immutable allocation of an initiative’s costs for one year. A newer run supersedes it.',
})
export class AllocationRunModel {
  @Field(() => ID)
  id!: string;

  initiativeId!: string;

  @Field(() => Int)
  year!: number;

  @Field({ description: 'CURRENT or SUPERSEDED.' })
  status!: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  supersededAt!: Date | null;

  @Field(() => ID, { nullable: true })
  supersededByRunId!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  /** Resolved (and access-checked) by AllocationRunResolver.createdByEmail. */
  createdByEmail!: string | null;

  /** Resolved (and access-checked) by AllocationRunResolver.inputs. */
  inputs!: Record<string, unknown>;

  @Field(() => MoneyScalar)
  plannedTotal!: string;

  @Field(() => MoneyScalar, { nullable: true })
  actualTotal!: string | null;

  @Field(() => Int)
  lineCount!: number;
}
