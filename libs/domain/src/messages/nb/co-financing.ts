import type { CatalogueOf } from '../types';
import type { coFinancingEn } from '../en/co-financing';
import { got } from './words';

export const coFinancingNb: CatalogueOf<typeof coFinancingEn> = {
  CO_FINANCING_REPORT_ACCESS: (p) =>
    `Medfinansieringsrapporten for ${p.code} er for eierorganisasjonen, porteføljeansvarlige i departementet og administratorer`,
  REPORT_YEAR_BEGUN: (p) =>
    `må være et årstall fra ${p.min} til ${p.max}: rapporten gjelder et år som har begynt (fikk ${got(p.got)})`,
  INITIATIVE_ID_REQUIRED: () => 'må fylles ut (id-en til et initiativ)',
  REPORT_YEAR_REQUIRED: () => 'må fylles ut (et årstall, for eksempel 2025)',
  NOT_CO_FINANCED: (p) =>
    `${p.code} er ikke medfinansiert (finansieringsplanen har ingen kilde CO_FINANCING med planlagt beløp over 0): medfinansieringsrapportene gjelder bare medfinansierte tiltak`,
  BUDGET_CHAPTER: (p) =>
    `må være et budsjettkapittel på fire sifre som i statsbudsjettet (kapittel, f.eks. 0540; fikk ${got(p.got)})`,
  BUDGET_POST: (p) =>
    `må være en budsjettpost på to sifre som i statsbudsjettet (post, f.eks. 01; fikk ${got(p.got)})`,
  BUDGET_ACCOUNT_OWN_BUDGET: (p) =>
    `bare en virksomhets eget budsjett (OWN_BUDGET) har budsjettkapittel og post, ikke ${p.scheme}`,
  BUDGET_POST_NEEDS_CHAPTER: () => 'en budsjettpost trenger kapitlet sitt, og et kapittel posten sin',
  IN_KIND_STIMULAB_ONLY: (p) =>
    `bare støtte fra StimuLab (STIMULAB) beskrives som støtte i form av tjenester, ikke ${p.scheme}`,
  REPORT_NOT_OWED: (p) =>
    `${p.code} skal ikke levere medfinansieringsrapport for ${p.year} (rapportene: ${p.years})`,
  REPORT_YEAR_NOT_OVER: (p) => `rapporten for ${p.year} kan markeres som levert når ${p.year} er omme`,
  REPORT_ALREADY_SUBMITTED: (p) => `rapporten for ${p.year} ble markert som levert ${p.at} av ${p.by}`,
  REPORT_SUBMIT_ACCESS: (p) =>
    `Bare eiere i eierorganisasjonen til ${p.code} og administratorer markerer medfinansieringsrapportene som levert`,
};
