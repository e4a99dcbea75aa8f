import { type Message, msg, renderMessage } from './catalogue';

// Hand-written examples of every code of the statusReport module, in English and Norwegian (dates as
// dd.mm.yyyy in Norwegian).
const EXAMPLES: [Message, string, string][] = [
  [
    msg('STATUS_REPORT_ACCESS', { title: 'Kortere saksbehandling' }),
    'Only users of the initiative\'s owner organisation or of the organisation receiving "Kortere saksbehandling" (or administrators) write its status reports',
    'Bare brukere i initiativets eierorganisasjon eller i organisasjonen som mottar «Kortere saksbehandling» (eller administratorer) kan skrive statusrapporter for den',
  ],
  [
    msg('INITIATIVE_STATUS_ACCESS', { code: 'DEMO-LIV-JOBB' }),
    'Only initiative owners of the organisation that owns DEMO-LIV-JOBB (or administrators) write its period status',
    'Bare initiativeiere i organisasjonen som eier DEMO-LIV-JOBB (eller administratorer) kan skrive periodestatus for initiativet',
  ],
  [
    msg('STATUS_REPORT_EXISTS', { start: '2026-01-01', end: '2026-03-31', version: 2 }),
    'there is a report for the period 2026-01-01 to 2026-03-31 already (version 2); send that version to replace it',
    'det finnes allerede en rapport for perioden 01.01.2026–31.03.2026 (versjon 2); send den versjonen for å erstatte den',
  ],
  [
    msg('STATUS_REPORT_NOT_FOUND', { start: '2026-07-01', end: '2026-12-31' }),
    'there is no report for the period 2026-07-01 to 2026-12-31 to replace; leave out the version to write one',
    'det finnes ingen rapport for perioden 01.07.2026–31.12.2026 å erstatte; utelat versjonen for å skrive en ny',
  ],
  [
    msg('STATUS_REPORT_FUTURE_PERIOD', { start: '2027-01-01', today: '2026-12-05' }),
    'the period begins on 2027-01-01, after today (2026-12-05); a report is written during or after its period',
    'perioden begynner 01.01.2027, etter i dag (05.12.2026); en rapport skrives i eller etter perioden',
  ],
  [
    msg('STATUS_REPORT_NO_PERIOD'),
    'the benefit is measured once and has no target, so it has no reporting period; give it a target first',
    'gevinsten måles én gang og har ikke noe mål, så den har ingen rapporteringsperiode; gi den et mål først',
  ],
  [
    msg('STATUS_REPORT_DEVIATION_NEEDS'),
    'must be filled in when your assessment is amber or red or the next target is at risk or will not be met',
    'må fylles ut når vurderingen din er gul eller rød, eller neste mål er usikkert eller ikke nås',
  ],
  [
    msg('STATUS_REPORT_FORECAST_VALUE'),
    'give the value you now expect at the next target when it will not be met',
    'oppgi verdien du nå venter ved neste mål når det ikke nås',
  ],
  [
    msg('STATUS_REPORT_FORECAST_VALUE_MET'),
    'leave out the revised value when the next target will be met',
    'utelat revidert verdi når neste mål nås',
  ],
];

describe('the statusReport module’s messages', () => {
  it.each(EXAMPLES)('renders %j in both languages', (message, en, nb) => {
    expect(renderMessage(message, 'en')).toBe(en);
    expect(renderMessage(message, 'nb')).toBe(nb);
  });
});
