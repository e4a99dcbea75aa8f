import type { CatalogueOf } from '../types';
import type { commonEn } from '../en/common';
import { entity, got, midSentence } from './words';

export const commonNb: CatalogueOf<typeof commonEn> = {
  REQUIRED: () => 'må fylles ut',
  TOO_LONG: (p) => `må være høyst ${p.max} tegn`,
  TOO_SHORT: (p) => `må være minst ${p.min} tegn`,
  TOO_MANY_AT_ONCE: (p) => `høyst ${p.max} om gangen`,
  TOO_MANY: (p) => `høyst ${p.max}`,
  LISTED_TWICE: () => 'står oppført to ganger',
  NOT_BETWEEN: (p) => `må være mellom ${p.min} og ${p.max} (fikk ${got(p.got)})`,
  YEAR_BETWEEN: (p) => `må være et årstall mellom ${p.min} og ${p.max} (fikk ${got(p.got)})`,
  NOT_NEGATIVE: (p) => `kan ikke være under 0 (fikk ${got(p.got)})`,
  ZERO_OR_MORE: (p) => `må være 0 eller mer (fikk ${got(p.got)})`,
  BAD_CURSOR: () => 'er ikke en peker fra denne listen: send en endCursor fra listens pageInfo',
  CURSOR_WITH_OFFSET: () => 'kan ikke kombineres med offset: bla enten med offset eller med peker',
  NOT_A_UUID: () => 'må være en id (UUID)',
  NOT_A_UUID_GOT: (p) => `må være en id (UUID) (fikk ${got(p.got)})`,
  NOT_FOUND: (p) => `Fant ikke ${midSentence(entity(p.entity).subject)} ${p.id}`,
  STALE_VERSION: (p) => {
    const words = entity(p.entity);
    const now = p.currentVersion === null ? '' : `, gjeldende versjon er ${p.currentVersion}`;
    return `${words.subject} er endret av noen andre: du sendte versjon ${p.sentVersion}${now}. Last ${words.pronoun} inn på nytt og gjør endringen igjen.`;
  },
  NOT_ALLOWED: () => 'Du har ikke lov til å gjøre dette',
  MONEY_INPUT_BOTH_NAMES: (p) =>
    `oppgi ${p.amount} eller den utfasede ${p.old}, ikke begge med forskjellige verdier`,
  MONEY_INPUT_REQUIRED: (p) => `må fylles ut: oppgi ${p.amount} (eller den utfasede ${p.old})`,
  SIGN_IN: () => 'Logg inn eller send en gyldig API-nøkkel',
};
