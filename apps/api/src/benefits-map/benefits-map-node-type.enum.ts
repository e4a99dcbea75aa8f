import { registerEnumType } from '@nestjs/graphql';

export enum BenefitsMapNodeType {
  BENEFIT = 'BENEFIT',
  ENABLER = 'ENABLER',
}

registerEnumType(BenefitsMapNodeType, { name: 'BenefitsMapNodeType' });
