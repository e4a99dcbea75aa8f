import { type Message, msg, renderMessage } from './catalogue';

const ID = '3f1c2a9e-8b7d-4c6e-9a5f-1d2e3f4a5b6c';

// Hand-written examples: the English is exactly what the API answered before codes existed.
const EXAMPLES: [Message, string, string][] = [
  [
    msg('OWNER_REPORT_ACCESS', { title: 'Kortere saksbehandling' }),
    'Only users of the initiative\'s owner organisation or of the organisation receiving "Kortere saksbehandling" (or administrators) report on it',
    'Bare brukere i initiativets eierorganisasjon eller i organisasjonen som mottar «Kortere saksbehandling» (eller administratorer) kan rapportere på den',
  ],
  [
    msg('OWNER_REPORT_NOT_FOUND', { year: 2025, benefitId: ID }),
    `Benefit owner report 2025 of benefit ${ID} was not found`,
    `Fant ikke gevinsteierrapporten for 2025 for gevinsten ${ID}`,
  ],
  [
    msg('OWNER_REPORT_EXISTS', { title: 'Kortere saksbehandling', year: 2025, version: 2 }),
    '"Kortere saksbehandling" has a report for 2025 already (version 2); send that version to replace it',
    '«Kortere saksbehandling» har allerede en rapport for 2025 (versjon 2); send den versjonen for å erstatte den',
  ],
  [
    msg('MAP_SELF_DEPENDENCY'),
    'must differ from fromId: a node cannot depend on itself',
    'må være forskjellig fra fromId: et element kan ikke avhenge av seg selv',
  ],
  [
    msg('MAP_NODE_MISSING', { id: ID }),
    `no benefit or enabler has the id ${ID}`,
    `ingen gevinst, leveranse eller endring har id-en ${ID}`,
  ],
  [
    msg('MAP_OTHER_INITIATIVE', { title: 'Ny søknadsløsning', otherTitle: 'Kortere saksbehandling' }),
    '"Ny søknadsløsning" belongs to another initiative than "Kortere saksbehandling"',
    '«Ny søknadsløsning» hører til et annet initiativ enn «Kortere saksbehandling»',
  ],
  [
    msg('MAP_EDGE_EXISTS', { title: 'Kortere saksbehandling', dependsOn: 'Ny søknadsløsning' }),
    '"Kortere saksbehandling" depends on "Ny søknadsløsning" already',
    '«Kortere saksbehandling» avhenger allerede av «Ny søknadsløsning»',
  ],
  [
    msg('MAP_CYCLE', { path: ['Ny søknadsløsning', 'Kortere saksbehandling', 'Ny søknadsløsning'] }),
    'would create a cycle: "Ny søknadsløsning" → "Kortere saksbehandling" → "Ny søknadsløsning"; a benefits map has no cycles',
    'ville gitt en sirkulær avhengighet: «Ny søknadsløsning» → «Kortere saksbehandling» → «Ny søknadsløsning»; et gevinstkart kan ikke ha sirkulære avhengigheter',
  ],
];

describe('the benefitReport module’s messages', () => {
  it.each(EXAMPLES)('renders %j in both languages', (message, en, nb) => {
    expect(renderMessage(message, 'en')).toBe(en);
    expect(renderMessage(message, 'nb')).toBe(nb);
  });
});
