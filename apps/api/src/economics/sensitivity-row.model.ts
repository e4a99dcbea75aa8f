import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MoneyScalar } from '../common/scalars/money.scalar.js';

export enum SensitivityCaseEnum {
  BENEFITS_MINUS_20 = 'BENEFITS_MINUS_20',
  BENEFITS_PLUS_20 = 'BENEFITS_PLUS_20',
  COSTS_PLUS_20 = 'COSTS_PLUS_20',
  EFFECT_ONE_YEAR_LATE = 'EFFECT_ONE_YEAR_LATE',
}

registerEnumType(SensitivityCaseEnum, {
  name: 'SensitivityCase',
  description: 'A change to the analysis whose NPV is shown beside the base NPV.',
  valuesMap: {
    BENEFITS_MINUS_20: {
      description: 'Every planned benefit (and dis-benefit) × 0.8; the residual value unchanged.',
    },
    BENEFITS_PLUS_20: {
      description: 'Every planned benefit (and dis-benefit) × 1.2; the residual value unchanged.',
    },
    COSTS_PLUS_20: { description: 'Every cost (cost items and projected running costs) × 1.2.' },
    EFFECT_ONE_YEAR_LATE: {
      description:
        'The planned benefit series one year later within the same period: the first year gets none, the last year’s falls outside.',
    },
  },
});

@ObjectType('SensitivityRow', { description: 'The NPV with one change to the analysis.' })
export class SensitivityRowModel {
  @Field(() => SensitivityCaseEnum, {
    description:
      'The change: BENEFITS_MINUS_20 (benefits −20 %), BENEFITS_PLUS_20 (+20 %), COSTS_PLUS_20 (costs +20 %) or EFFECT_ONE_YEAR_LATE (benefits a year late).',
  })
  case!: SensitivityCaseEnum;

  @Field(() => MoneyScalar, { description: 'The net present value in NOK with the change.' })
  npv!: string;

  @Field(() => MoneyScalar, { description: 'npv − the base NPV.' })
  change!: string;
}
