import { InitiativePhase, LifeEvent } from '@gevinst/domain';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { VersionedModel } from '../common/versioned-model.js';
import { MoneyScalar } from '../common/scalars/money.scalar.js';
import { LocalDateScalar } from '../common/scalars/local-date.scalar.js';
import type { OrganisationModel } from '../organisation/organisation.model.js';
import type { ParticipantModel } from './participant.model.js';

@ObjectType('Initiative', { description: 'A digitalisation initiative (digitaliseringstiltak).' })
export class InitiativeModel extends VersionedModel {
  @Field(() => ID, { description: "The initiative's id." })
  id!: string;

  @Field({ description: 'Unique code, e.g. "DIGIFIN-2024-01".' })
  code!: string;

  @Field({ description: "The initiative's name." })
  name!: string;

  @Field({ description: 'A free-text description of the initiative.' })
  description!: string;

  ownerId!: string;

  ministryId!: string;

  /** Attached when the list read it with the page (InitiativeRepository.pageWithOrganisations). */
  owner?: OrganisationModel;

  ministry?: OrganisationModel;

  /**
   * Attached when the initiatives list read them with the page (InitiativeResolver.initiatives); shared
   * with other requests (participant-list-cache.ts), so read-only.
   */
  participants?: readonly ParticipantModel[];

  costSharingKeyId!: string | null;

  @Field(() => LifeEvent, { nullable: true, description: 'The life event it serves, or null.' })
  lifeEvent!: LifeEvent | null;

  @Field(() => InitiativePhase, { description: "The initiative's life-cycle phase." })
  phase!: InitiativePhase;

  @Field(() => LocalDateScalar, {
    description: 'The start date (YYYY-MM-DD); empty: not set.',
    nullable: true,
  })
  startDate!: string | null;

  @Field(() => LocalDateScalar, { description: 'The end date (YYYY-MM-DD); empty: not set.', nullable: true })
  endDate!: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'The lifetime of its analysis in years (1–100); null: the default, 10. Every view counts the same period: the start year for the lifetime, extended to the last cost year.',
  })
  lifetimeYears!: number | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      'The residual value at the end of the analysis period (NOK, a benefit in its last year); null: none.',
  })
  residualValue!: string | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      "The annual running cost (operation and maintenance, NOK) of the service before the project: the solution's OPERATION and MAINTENANCE cost items above it are netted against the co-financing take-out; null: not stated (counted as 0, every krone of O&M is an increase).",
  })
  preProjectRunningCost!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The year whose fixed prices its analysis is in; null: the start year.',
  })
  priceBaseYear!: number | null;

  @Field(() => GraphQLISODateTime, {
    description:
      'The last change to the initiative or anything in it: its benefits (and their measurements, targets and reports), status reports, cost items and allocation runs. Filter with updatedSince.',
  })
  lastActivityAt!: Date;
}
