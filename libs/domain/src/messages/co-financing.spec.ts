import { type Message, msg, renderMessage } from './catalogue';

// Hand-written examples: the English is exactly what the API answered before codes existed.
const EXAMPLES: [Message, string, string][] = [
  [
    msg('CO_FINANCING_REPORT_ACCESS', { code: 'DEMO-LIV-BEDRIFT' }),
    'The co-financing report of DEMO-LIV-BEDRIFT is for the owner organisation, the portfolio reviewers of its ministry and administrators',
    'Medfinansieringsrapporten for DEMO-LIV-BEDRIFT er for eierorganisasjonen, porteføljeansvarlige i departementet og administratorer',
  ],
  [
    msg('REPORT_YEAR_BEGUN', { min: 1990, max: 2026, got: '2027' }),
    'must be a year from 1990 to 2026: the report covers a year that has begun (got 2027)',
    'må være et årstall fra 1990 til 2026: rapporten gjelder et år som har begynt (fikk 2027)',
  ],
  [msg('INITIATIVE_ID_REQUIRED'), 'is required (an initiative id)', 'må fylles ut (id-en til et initiativ)'],
  [
    msg('REPORT_YEAR_REQUIRED'),
    'is required (a year such as 2025)',
    'må fylles ut (et årstall, for eksempel 2025)',
  ],
  [
    msg('NOT_CO_FINANCED', { code: 'DEMO-DIGIFIN-HELSESTASJON' }),
    'DEMO-DIGIFIN-HELSESTASJON is not co-financed (its funding plan has no CO_FINANCING source with a planned amount above 0): the co-financing reports are for co-financed initiatives only',
    'DEMO-DIGIFIN-HELSESTASJON er ikke medfinansiert (finansieringsplanen har ingen kilde CO_FINANCING med planlagt beløp over 0): medfinansieringsrapportene gjelder bare medfinansierte tiltak',
  ],
  [
    msg('BUDGET_CHAPTER', { got: '"54"' }),
    'must be a budget chapter of four digits as in the state budget (kapittel, e.g. 0540; got "54")',
    'må være et budsjettkapittel på fire sifre som i statsbudsjettet (kapittel, f.eks. 0540; fikk «54»)',
  ],
  [
    msg('BUDGET_POST', { got: '"1"' }),
    'must be a budget post of two digits as in the state budget (post, e.g. 01; got "1")',
    'må være en budsjettpost på to sifre som i statsbudsjettet (post, f.eks. 01; fikk «1»)',
  ],
  [
    msg('BUDGET_ACCOUNT_OWN_BUDGET', { scheme: 'CO_FINANCING' }),
    "only an agency's own budget (OWN_BUDGET) has a budget chapter and post, not CO_FINANCING",
    'bare en virksomhets eget budsjett (OWN_BUDGET) har budsjettkapittel og post, ikke CO_FINANCING',
  ],
  [
    msg('BUDGET_POST_NEEDS_CHAPTER'),
    'a budget post needs its chapter, and a chapter its post',
    'en budsjettpost trenger kapitlet sitt, og et kapittel posten sin',
  ],
  [
    msg('IN_KIND_STIMULAB_ONLY', { scheme: 'DIGIFIN' }),
    'only StimuLab support (STIMULAB) is described as in kind, not DIGIFIN',
    'bare støtte fra StimuLab (STIMULAB) beskrives som støtte i form av tjenester, ikke DIGIFIN',
  ],
  [
    msg('REPORT_NOT_OWED', { code: 'DEMO-LIV-BEDRIFT', year: 2021, years: '2022–2025' }),
    'DEMO-LIV-BEDRIFT owes no co-financing report for 2021 (its reports: 2022–2025)',
    'DEMO-LIV-BEDRIFT skal ikke levere medfinansieringsrapport for 2021 (rapportene: 2022–2025)',
  ],
  [
    msg('REPORT_YEAR_NOT_OVER', { year: 2026 }),
    'the report for 2026 can be marked submitted once 2026 is over',
    'rapporten for 2026 kan markeres som levert når 2026 er omme',
  ],
  [
    msg('REPORT_ALREADY_SUBMITTED', { year: 2024, at: '2025-02-20', by: 'Eva Eier' }),
    'the report for 2024 was marked submitted on 2025-02-20 by Eva Eier',
    'rapporten for 2024 ble markert som levert 2025-02-20 av Eva Eier',
  ],
  [
    msg('REPORT_SUBMIT_ACCESS', { code: 'DEMO-LIV-BEDRIFT' }),
    "Only the owners of DEMO-LIV-BEDRIFT's owner organisation and administrators mark its co-financing reports submitted",
    'Bare eiere i eierorganisasjonen til DEMO-LIV-BEDRIFT og administratorer markerer medfinansieringsrapportene som levert',
  ],
];

describe('the coFinancing module’s messages', () => {
  it.each(EXAMPLES)('renders %j in both languages', (message, en, nb) => {
    expect(renderMessage(message, 'en')).toBe(en);
    expect(renderMessage(message, 'nb')).toBe(nb);
  });
});
