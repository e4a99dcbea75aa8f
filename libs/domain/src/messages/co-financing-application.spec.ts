import { type Message, msg, renderMessage } from './catalogue';

// Hand-written examples of the co-financing application module's messages, in both languages.
const EXAMPLES: [Message, string, string][] = [
  [
    msg('MEDFIN_GRANT_ABOVE_CAP', { category: 'CATEGORY_1', max: '15000000.00', got: '15000000.01' }),
    'The requested grant 15,000,000.01 NOK is above the category 1 cap of 15,000,000.00 NOK',
    'Omsøkt beløp 15\u00a0000\u00a0000,01 kr er over taket for kategori 1 på 15\u00a0000\u00a0000,00 kr',
  ],
  [
    msg('MEDFIN_GRANT_ABOVE_SHARE', {
      category: 'CATEGORY_2',
      percent: 85,
      max: '85000000.00',
      got: '85000000.01',
    }),
    'The requested grant 85,000,000.01 NOK is more than 85 % of the total cost (85,000,000.00 NOK) allowed in category 2',
    'Omsøkt beløp 85\u00a0000\u00a0000,01 kr er mer enn 85 % av samlet kostnad (85\u00a0000\u00a0000,00 kr), som er det kategori 2 tillater',
  ],
  [
    msg('MEDFIN_LOCAL_ONLY_PARTNER', { name: 'Oslo', kind: 'MUNICIPALITY' }),
    'Municipalities and county authorities take part only as partners: Oslo is a municipality and cannot apply',
    'Kommuner og fylkeskommuner kan bare være partnere: Oslo er en kommune og kan ikke søke',
  ],
  [
    msg('MEDFIN_KS_NOT_CONSULTED', { count: 7, names: ['Oslo', 'Bergen'] }),
    'KS must be consulted when municipalities or county authorities take part (7: Oslo, Bergen, …); no consultation is recorded',
    'KS skal konsulteres når kommuner eller fylkeskommuner deltar (7: Oslo, Bergen, …); ingen konsultasjon er registrert',
  ],
  [
    msg('MEDFIN_NOT_DRAFT', { status: 'SUBMITTED' }),
    'The application is submitted: only a draft can be changed or submitted',
    'Søknaden er sendt inn: bare et utkast kan endres eller sendes inn',
  ],
  [
    msg('MEDFIN_NOT_ELIGIBLE', { codes: ['MEDFIN_KS_NOT_CONSULTED'] }),
    'The application cannot be approved while the rules are breached without an exception: MEDFIN_KS_NOT_CONSULTED',
    'Søknaden kan ikke innvilges så lenge reglene brytes uten unntak: MEDFIN_KS_NOT_CONSULTED',
  ],
  [
    msg('MEDFIN_NOT_PROFITABLE', { npv: '-1200000.50' }),
    'The project must be socio-economically profitable: its net present value is -1,200,000.50 NOK',
    'Prosjektet må være samfunnsøkonomisk lønnsomt: netto nåverdi er -1\u00a0200\u00a0000,50 kr',
  ],
  [
    msg('NOT_FOUND', { entity: 'Co-financing call', id: 'x' }),
    'Co-financing call x was not found',
    'Fant ikke utlysningen x',
  ],
];

describe('the coFinancingApplication module’s messages', () => {
  it.each(EXAMPLES)('renders %j in both languages', (message, en, nb) => {
    expect(renderMessage(message, 'en')).toBe(en);
    expect(renderMessage(message, 'nb')).toBe(nb);
  });
});
