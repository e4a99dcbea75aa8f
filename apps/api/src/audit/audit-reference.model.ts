import { AuditEntityType } from '@gevinst/domain';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import '../graphql/enums.js';

@ObjectType('AuditReference', {
  description:
    'What an id in the audit trail names, language-neutral: a client writes it in words (e.g. «Måling 30.06.2026 for Mindre tid på registrering») with the rules in docs/audit-log.md.',
})
export class AuditReferenceModel {
  @Field({ description: 'The id as it appears in the event (lower case).' })
  id!: string;

  @Field(() => AuditEntityType, {
    description:
      'The audit entity type it is: Organisation, User, Initiative, Benefit, BenefitMeasurement, …',
  })
  entityType!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Its own name: an organisation’s or user’s name, an initiative’s code, a benefit’s or deliverable’s title, a cost item’s description, a plan version’s number.',
  })
  name!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The calendar date that names it (a measurement’s date), YYYY-MM-DD.',
  })
  date!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The year that names it (a cost item’s, an allocation run’s, an owner report’s, a call’s).',
  })
  year!: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'What it belongs to: the benefit of a measurement or owner report, the initiative code of a cost item, run, benefit or deliverable, a user’s organisation.',
  })
  parentName!: string | null;
}
