import type { CatalogueOf } from '../types';
import type { benefitReportEn } from '../en/benefit-report';

export const benefitReportNb: CatalogueOf<typeof benefitReportEn> = {
  OWNER_REPORT_ACCESS: (p) =>
    `Bare brukere i initiativets eierorganisasjon eller i organisasjonen som mottar «${p.title}» (eller administratorer) kan rapportere på den`,
  OWNER_REPORT_NOT_FOUND: (p) => `Fant ikke gevinsteierrapporten for ${p.year} for gevinsten ${p.benefitId}`,
  OWNER_REPORT_EXISTS: (p) =>
    `«${p.title}» har allerede en rapport for ${p.year} (versjon ${p.version}); send den versjonen for å erstatte den`,

  MAP_SELF_DEPENDENCY: () => 'må være forskjellig fra fromId: et element kan ikke avhenge av seg selv',
  MAP_NODE_MISSING: (p) => `ingen gevinst, leveranse eller endring har id-en ${p.id}`,
  MAP_OTHER_INITIATIVE: (p) => `«${p.title}» hører til et annet initiativ enn «${p.otherTitle}»`,
  MAP_EDGE_EXISTS: (p) => `«${p.title}» avhenger allerede av «${p.dependsOn}»`,
  MAP_CYCLE: (p) =>
    `ville gitt en sirkulær avhengighet: ${p.path.map((title) => `«${title}»`).join(' → ')}; et gevinstkart kan ikke ha sirkulære avhengigheter`,
};
