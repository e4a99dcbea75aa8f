import type { CatalogueOf } from '../types';
import type { benefitEn } from '../en/benefit';

/** The better way of an indicator, as the Norwegian says it. */
const WAY = { higher: 'høyere', lower: 'lavere' } as const;

export const benefitNb: CatalogueOf<typeof benefitEn> = {
  // ── Benefits ───────────────────────────────────────────────────────────────────────────────────────
  BENEFIT_HAS_HISTORY: (p) =>
    `«${p.title}» har ${p.measurements} målingsversjon(er) og ${p.reports} gevinsteierrapport(er); historikken må fortsatt kunne leses, så sett statusen til CANCELLED i stedet for å slette den`,
  RECEIVER_REQUIRED: (p) =>
    `en gevinst i kategorien ${p.category} mottas av en offentlig organisasjon: oppgi hvilken`,
  USER_MISSING: (p) => `brukeren ${p.id} finnes ikke`,
  EFFECT_START_BEFORE_BASELINE: (p) =>
    `kan ikke være før nullpunktsdatoen ${p.baselineDate} (fikk ${p.date}): effekten måles fra nullpunktet`,
  EFFECT_START_AFTER_FIRST_TARGET: (p) =>
    `kan ikke være etter datoen for det første målet, ${p.targetDate} (fikk ${p.date}): planen ville love en forbedring før effekten kan begynne`,
  TARGET_NOT_AFTER_BASELINE: (p) =>
    `må være etter nullpunktsdatoen ${p.baselineDate} (fikk ${p.date}): et mål er en planlagt verdi etter nullpunktsmålingen`,
  TARGET_DATE_TWICE: (p) => `${p.date} er oppgitt to ganger (også ${p.also})`,
  DIS_BENEFIT_TARGET_BETTER: (p) =>
    `målene for en ulempe skal gå i ugunstig retning, men det siste målet (${p.value} den ${p.date}) er bedre enn nullpunktet (${p.baseline}; ${WAY[p.way]} er bedre): fjern isDisBenefit eller sjekk retningen`,
  TARGET_WORSE_THAN_BASELINE: (p) =>
    `det siste målet (${p.value} den ${p.date}) er dårligere enn nullpunktet (${p.baseline}; ${WAY[p.way]} er bedre): merk gevinsten som en ulempe (isDisBenefit: true) eller sjekk retningen`,
  BASELINE_AFTER_MEASUREMENTS: (p) =>
    `${p.count} måling(er) er datert før ${p.baselineDate} (den første ${p.first}): nullpunktet måles før noen effekt, så det kan ikke komme etter en måling`,

  // ── Measurements ───────────────────────────────────────────────────────────────────────────────────
  MEASUREMENT_ACCESS: (p) =>
    `Bare brukere i initiativets eierorganisasjon eller i organisasjonen som mottar «${p.title}» (eller administratorer) kan registrere målinger for den`,
  MEASURED_BEFORE_BASELINE: (p) =>
    `må være på eller etter nullpunktsdatoen ${p.baselineDate} (fikk ${p.date}): nullpunktet er den første målingen, tatt før noen effekt`,
  MEASURED_IN_FUTURE: (p) => `kan ikke være i framtiden (fikk ${p.date}, i dag er det ${p.today})`,
  MEASUREMENT_EXISTS: (p) =>
    `En måling for ${p.date} er allerede registrert (verdi ${p.value}, id ${p.id}); korriger den med correctMeasurement`,
  MEASUREMENT_RECORDED_MEANWHILE: (p) =>
    `En måling for ${p.date} er registrert av noen andre i mellomtiden; last inn på nytt og korriger den`,
  MEASUREMENT_CORRECTED_ALREADY: (p) =>
    `Denne versjonen av målingen for ${p.date} er allerede korrigert (av ${p.by}); korriger den gjeldende versjonen`,
  MEASUREMENT_CORRECTED_MEANWHILE: (p) =>
    `Målingen for ${p.date} er korrigert av noen andre i mellomtiden; last den inn på nytt`,
  CORRECTION_REASON_REQUIRED: () => 'må fylles ut: skriv hvorfor verdien korrigeres',
  NOTHING_TO_CORRECT: (p) => `er verdien som allerede er registrert (${p.value}): ingenting å korrigere`,
  MEASUREMENT_EXTERNAL_ID_TAKEN: (p) =>
    `externalId «${p.externalId}» tilhører allerede målingen for ${p.date} (verdi ${p.value}, id ${p.id}); korriger den med correctMeasurement`,
};
