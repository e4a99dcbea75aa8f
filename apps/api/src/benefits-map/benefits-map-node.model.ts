import { BenefitCategory, BenefitStatus, EnablerKind } from '@gevinst/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import '../benefit/benefit-enums.js';
import { BenefitModel } from '../benefit/benefit.model.js';
import { BenefitsMapNodeType } from './benefits-map-node-type.enum.js';
import { EnablerModel } from './enabler.model.js';

@ObjectType('BenefitsMapNode', { description: 'A benefit or an enabler in a benefits map.' })
export class BenefitsMapNodeModel {
  @Field(() => ID, { description: 'The id of the benefit or the enabler.' })
  id!: string;

  @Field(() => BenefitsMapNodeType, { description: 'ENABLER or BENEFIT.' })
  type!: BenefitsMapNodeType;

  @Field({ description: "The node's title (the benefit's or the enabler's)." })
  title!: string;

  @Field(() => EnablerKind, { nullable: true, description: 'For enablers.' })
  enablerKind!: EnablerKind | null;

  @Field(() => BenefitCategory, { nullable: true, description: 'For benefits.' })
  benefitCategory!: BenefitCategory | null;

  @Field(() => BenefitStatus, { nullable: true, description: 'For benefits.' })
  benefitStatus!: BenefitStatus | null;

  @Field(() => BenefitModel, { description: 'The benefit.', nullable: true })
  benefit!: BenefitModel | null;

  @Field(() => EnablerModel, {
    description: 'The enabler, for an ENABLER node; empty for a benefit.',
    nullable: true,
  })
  enabler!: EnablerModel | null;
}
