import { registerEnumType } from '@nestjs/graphql';

/** The language of allocation explanations. */
export enum ExplanationLanguage {
  EN = 'EN',
  NB = 'NB',
}

registerEnumType(ExplanationLanguage, {
  name: 'ExplanationLanguage',
  description:
    'EN: English; NB: Norwegian Bokmål (runs stored before Norwegian explanations existed answer in English).',
  valuesMap: {
    EN: { description: 'English.' },
    NB: { description: 'Norwegian Bokmål; English for runs stored before Norwegian explanations existed.' },
  },
});
