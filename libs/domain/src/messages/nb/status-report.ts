import type { CatalogueOf } from '../types';
import type { statusReportEn } from '../en/status-report';

/** "2026-03-31" as the Norwegian write it: 31.03.2026. */
const d = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

export const statusReportNb: CatalogueOf<typeof statusReportEn> = {
  STATUS_REPORT_ACCESS: (p) =>
    `Bare brukere i initiativets eierorganisasjon eller i organisasjonen som mottar «${p.title}» (eller administratorer) kan skrive statusrapporter for den`,
  INITIATIVE_STATUS_ACCESS: (p) =>
    `Bare initiativeiere i organisasjonen som eier ${p.code} (eller administratorer) kan skrive periodestatus for initiativet`,
  STATUS_REPORT_EXISTS: (p) =>
    `det finnes allerede en rapport for perioden ${d(p.start)}–${d(p.end)} (versjon ${p.version}); send den versjonen for å erstatte den`,
  STATUS_REPORT_NOT_FOUND: (p) =>
    `det finnes ingen rapport for perioden ${d(p.start)}–${d(p.end)} å erstatte; utelat versjonen for å skrive en ny`,
  STATUS_REPORT_FUTURE_PERIOD: (p) =>
    `perioden begynner ${d(p.start)}, etter i dag (${d(p.today)}); en rapport skrives i eller etter perioden`,
  STATUS_REPORT_NO_PERIOD: () =>
    'gevinsten måles én gang og har ikke noe mål, så den har ingen rapporteringsperiode; gi den et mål først',
  STATUS_REPORT_DEVIATION_NEEDS: () =>
    'må fylles ut når vurderingen din er gul eller rød, eller neste mål er usikkert eller ikke nås',
  STATUS_REPORT_FORECAST_VALUE: () => 'oppgi verdien du nå venter ved neste mål når det ikke nås',
  STATUS_REPORT_FORECAST_VALUE_MET: () => 'utelat revidert verdi når neste mål nås',
};
