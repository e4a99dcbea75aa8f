import { type Message, msg, renderMessage } from './catalogue';

// Hand-written examples: the English is exactly what the API (or graphql-js) answered before codes existed.
const EXAMPLES: [Message, string, string][] = [
  [
    msg('DATABASE_UNAVAILABLE'),
    'The database is unavailable right now. Try again shortly.',
    'Databasen er ikke tilgjengelig akkurat nå. Prøv igjen om litt.',
  ],
  [msg('INTERNAL_ERROR'), 'Internal server error', 'Intern feil på serveren'],
  [
    msg('NUMBER_TOO_LARGE'),
    'A number is too large for the field it is stored in',
    'Et tall er for stort for feltet det lagres i',
  ],
  [
    msg('STATEMENT_TIMEOUT'),
    'The request ran longer than the database allows and was stopped: ask for less at a time',
    'Forespørselen brukte lenger tid enn databasen tillater og ble stoppet: be om mindre om gangen',
  ],
  [
    msg('TOO_MANY_STATEMENTS'),
    'The request needs too many database statements and was stopped: ask for fewer fields or smaller pages',
    'Forespørselen trenger for mange databasespørringer og ble stoppet: be om færre felt eller mindre sider',
  ],
  [
    msg('INTROSPECTION_NEEDS_SIGN_IN'),
    'Sign in (or send an API token) to read the schema by introspection',
    'Logg inn (eller send en API-nøkkel) for å lese skjemaet med introspeksjon',
  ],
  [
    msg('NUL_CHARACTER'),
    'Text must not contain NUL characters (\\u0000)',
    'Tekst kan ikke inneholde NUL-tegn (\\u0000)',
  ],
  [
    msg('QUERY_TOO_COMPLEX', { complexity: 25001, max: 25000 }),
    'The query is too complex (25001; the limit is 25000): ask for fewer fields or smaller pages',
    'Spørringen er for kompleks (25001; grensen er 25000): be om færre felt eller mindre sider',
  ],
  [
    msg('QUERY_TOO_MANY_FIELDS', { fields: 10001, max: 2000 }),
    'The query selects too many fields (10001; the limit is 2000): ask for fewer fields',
    'Spørringen ber om for mange felt (10001; grensen er 2000): be om færre felt',
  ],
  [
    msg('QUERY_TOO_LARGE_TO_PRICE', { max: 2000 }),
    'The query expands to too many fields to be priced (more than 2000): ask for fewer fields',
    'Spørringen blir til for mange felt til å kunne prises (mer enn 2000): be om færre felt',
  ],
  [
    msg('MONEY_NOT_A_STRING'),
    'Money must be a decimal string such as "1234.50" (NOK, at most two decimals)',
    'Money må være et desimaltall skrevet som tekst, for eksempel «1234.50» (kroner, høyst to desimaler)',
  ],
  [
    msg('MONEY_LITERAL_NOT_A_STRING'),
    'Money must be a decimal string such as "1234.50"',
    'Money må være et desimaltall skrevet som tekst, for eksempel «1234.50»',
  ],
  [
    msg('LOCAL_DATE_NOT_A_STRING'),
    'LocalDate must be a string written YYYY-MM-DD',
    'LocalDate må være en tekst skrevet ÅÅÅÅ-MM-DD',
  ],
  [
    msg('DECIMAL_NOT_A_STRING'),
    'Decimal must be a decimal string such as "1250.5" (or a whole number)',
    'Decimal må være et desimaltall skrevet som tekst, for eksempel «1250.5» (eller et heltall)',
  ],
  [
    msg('DECIMAL_LITERAL_NOT_A_STRING'),
    'Decimal must be a decimal string such as "1250.5"',
    'Decimal må være et desimaltall skrevet som tekst, for eksempel «1250.5»',
  ],
  [
    msg('DATE_FORMAT', { got: '"23.11.2026"' }),
    'must be a date written YYYY-MM-DD (got "23.11.2026")',
    'må være en dato skrevet ÅÅÅÅ-MM-DD (fikk «23.11.2026»)',
  ],
  [
    msg('NOT_A_CALENDAR_DATE', { date: '2026-02-30' }),
    '2026-02-30 is not a calendar date',
    '2026-02-30 er ikke en gyldig dato',
  ],
  [
    msg('DECIMAL_FORMAT', { got: '"1,5"' }),
    'must be a decimal number with at most 14 digits before the point and 6 after, such as "1250.5" (got "1,5")',
    'må være et desimaltall med høyst 14 sifre før og 6 etter desimaltegnet, for eksempel «1250.5» (fikk «1,5»)',
  ],
  [
    msg('VARIABLE_INVALID_VALUE', { variable: 'input', value: '"12,5"', at: 'input.plannedAmount' }),
    'Variable "$input" got invalid value "12,5" at "input.plannedAmount"',
    'Variabelen «$input» har en ugyldig verdi "12,5" i «input.plannedAmount»',
  ],
  [
    msg('VARIABLE_INVALID_VALUE', { variable: 'year', value: '1.5', at: null }),
    'Variable "$year" got invalid value 1.5',
    'Variabelen «$year» har en ugyldig verdi 1.5',
  ],
  [
    msg('EXPECTED_VALUE_OF_TYPE', { type: 'LocalDate', value: '"2026-02-30"' }),
    'Expected value of type "LocalDate", found "2026-02-30"',
    'Forventet en verdi av typen «LocalDate», fikk "2026-02-30"',
  ],
  [
    msg('VARIABLE_NOT_PROVIDED', { variable: 'id', type: 'ID!' }),
    'Variable "$id" of required type "ID!" was not provided.',
    'Variabelen «$id» av den påkrevde typen «ID!» mangler.',
  ],
  [
    msg('VARIABLE_NULL', { variable: 'id', type: 'ID!' }),
    'Variable "$id" of non-null type "ID!" must not be null.',
    'Variabelen «$id» av typen «ID!» kan ikke være null.',
  ],
  [
    msg('FIELD_NOT_PROVIDED', { field: 'name', type: 'String!' }),
    'Field "name" of required type "String!" was not provided.',
    'Feltet «name» av den påkrevde typen «String!» mangler.',
  ],
  [
    msg('FIELD_NOT_DEFINED', { field: 'nme', type: 'CreateOrganisationInput', suggestion: '"name"' }),
    'Field "nme" is not defined by type "CreateOrganisationInput". Did you mean "name"?',
    'Feltet «nme» finnes ikke i typen «CreateOrganisationInput». Mente du «name»?',
  ],
  [
    msg('FIELD_NOT_DEFINED', { field: 'x', type: 'Sub', suggestion: '"a", "b", or "c"' }),
    'Field "x" is not defined by type "Sub". Did you mean "a", "b", or "c"?',
    'Feltet «x» finnes ikke i typen «Sub». Mente du «a», «b», eller «c»?',
  ],
  [
    msg('FIELD_NOT_DEFINED', { field: 'x', type: 'Sub', suggestion: null }),
    'Field "x" is not defined by type "Sub".',
    'Feltet «x» finnes ikke i typen «Sub».',
  ],
  [
    msg('ENUM_VALUE_UNKNOWN', { value: 'ADMN', type: 'Role', suggestion: '"ADMIN"' }),
    'Value "ADMN" does not exist in "Role" enum. Did you mean the enum value "ADMIN"?',
    'Verdien «ADMN» finnes ikke i oppramsingen «Role». Mente du verdien «ADMIN»?',
  ],
  [
    msg('ENUM_NOT_A_STRING', { type: 'Role', value: '5', suggestion: null }),
    'Enum "Role" cannot represent non-string value: 5.',
    'Oppramsingen «Role» kan ikke representere en verdi som ikke er tekst: 5.',
  ],
  [
    msg('EXPECTED_OBJECT', { type: 'Sub' }),
    'Expected type "Sub" to be an object.',
    'Forventet at typen «Sub» er et objekt.',
  ],
  [
    msg('EXPECTED_NON_NULL', { type: 'String!' }),
    'Expected non-nullable type "String!" not to be null.',
    'Typen «String!» kan ikke være null.',
  ],
  [
    msg('INT_NOT_INTEGER', { value: '1.5' }),
    'Int cannot represent non-integer value: 1.5',
    'Int kan ikke representere en verdi som ikke er et heltall: 1.5',
  ],
  [
    msg('INT_OUT_OF_RANGE', { value: '1000000000000' }),
    'Int cannot represent non 32-bit signed integer value: 1000000000000',
    'Int kan ikke representere en verdi utenfor 32-biters heltall: 1000000000000',
  ],
  [
    msg('FLOAT_NOT_NUMERIC', { value: '"y"' }),
    'Float cannot represent non numeric value: "y"',
    'Float kan ikke representere en verdi som ikke er et tall: "y"',
  ],
  [
    msg('STRING_NOT_STRING', { value: '5' }),
    'String cannot represent a non string value: 5',
    'String kan ikke representere en verdi som ikke er tekst: 5',
  ],
  [
    msg('BOOLEAN_NOT_BOOLEAN', { value: '"x"' }),
    'Boolean cannot represent a non boolean value: "x"',
    'Boolean kan ikke representere en verdi som ikke er true eller false: "x"',
  ],
  [
    msg('ID_NOT_ID', { value: 'true' }),
    'ID cannot represent value: true',
    'ID kan ikke representere verdien true',
  ],
  [
    msg('IDEMPOTENCY_KEY_REUSED', { key: 'k-1' }),
    'Idempotency-Key "k-1" was used for another request in the last 24 hours: send a new key for a new request',
    'Idempotency-Key «k-1» ble brukt til en annen forespørsel de siste 24 timene: send en ny nøkkel for en ny forespørsel',
  ],
  [
    msg('IDEMPOTENCY_KEY_IN_PROGRESS', { key: 'k-1' }),
    'The first request with Idempotency-Key "k-1" is still running: wait for its answer, then retry',
    'Den første forespørselen med Idempotency-Key «k-1» kjører fortsatt: vent på svaret, og prøv så igjen',
  ],
  [
    msg('IDEMPOTENCY_KEY_INVALID', { max: 200 }),
    'The Idempotency-Key header must be 1 to 200 printable ASCII characters',
    'Idempotency-Key-hodet må være 1 til 200 skrivbare ASCII-tegn',
  ],
];

describe('the graphqlEdge module’s messages', () => {
  it.each(EXAMPLES)('renders %j in both languages', (message, en, nb) => {
    expect(renderMessage(message, 'en')).toBe(en);
    expect(renderMessage(message, 'nb')).toBe(nb);
  });
});
