import { registerEnumType } from '@nestjs/graphql';

export enum BenefitsMapNodeType {
  BENEFIT = 'BENEFIT',
  ENABLER = 'ENABLER',
}

registerEnumType(BenefitsMapNodeType, {
  name: 'BenefitsMapNodeType',
  description: 'The kind of a node in the benefits map: an enabler or a benefit.',
  valuesMap: {
    ENABLER: { description: 'An enabler: a deliverable or a change that leads to benefits.' },
    BENEFIT: { description: 'A benefit of the initiative.' },
  },
});
