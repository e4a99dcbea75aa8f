import { registerEnumType } from '@nestjs/graphql';

export enum NetPositionFlag {
  /** Pays (allocated cost above zero) but neither its planned nor its realised benefit is above zero. */
  PAYS_WITHOUT_BENEFIT = 'PAYS_WITHOUT_BENEFIT',
  /** Receives benefits (planned or realised above zero) and pays nothing. */
  BENEFITS_WITHOUT_PAYING = 'BENEFITS_WITHOUT_PAYING',
}

registerEnumType(NetPositionFlag, {
  name: 'NetPositionFlag',
  description:
    'PAYS_WITHOUT_BENEFIT: pays, but receives no benefit (planned or realised) above zero. BENEFITS_WITHOUT_PAYING: receives benefits and pays nothing.',
  valuesMap: {
    PAYS_WITHOUT_BENEFIT: {
      description:
        'Pays (allocated cost above zero) but neither its planned nor its realised benefit is above zero.',
    },
    BENEFITS_WITHOUT_PAYING: {
      description: 'Receives benefits (planned or realised above zero) and pays nothing.',
    },
  },
});
