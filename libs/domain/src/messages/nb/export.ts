import type { CatalogueOf } from '../types';
import type { exportEn } from '../en/export';
import { got } from './words';

export const exportNb: CatalogueOf<typeof exportEn> = {
  NOT_A_PARAMETER: (p) => `er ikke en parameter for allocations.${p.format} (bruk ${p.allowed.join(', ')})`,
  GIVEN_MORE_THAN_ONCE: () => 'er oppgitt mer enn én gang',
  SINGLE_VALUE: () => 'må være én enkelt verdi',
  ONE_OF: (p) => `må være ${p.choices.map((choice) => `«${choice}»`).join(' eller ')} (fikk ${got(p.got)})`,
  TRUE_OR_FALSE: (p) => `må være true eller false (fikk ${got(p.got)})`,
  TOO_MANY_LINES_FOR_WORKSHEET: (p) =>
    `gir ${p.lines} linjer, flere enn et regneark har plass til (${p.max} med overskrift og summer): ` +
    'avgrens utvalget (organisationId, initiativeId, year) eller bruk allocations.csv',
};
