import { type Message, msg, renderMessage } from './catalogue';

const ID = '3f1c2a9e-8b7d-4c6e-9a5f-1d2e3f4a5b6c';
const CODE = 'DEMO-LIV-BEDRIFT';

// Hand-written examples: the English is exactly what the API answered before codes existed.
const EXAMPLES: [Message, string, string][] = [
  [
    msg('INITIATIVE_CREATE_ACCESS'),
    'Only initiative owners of the owner organisation (or administrators) create its initiatives',
    'Bare initiativeiere i eierorganisasjonen (eller administratorer) kan opprette initiativer for den',
  ],
  [
    msg('INITIATIVE_EDIT_ACCESS', { code: CODE }),
    `Only initiative owners of the owner organisation (or administrators) change ${CODE}`,
    `Bare initiativeiere i eierorganisasjonen (eller administratorer) kan endre ${CODE}`,
  ],
  [
    msg('INITIATIVE_HANDOVER'),
    'Only administrators hand an initiative over to another organisation',
    'Bare administratorer kan overføre et initiativ til en annen organisasjon',
  ],
  [
    msg('OWNER_TAKES_PART'),
    // No role code in either language (issue 17): the role in words.
    'the owner takes part already, as the owner',
    'eieren deltar allerede, som eier',
  ],
  [
    msg('ONLY_OWNER_IS_OWNER'),
    'only the owner organisation has the role owner',
    'bare eierorganisasjonen har rollen eier',
  ],
  [
    msg('OWNER_ROLE_BY_UPDATE'),
    "only the owner organisation has the role owner; change the initiative's owner instead",
    'bare eierorganisasjonen har rollen eier; bytt heller eier av initiativet',
  ],
  [
    // The organisation by name and its role in words, not PARTNER (issue 17).
    msg('ALREADY_TAKES_PART', { code: CODE, role: 'PARTNER', organisation: 'Bergen kommune' }),
    `Bergen kommune already takes part in ${CODE} as a partner`,
    `Bergen kommune deltar allerede i ${CODE} som samarbeidspartner`,
  ],
  [
    msg('ALREADY_TAKES_PART', { code: CODE, role: 'BENEFICIARY', organisation: 'Oslo kommune' }),
    `Oslo kommune already takes part in ${CODE} as a beneficiary`,
    `Oslo kommune deltar allerede i ${CODE} som gevinstmottaker`,
  ],
  [
    msg('PARTICIPANT_NOT_FOUND', { code: CODE, id: ID }),
    `Participant of ${CODE} ${ID} was not found`,
    `Organisasjonen ${ID} deltar ikke i ${CODE}`,
  ],
  [
    msg('COST_GROUP_FORMAT'),
    'must be 1–40 letters, digits, dashes or underscores',
    'må være 1–40 bokstaver, sifre, bindestreker eller understreker',
  ],
  [
    msg('OWNER_NOT_REMOVABLE'),
    "the owner cannot be removed; change the initiative's owner first",
    'eieren kan ikke fjernes; bytt eier av initiativet først',
  ],
  [
    msg('NOT_BEFORE_FIELD', { field: 'startDate', date: '2026-01-01' }),
    'must not be before startDate (2026-01-01)',
    'kan ikke være før startDate (2026-01-01)',
  ],
  [
    msg('NOT_A_MINISTRY', { name: 'Brønnøysundregistrene', kind: 'STATE_AGENCY' }),
    'must be a ministry (Brønnøysundregistrene is STATE_AGENCY)',
    'må være et departement (Brønnøysundregistrene er en statlig virksomhet)',
  ],
  [
    msg('COST_SHARING_KEY_MISSING', { id: ID }),
    `cost-sharing key ${ID} does not exist`,
    `fordelingsnøkkelen ${ID} finnes ikke`,
  ],
  [
    msg('INITIATIVE_CODE_TAKEN', { code: CODE, name: 'Starte og drive en bedrift' }),
    `${CODE} is already used by "Starte og drive en bedrift"`,
    `${CODE} er allerede brukt av «Starte og drive en bedrift»`,
  ],
  [
    msg('GRANT_NAMES_NO_ORGANISATION', { scheme: 'CO_FINANCING' }),
    "must be empty: a CO_FINANCING grant is paid by the scheme, not from an organisation's own budget",
    'skal stå tomt: et tilskudd fra CO_FINANCING betales av ordningen, ikke av en organisasjons eget budsjett',
  ],
];

describe('the initiative module’s messages', () => {
  it.each(EXAMPLES)('renders %j in both languages', (message, en, nb) => {
    expect(renderMessage(message, 'en')).toBe(en);
    expect(renderMessage(message, 'nb')).toBe(nb);
  });
});
