import {
  CoFinancingCategory,
  CoFinancingFindingCodeEnum,
  type CoFinancingFindingCode,
} from '@gevinst/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar.js';
import { MoneyScalar } from '../../common/scalars/money.scalar.js';
import '../co-financing-enums.js';

@InputType({ description: 'The grant applied for in one year.' })
export class CoFinancingGrantYearInput {
  @Field(() => Int, { description: 'The year of the grant.' })
  year!: number;

  @Field(() => MoneyScalar, { description: 'NOK above 0.' })
  amount!: string;
}

@InputType({ description: 'What an application says; the applicant and partners come from the initiative.' })
export class CoFinancingApplicationFieldsInput {
  @Field(() => CoFinancingCategory, { description: 'The co-financing category applied for.' })
  category!: CoFinancingCategory;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: "NOK above 0, the project's total cost. Required: this or the deprecated totalCost.",
  })
  totalCostAmount?: string | null;

  /** Read after readMoneyInput, which puts totalCostAmount here and refuses neither being given. */
  @Field(() => MoneyScalar, {
    nullable: true,
    description: "NOK above 0, the project's total cost (the old name of totalCostAmount).",
  })
  totalCost!: string;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'NOK above 0, the grant applied for. Required: this or the deprecated requestedGrant.',
  })
  requestedGrantAmount?: string | null;

  /** Read after readMoneyInput, which puts requestedGrantAmount here and refuses neither being given. */
  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'NOK above 0, the grant applied for (the old name of requestedGrantAmount).',
  })
  requestedGrant!: string;

  @Field(() => [CoFinancingGrantYearInput], {
    description: 'The grant by year (at most 15 years, each once); must add up to requestedGrantAmount.',
  })
  requestedByYear!: CoFinancingGrantYearInput[];

  @Field({ description: 'Whether KS was consulted.' })
  ksConsulted!: boolean;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When KS was consulted (with ksConsulted).' })
  ksConsultedOn?: string | null;

  @Field({ nullable: true, description: 'A note on the consultation (at most 1000 characters).' })
  ksNote?: string;
}

@InputType({ description: 'A new application (a DRAFT) of an initiative to an OPEN call.' })
export class CreateCoFinancingApplicationInput extends CoFinancingApplicationFieldsInput {
  @Field(() => ID, { description: 'The id of the call applied to (must be OPEN).' })
  callId!: string;

  @Field(() => ID, { description: "The initiative's id." })
  initiativeId!: string;
}

@InputType({ description: 'Changes to a DRAFT application: every field is replaced.' })
export class UpdateCoFinancingApplicationInput extends CoFinancingApplicationFieldsInput {
  @Field(() => ID, { description: 'The id of the co-financing application to change.' })
  id!: string;

  @Field(() => Int, { description: 'The version read.' })
  version!: number;
}

@InputType({ description: 'An application at the version read, with an optional note.' })
export class CoFinancingApplicationActionInput {
  @Field(() => ID, { description: "The application's id." })
  id!: string;

  @Field(() => Int, { description: 'The version read.' })
  version!: number;

  @Field({
    nullable: true,
    description: 'A note (the decision note for approve/reject; at most 1000 characters).',
  })
  note?: string;
}

@InputType({ description: "A stated exception to a finding of a SUBMITTED application (the secretariat's)." })
export class RecordCoFinancingExceptionInput {
  @Field(() => ID, { description: "The application's id." })
  id!: string;

  @Field(() => Int, { description: 'The version read.' })
  version!: number;

  @Field(() => CoFinancingFindingCodeEnum, {
    description: 'The finding code to accept, e.g. MEDFIN_KS_NOT_CONSULTED.',
  })
  code!: CoFinancingFindingCode;

  @Field({ description: 'The stated reason (1–1000 characters).' })
  reason!: string;
}
