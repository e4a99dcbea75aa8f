import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

/** The entity types of the feed (GraphQL names), valued by the audit trail's names. */
export enum ChangeEntityType {
  INITIATIVE = 'Initiative',
  BENEFIT = 'Benefit',
  BENEFIT_MEASUREMENT = 'BenefitMeasurement',
  BENEFIT_OWNER_REPORT = 'BenefitOwnerReport',
  BENEFIT_STATUS_REPORT = 'BenefitStatusReport',
  INITIATIVE_STATUS_REPORT = 'InitiativeStatusReport',
  COST_ITEM = 'CostItem',
  ALLOCATION_RUN = 'AllocationRun',
  COST_SHARING_KEY = 'CostSharingKey',
  ENABLER = 'Enabler',
  BENEFITS_MAP_EDGE = 'BenefitsMapEdge',
  ORGANISATION = 'Organisation',
}

registerEnumType(ChangeEntityType, {
  name: 'ChangeEntityType',
  description: 'What kind of entity a change in the feed is about.',
  valuesMap: {
    INITIATIVE: { description: 'An initiative (its own fields, participants, drivers).' },
    BENEFIT: { description: 'A benefit of an initiative.' },
    BENEFIT_MEASUREMENT: { description: 'A measurement of a benefit (recorded or corrected).' },
    BENEFIT_OWNER_REPORT: { description: 'A benefit owner’s yearly report.' },
    BENEFIT_STATUS_REPORT: { description: 'A benefit’s status report.' },
    INITIATIVE_STATUS_REPORT: { description: 'An initiative’s status report.' },
    COST_ITEM: { description: 'A cost item of an initiative.' },
    ALLOCATION_RUN: { description: 'An allocation run.' },
    COST_SHARING_KEY: { description: 'A cost-sharing key.' },
    ENABLER: { description: 'An enabler (deliverable) in a benefits map.' },
    BENEFITS_MAP_EDGE: { description: 'An edge of a benefits map.' },
    ORGANISATION: { description: 'An organisation (reference data).' },
  },
});

export enum ChangeOperation {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  DELETED = 'DELETED',
}

registerEnumType(ChangeOperation, {
  name: 'ChangeOperation',
  description: 'How a change affected its entity.',
  valuesMap: {
    CREATED: { description: 'The entity was created (or a new version was appended, e.g. a measurement).' },
    UPDATED: { description: 'The entity was changed.' },
    DELETED: { description: 'The entity was deleted.' },
  },
});

@ObjectType('Change', { description: 'One change in the feed: what changed, how and when.' })
export class ChangeModel {
  @Field({ description: 'The cursor just after this change: pass it as `since` to resume after it.' })
  cursor!: string;

  @Field(() => ID, { description: 'The audit event that records the change (see auditEvents).' })
  eventId!: string;

  @Field(() => ChangeEntityType, { description: 'What kind of entity changed.' })
  entityType!: ChangeEntityType;

  @Field({ description: 'The changed entity’s id.' })
  entityId!: string;

  @Field(() => ChangeOperation, { description: 'Created, updated or deleted.' })
  operation!: ChangeOperation;

  @Field({ description: 'The mutation that made the change, e.g. recordMeasurement.' })
  mutation!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the change was made (UTC).' })
  occurredAt!: Date;

  @Field(() => ID, {
    nullable: true,
    description: 'The initiative the entity belongs to (the initiative itself for an Initiative).',
  })
  initiativeId!: string | null;
}

@ObjectType('ChangeFeedPage', {
  description:
    'Changes in the order they became visible, oldest first. Resume with `endCursor`; a change is never skipped nor repeated (docs/api.md).',
})
export class ChangeFeedPage {
  @Field(() => [ChangeModel], { description: 'The changes after `since`, at most `first`.' })
  nodes!: ChangeModel[];

  @Field(() => String, {
    nullable: true,
    description:
      'Where to resume: the cursor after the last change of this page, or `since` itself when there was none (null when both are).',
  })
  endCursor!: string | null;

  @Field({ description: 'Whether more changes are already available after this page.' })
  hasMore!: boolean;
}
