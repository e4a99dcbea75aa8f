import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType('MarkCoFinancingReportSubmittedInput', {
  description: "Marks a co-financed initiative's report for a year as submitted to Digdir.",
})
export class MarkCoFinancingReportSubmittedInput {
  @Field(() => ID, { description: "The initiative's id." })
  initiativeId!: string;

  @Field(() => Int, {
    description: 'The year the report covers: one the initiative owes a report for, and that is over.',
  })
  year!: number;
}
