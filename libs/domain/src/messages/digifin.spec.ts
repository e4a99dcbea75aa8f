import { type Message, msg, renderMessage } from './catalogue';

// Hand-written examples of the funding schemes' eligibility and the DigiFin ledger's messages.
const EXAMPLES: [Message, string, string][] = [
  [
    msg('CO_FINANCING_NEEDS_STATE_AGENCY', { owner: 'Bergen', kind: 'MUNICIPALITY' }),
    'a CO_FINANCING grant goes only to an initiative owned by a state agency (STATE_AGENCY); Bergen is MUNICIPALITY — municipalities and counties take part in co-financing only as partners',
    'medfinansiering (CO_FINANCING) gis bare til initiativer som eies av en statlig virksomhet; Bergen er en kommune – kommuner og fylkeskommuner kan bare være partnere',
  ],
  [
    msg('DIGIFIN_NEEDS_LOCAL_OWNER', { owner: 'Direktoratet for byggkvalitet', kind: 'STATE_AGENCY' }),
    'a DIGIFIN grant goes only to an initiative owned by a municipality, a county authority or KS; Direktoratet for byggkvalitet is STATE_AGENCY',
    'DigiFin-tilskudd (DIGIFIN) gis bare til initiativer som eies av en kommune, en fylkeskommune eller KS; Direktoratet for byggkvalitet er en statlig virksomhet',
  ],
  [
    msg('OWNER_MAKES_GRANT_INELIGIBLE', { owner: 'Bergen', kind: 'MUNICIPALITY', scheme: 'CO_FINANCING' }),
    'Bergen (MUNICIPALITY) cannot own this initiative: its funding plan has a CO_FINANCING grant, which that owner may not receive; change the funding plan first',
    'Bergen (en kommune) kan ikke eie dette initiativet: finansieringsplanen har tilskudd fra CO_FINANCING, som den eieren ikke kan motta; endre finansieringsplanen først',
  ],
  [
    msg('DIGIFIN_RULE_INVALID', { year: 2024, what: 'rate "abc"' }),
    'the DigiFin contribution rule of 2024 is not usable: rate "abc"',
    'DigiFin-bidragsregelen for 2024 kan ikke brukes: rate "abc"',
  ],
  [
    msg('DIGIFIN_POPULATION_MISSING', { year: 2019, populationYear: 2019, count: 2, names: 'Bergen, Oslo' }),
    'the DigiFin contributions of 2019 need the population of 2019, which 2 organisation(s) lack: Bergen, Oslo',
    'DigiFin-bidragene for 2019 trenger innbyggertallet for 2019, som 2 organisasjon(er) mangler: Bergen, Oslo',
  ],
];

describe('the DigiFin module’s messages', () => {
  it.each(EXAMPLES)('renders %j in both languages', (message, en, nb) => {
    expect(renderMessage(message, 'en')).toBe(en);
    expect(renderMessage(message, 'nb')).toBe(nb);
  });
});
