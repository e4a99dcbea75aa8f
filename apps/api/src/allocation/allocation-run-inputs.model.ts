import { CostCategory } from '@gevinst/domain';
import type { TaggedKeySpec } from '@gevinst/cost-model';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { MoneyScalar } from '../common/scalars/money.scalar.js';
import { KeySpecModel } from '../cost-sharing-key/key-spec.model.js';
import type {
  RunCostItemView,
  RunInputsView,
  RunKeyVersionView,
  RunParticipantView,
} from './allocation-run-inputs.js';

@ObjectType('AllocationRunCostItem', {
  description: 'A cost item as the run allocated it: its amounts then (NOK) and the key version used.',
})
export class AllocationRunCostItemModel implements RunCostItemView {
  @Field(() => ID, { description: 'The cost item.' })
  costItemId!: string;

  @Field(() => CostCategory, { description: 'Its kind of cost.' })
  category!: CostCategory;

  @Field({ description: 'Its description at the time of the run (may be empty).' })
  description!: string;

  @Field(() => MoneyScalar, { description: 'NOK: its planned amount at the time of the run.' })
  plannedAmount!: string;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'NOK: its actual amount at the time of the run; null when none was recorded.',
  })
  actualAmount!: string | null;

  @Field(() => MoneyScalar, { description: 'NOK: what the run allocated of the planned amount.' })
  allocatedPlannedAmount!: string;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'NOK: what the run allocated of the actual amount; null without an actual amount.',
  })
  allocatedActualAmount!: string | null;

  @Field(() => ID, { description: 'The cost-sharing key used.' })
  keyId!: string;

  @Field({ description: 'The key’s name at the time of the run.' })
  keyName!: string;

  @Field(() => ID, { description: 'The key version used (one of the run’s keyVersions).' })
  keyVersionId!: string;

  @Field(() => Int, { description: 'That version’s number.' })
  keyVersionNumber!: number;
}

@ObjectType('AllocationRunKeyVersion', {
  description:
    'A key version the run used, with its rules as they were (versions used by a run never change).',
})
export class AllocationRunKeyVersionModel implements RunKeyVersionView {
  @Field(() => ID, { description: 'The cost-sharing key.' })
  keyId!: string;

  @Field({ description: 'The key’s name at the time of the run.' })
  keyName!: string;

  @Field(() => ID, { description: 'The key version.' })
  keyVersionId!: string;

  @Field(() => Int, { description: 'The version’s number.' })
  versionNumber!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'The year of the population figures the version read; null: the run year.',
  })
  populationYear!: number | null;

  @Field(() => KeySpecModel, { description: 'The version’s key specification, typed.' })
  keySpec!: TaggedKeySpec;

  @Field(() => [String], {
    description:
      'The drivers the key reads from the participants (e.g. "population"); empty for EQUAL and FIXED_SHARES.',
  })
  drivers!: string[];
}

@ObjectType('AllocationRunParticipant', { description: 'A paying participant of the run, as it was then.' })
export class AllocationRunParticipantModel implements RunParticipantView {
  @Field(() => ID, { description: 'The participating organisation.' })
  organisationId!: string;

  @Field({ description: 'Its name at the time of the run.' })
  name!: string;

  @Field({ description: 'Its organisation number (9 digits), the tie-breaker of the key’s rounding.' })
  orgNumber!: string;

  @Field({ description: 'Its cost group, e.g. MUNICIPALITY or a group of a TWO_LEVEL key.' })
  group!: string;
}

@ObjectType('AllocationRunInputs', {
  description:
    'Everything a run used, frozen when it was made: the cost items with the amounts allocated, the key versions with their rules and the paying participants.',
})
export class AllocationRunInputsModel implements RunInputsView {
  @Field(() => [AllocationRunCostItemModel], { description: 'The cost items allocated.' })
  costItems!: AllocationRunCostItemModel[];

  @Field(() => [AllocationRunKeyVersionModel], { description: 'The key versions used, each once.' })
  keyVersions!: AllocationRunKeyVersionModel[];

  @Field(() => [AllocationRunParticipantModel], { description: 'The paying participants, by name.' })
  participants!: AllocationRunParticipantModel[];

  @Field(() => ID, { nullable: true, description: 'The run this one superseded; null for the first run.' })
  supersededRunId!: string | null;
}
