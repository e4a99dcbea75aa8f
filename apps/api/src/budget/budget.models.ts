import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CostCategory } from '@gevinst/domain';
import { MutationPayload } from '../common/payload.js';
import { MoneyScalar } from '../common/scalars/money.scalar.js';

export enum ForecastStatusEnum {
  FORECAST = 'FORECAST',
  RUN = 'RUN',
}
registerEnumType(ForecastStatusEnum, {
  name: 'ForecastStatus',
  description: 'Whether a forecast year already has a current allocation run.',
  valuesMap: {
    FORECAST: { description: 'No run exists for the year yet: the amount is a forecast.' },
    RUN: { description: 'A current run exists for the year; the amount is what a run computes now.' },
  },
});

export enum KeyDecisionEnum {
  CONFIRMED = 'CONFIRMED',
  OBJECTED = 'OBJECTED',
}
registerEnumType(KeyDecisionEnum, {
  name: 'KeyDecision',
  description: 'A participant’s answer to a key version.',
  valuesMap: {
    CONFIRMED: { description: 'The participant accepts the key version.' },
    OBJECTED: { description: 'The participant objects to the key version (with a comment).' },
  },
});

export enum KeyConfirmationStatusEnum {
  CONFIRMED = 'CONFIRMED',
  OBJECTED = 'OBJECTED',
  NOT_ANSWERED = 'NOT_ANSWERED',
}
registerEnumType(KeyConfirmationStatusEnum, {
  name: 'KeyConfirmationStatus',
  description: 'Where a paying participant stands on the key version.',
  valuesMap: {
    CONFIRMED: { description: 'Confirmed the key version.' },
    OBJECTED: { description: 'Objected to the key version.' },
    NOT_ANSWERED: { description: 'Has not answered: on the reminder list.' },
  },
});

@ObjectType('BudgetForecastCell', { description: 'One budget year of a forecast row.' })
export class BudgetForecastCellModel {
  @Field(() => Int, { description: 'The budget year.' })
  year!: number;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      'What the organisation is expected to pay; null when the year cannot be computed (see problem).',
  })
  amount!: string | null;

  @Field(() => ForecastStatusEnum, { description: 'FORECAST until a current run of the year exists.' })
  status!: ForecastStatusEnum;

  @Field(() => [Int], { description: 'The population year(s) the key versions read (empty when none).' })
  populationYears!: number[];

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'The amount adopted in the budget; null if not adopted.',
  })
  adopted!: string | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'Forecast − adopted for the initiative (positive: more than budgeted); null if not adopted.',
  })
  deviation!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the year could not be computed, in English.' })
  problem!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the year could not be computed, in Norwegian.' })
  problemNb!: string | null;
}

@ObjectType('BudgetForecastRow', { description: 'One initiative (and KOSTRA pair) of a four-year forecast.' })
export class BudgetForecastRowModel {
  @Field(() => ID, { description: 'The initiative.' })
  initiativeId!: string;

  @Field({ description: 'The initiative’s code.' })
  initiativeCode!: string;

  @Field({ description: 'The initiative’s name.' })
  initiativeName!: string;

  @Field({ description: 'The suggested (or the organisation’s own) KOSTRA art.' })
  kostraArt!: string;

  @Field({ description: 'The suggested (or the organisation’s own) KOSTRA function.' })
  kostraFunction!: string;

  @Field(() => [BudgetForecastCellModel], { description: 'One cell per budget year, in order.' })
  cells!: BudgetForecastCellModel[];
}

@ObjectType('BudgetForecastTotal', { description: 'The organisation’s total of one budget year.' })
export class BudgetForecastTotalModel {
  @Field(() => Int, { description: 'The budget year.' })
  year!: number;

  @Field(() => MoneyScalar, { description: 'The sum of the rows (years that cannot be computed count 0).' })
  amount!: string;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'The sum adopted in the budget; null if not adopted.',
  })
  adopted!: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'amount − adopted; null if not adopted.' })
  deviation!: string | null;
}

@ObjectType('BudgetForecast', {
  description:
    'A paying organisation’s four-year forecast: what a run of each year would allocate to it now.',
})
export class BudgetForecastModel {
  @Field(() => ID, { description: 'The paying organisation.' })
  organisationId!: string;

  @Field(() => [Int], { description: 'The four budget years.' })
  years!: number[];

  @Field(() => [BudgetForecastRowModel], { description: 'One row per initiative and KOSTRA pair.' })
  rows!: BudgetForecastRowModel[];

  @Field(() => [BudgetForecastTotalModel], { description: 'The totals per year.' })
  totals!: BudgetForecastTotalModel[];
}

@ObjectType('InvoiceBasisLine', { description: 'What one paying organisation is invoiced for a run.' })
export class InvoiceBasisLineModel {
  @Field(() => ID, { description: 'The paying organisation.' })
  organisationId!: string;

  @Field({ description: 'Its organisation number.' })
  orgNumber!: string;

  @Field({ description: 'Its name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Its invoice address, where known.' })
  invoiceAddress!: string | null;

  @Field(() => MoneyScalar, { description: 'The amount invoiced (the sum of its lines in the run).' })
  amount!: string;

  @Field({ description: 'The period’s first day (the budget year’s 1 January).' })
  periodFrom!: string;

  @Field({ description: 'The period’s last day (the budget year’s 31 December).' })
  periodTo!: string;

  @Field({ description: 'The initiative’s code.' })
  initiativeCode!: string;

  @Field({ description: 'The initiative’s name.' })
  initiativeName!: string;

  @Field({ description: 'The key version(s) of the run.' })
  key!: string;

  @Field({ description: 'How the amount was computed, in Norwegian.' })
  explanation!: string;

  @Field({ description: 'The reference the payer matches: "<run id>/<line id>[+<line id>…]".' })
  reference!: string;
}

@ObjectType('CreditReissueLine', {
  description: 'The difference for one payer between a superseded run and its successor.',
})
export class CreditReissueLineModel {
  @Field(() => ID, { description: 'The paying organisation.' })
  organisationId!: string;

  @Field({ description: 'Its organisation number.' })
  orgNumber!: string;

  @Field({ description: 'Its name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Its invoice address, where known.' })
  invoiceAddress!: string | null;

  @Field(() => MoneyScalar, { description: 'Invoiced on the superseded run.' })
  previous!: string;

  @Field(() => MoneyScalar, { description: 'Invoiced on this run.' })
  current!: string;

  @Field(() => MoneyScalar, { description: 'current − previous: negative is a credit note.' })
  difference!: string;

  @Field({ description: 'The reference: "<run id>/<superseded run id>".' })
  reference!: string;
}

@ObjectType('CreditReissueBasis', { description: 'A superseding run’s credit-and-reissue basis.' })
export class CreditReissueBasisModel {
  @Field(() => [CreditReissueLineModel], { description: 'Per payer whose amount changed.' })
  rows!: CreditReissueLineModel[];

  @Field(() => MoneyScalar, {
    description: 'The sum of the differences (= this run’s total − the old total).',
  })
  total!: string;

  @Field(() => MoneyScalar, { description: 'The superseded run’s invoiced total.' })
  previousTotal!: string;
}

@ObjectType('InvoiceBasis', { description: 'The owner’s invoice basis of an allocation run.' })
export class InvoiceBasisModel {
  @Field(() => ID, { description: 'The run.' })
  runId!: string;

  @Field(() => Int, { description: 'The run’s year.' })
  year!: number;

  @Field(() => [InvoiceBasisLineModel], { description: 'One line per paying organisation.' })
  rows!: InvoiceBasisLineModel[];

  @Field(() => MoneyScalar, { description: 'The sum of the lines (= the run’s planned total).' })
  total!: string;

  @Field(() => ID, { nullable: true, description: 'The run this one superseded, if any.' })
  supersededRunId!: string | null;

  @Field(() => CreditReissueBasisModel, {
    nullable: true,
    description: 'Present when the run superseded another: the differences per payer.',
  })
  difference!: CreditReissueBasisModel | null;
}

@ObjectType('KeyConfirmationParticipant', {
  description: 'A paying participant’s answer to the key version.',
})
export class KeyConfirmationParticipantModel {
  @Field(() => ID, { description: 'The participant.' })
  organisationId!: string;

  @Field({ description: 'Its name.' })
  name!: string;

  @Field({ description: 'Its organisation number.' })
  orgNumber!: string;

  @Field(() => KeyConfirmationStatusEnum, { description: 'Confirmed, objected or not answered.' })
  status!: KeyConfirmationStatusEnum;

  @Field(() => String, { nullable: true, description: 'The participant’s comment.' })
  comment!: string | null;

  @Field(() => Date, { nullable: true, description: 'When it answered.' })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Who answered (e-mail).' })
  decidedByEmail!: string | null;
}

@ObjectType('KeyConfirmations', {
  description: 'Who has confirmed, objected to or not answered a key version.',
})
export class KeyConfirmationsModel {
  @Field(() => ID, { description: 'The initiative.' })
  initiativeId!: string;

  @Field(() => ID, { description: 'The initiative’s key.' })
  keyId!: string;

  @Field({ description: 'The key’s name.' })
  keyName!: string;

  @Field(() => ID, { description: 'The key version answered.' })
  keyVersionId!: string;

  @Field(() => Int, { description: 'Its version number.' })
  keyVersion!: number;

  @Field(() => [KeyConfirmationParticipantModel], { description: 'Every paying participant.' })
  participants!: KeyConfirmationParticipantModel[];
}

@ObjectType('KeyConfirmation', { description: 'A participant’s stored answer.' })
export class KeyConfirmationModel {
  @Field(() => KeyDecisionEnum, { description: 'The answer.' })
  decision!: KeyDecisionEnum;

  @Field({ description: 'The comment.' })
  comment!: string;

  @Field(() => Date, { description: 'When.' })
  decidedAt!: Date;
}

@InputType({ description: 'A participant’s answer to the current version of the initiative’s key.' })
export class RespondToKeyInput {
  @Field(() => ID, { description: 'The initiative.' })
  initiativeId!: string;

  @Field(() => ID, { description: 'The key version answered (must be the current one).' })
  keyVersionId!: string;

  @Field(() => KeyDecisionEnum, { description: 'CONFIRMED or OBJECTED.' })
  decision!: KeyDecisionEnum;

  @Field(() => String, { nullable: true, description: 'Why; required for an objection.' })
  comment?: string | null;
}

@ObjectType('KostraCode', { description: 'The KOSTRA codes an organisation posts a cost category on.' })
export class KostraCodeModel {
  @Field(() => CostCategory, { description: 'The cost category.' })
  category!: CostCategory;

  @Field({ description: 'The KOSTRA art (three digits).' })
  art!: string;

  @Field({ description: 'The KOSTRA function (three digits).' })
  function!: string;

  @Field({ description: 'Whether the organisation chose them (else Gevinst’s suggestion).' })
  own!: boolean;
}

@ObjectType('AdoptBudgetForecastPayload', { description: 'The answer of adoptBudgetForecast.' })
export class AdoptBudgetForecastPayload extends MutationPayload {
  @Field(() => BudgetForecastModel, {
    nullable: true,
    description:
      'The forecast from the year adopted, with its adopted amounts; null when there are userErrors.',
  })
  budgetForecast!: BudgetForecastModel | null;
}

@ObjectType('RespondToKeyPayload', { description: 'The answer of respondToKey.' })
export class RespondToKeyPayload extends MutationPayload {
  @Field(() => KeyConfirmationModel, {
    nullable: true,
    description: 'The answer as stored; null when there are userErrors.',
  })
  keyConfirmation!: KeyConfirmationModel | null;
}

@ObjectType('SetKostraCodePayload', { description: 'The answer of setKostraCode.' })
export class SetKostraCodePayload extends MutationPayload {
  @Field(() => [KostraCodeModel], {
    nullable: true,
    description:
      'The organisation’s KOSTRA codes of every cost category, the one set included; null when there are userErrors.',
  })
  kostraCodes!: KostraCodeModel[] | null;
}

@ObjectType('SetInvoiceAddressPayload', { description: 'The answer of setInvoiceAddress.' })
export class SetInvoiceAddressPayload extends MutationPayload {
  @Field(() => ID, {
    nullable: true,
    description: 'The organisation whose address was set; null when there are userErrors.',
  })
  organisationId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The invoice address as stored (trimmed); null when cleared or when there are userErrors.',
  })
  invoiceAddress!: string | null;
}
