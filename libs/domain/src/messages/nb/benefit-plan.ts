import type { CatalogueOf } from '../types';
import type { benefitPlanEn } from '../en/benefit-plan';

export const benefitPlanNb: CatalogueOf<typeof benefitPlanEn> = {
  BENEFIT_PLAN_DECIDE_ACCESS: () =>
    'Bare sekretariatet for finansieringsordningene (ordningsforvaltere) og administratorer kan godkjenne eller avvise gevinstplaner',
  BENEFIT_PLAN_PROPOSAL_PENDING: (p) =>
    `${p.code} har allerede en versjon av gevinstplanen som venter på behandling (versjon ${p.version}); den må godkjennes eller avvises først`,
  BENEFIT_PLAN_NOT_PROPOSED: (p) =>
    `Versjon ${p.version} av gevinstplanen har status ${p.status}, ikke PROPOSED: bare en foreslått versjon kan godkjennes eller avvises`,
  BENEFIT_PLAN_NO_BENEFITS: (p) => `${p.code} har ingen gevinster: en gevinstplan fryser minst én`,
  BENEFIT_PLAN_UNCHANGED: (p) =>
    `Gevinstene i ${p.code} er som i godkjent versjon ${p.version} av gevinstplanen: det er ingenting å godkjenne`,
};
