import { InitiativePhase, LifeEvent } from '@gevinst/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { VersionedModel } from '../common/versioned-model.js';
import { LocalDateScalar } from '../common/scalars/local-date.scalar.js';

@ObjectType('Initiative', { description: 'A digitalisation initiative (digitaliseringstiltak).' })
export class InitiativeModel extends VersionedModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Unique code, e.g. "DIGIFIN-2024-01".' })
  code!: string;

  @Field()
  name!: string;

  @Field()
  description!: string;

  ownerId!: string;

  ministryId!: string;

  costSharingKeyId!: string | null;

  @Field(() => LifeEvent, { nullable: true, description: 'The life event it serves, or null.' })
  lifeEvent!: LifeEvent | null;

  @Field(() => InitiativePhase)
  phase!: InitiativePhase;

  @Field(() => LocalDateScalar, { nullable: true })
  startDate!: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  endDate!: string | null;
}
