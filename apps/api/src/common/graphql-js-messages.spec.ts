import { msg, renderMessage } from '@gevinst/domain';
import { readGraphqlJsMessage, renderGraphqlJsMessage } from './graphql-js-messages.js';

/** The message in Norwegian, when the adapter knows it; `ours` is the API's own wrapped message. */
function nb(english: string, ours?: { en: string; nb: string }): string | null {
  const read = readGraphqlJsMessage(english, ours?.en ?? null);
  return read && renderGraphqlJsMessage(read, 'nb', ours?.nb ?? null);
}

/** Real answers of graphql-js 16 (through Apollo), with the Norwegian the API gives for each. */
const GRAPHQL_JS: [string, string][] = [
  [
    'Variable "$id" of required type "ID!" was not provided.',
    'Variabelen «$id» av den påkrevde typen «ID!» mangler.',
  ],
  [
    'Variable "$id" of non-null type "ID!" must not be null.',
    'Variabelen «$id» av typen «ID!» kan ikke være null.',
  ],
  [
    'Field "name" of required type "String!" was not provided.',
    'Feltet «name» av den påkrevde typen «String!» mangler.',
  ],
  [
    'Field "nme" is not defined by type "CreateOrganisationInput". Did you mean "name"?',
    'Feltet «nme» finnes ikke i typen «CreateOrganisationInput». Mente du «name»?',
  ],
  [
    'Value "ADMN" does not exist in "Role" enum. Did you mean the enum value "ADMIN"?',
    'Verdien «ADMN» finnes ikke i oppramsingen «Role». Mente du verdien «ADMIN»?',
  ],
  [
    'Enum "Role" cannot represent non-string value: 5.',
    'Oppramsingen «Role» kan ikke representere en verdi som ikke er tekst: 5.',
  ],
  ['Expected type "Sub" to be an object.', 'Forventet at typen «Sub» er et objekt.'],
  ['Expected non-nullable type "String!" not to be null.', 'Typen «String!» kan ikke være null.'],
  [
    'Int cannot represent non-integer value: 1.5',
    'Int kan ikke representere en verdi som ikke er et heltall: 1.5',
  ],
  [
    'Int cannot represent non 32-bit signed integer value: 1000000000000',
    'Int kan ikke representere en verdi utenfor 32-biters heltall: 1000000000000',
  ],
  [
    'Float cannot represent non numeric value: "y"',
    'Float kan ikke representere en verdi som ikke er et tall: "y"',
  ],
  [
    'String cannot represent a non string value: 5',
    'String kan ikke representere en verdi som ikke er tekst: 5',
  ],
  [
    'Boolean cannot represent a non boolean value: "x"',
    'Boolean kan ikke representere en verdi som ikke er true eller false: "x"',
  ],
  ['ID cannot represent value: true', 'ID kan ikke representere verdien true'],
  [
    'Variable "$i" got invalid value 1.5 at "i.year"; Int cannot represent non-integer value: 1.5',
    'Variabelen «$i» har en ugyldig verdi 1.5 i «i.year»; Int kan ikke representere en verdi som ikke er et heltall: 1.5',
  ],
  [
    'Variable "$input" got invalid value { nme: "x" }; Field "nme" is not defined by type "CreateOrganisationInput". Did you mean "name"?',
    'Variabelen «$input» har en ugyldig verdi { nme: "x" }; Feltet «nme» finnes ikke i typen «CreateOrganisationInput». Mente du «name»?',
  ],
  [
    // A value with "; " in it: the split that leaves a known message wins.
    'Variable "$s" got invalid value "a; b"; String cannot represent a non string value: "a; b"',
    'Variabelen «$s» har en ugyldig verdi "a; b"; String kan ikke representere en verdi som ikke er tekst: "a; b"',
  ],
];

describe('graphql-js’s own messages as codes', () => {
  it.each(GRAPHQL_JS)('reads %j', (english, norwegian) => {
    const read = readGraphqlJsMessage(english);
    expect(read).not.toBeNull();
    expect(renderGraphqlJsMessage(read!, 'en')).toBe(english);
    expect(renderGraphqlJsMessage(read!, 'nb')).toBe(norwegian);
  });

  it('returns the codes and parameters graphql-js’s words stand for', () => {
    expect(
      readGraphqlJsMessage(
        'Value "ADMN" does not exist in "Role" enum. Did you mean the enum value "ADMIN"?',
      ),
    ).toEqual({
      parts: [msg('ENUM_VALUE_UNKNOWN', { value: 'ADMN', type: 'Role', suggestion: '"ADMIN"' })],
      endsWithOurs: false,
    });
  });

  it('reads the API’s own message that graphql-js wrapped by the code the error carries', () => {
    const money = msg('MONEY_NOT_A_STRING');
    const ours = { en: renderMessage(money, 'en'), nb: renderMessage(money, 'nb') };
    expect(nb(`Variable "$input" got invalid value 12.5 at "input.plannedAmount"; ${ours.en}`, ours)).toBe(
      `Variabelen «$input» har en ugyldig verdi 12.5 i «input.plannedAmount»; ${ours.nb}`,
    );
    const date = msg('NOT_A_CALENDAR_DATE', { date: '2026-02-30' });
    const scalar = {
      en: `LocalDate ${renderMessage(date, 'en')}`,
      nb: `LocalDate ${renderMessage(date, 'nb')}`,
    };
    expect(
      nb(
        'Expected value of type "LocalDate", found "2026-02-30"; LocalDate 2026-02-30 is not a calendar date',
        scalar,
      ),
    ).toBe(
      'Forventet en verdi av typen «LocalDate», fikk "2026-02-30"; LocalDate 2026-02-30 er ikke en gyldig dato',
    );
    expect(readGraphqlJsMessage(ours.en, ours.en)).toBeNull();
  });

  it('leaves a message it does not know untranslated (the caller keeps the English)', () => {
    expect(nb('Something entirely new happened')).toBeNull();
    expect(nb('Variable "$x" got invalid value 1; something graphql-js says')).toBeNull();
    expect(nb('Cannot query field "nonsense" on type "Query".')).toBeNull();
  });

  // How fast is not asserted here (no timed tests: a busy machine made a 1 s limit fail); the length
  // limit that keeps a hostile message cheap is, and the resilience suite sends 1,000 hostile requests.
  it('leaves huge messages English without parsing them', () => {
    const value = JSON.stringify('a; b: '.repeat(2_000_000));
    expect(
      nb(
        `Variable "$i" got invalid value ${value} at "i.year"; Int cannot represent non-integer value: ${value}`,
      ),
    ).toBeNull();
    // Just under the length limit, with a "; " every three characters: every split is tried, quickly.
    expect(
      nb(`Variable "$i" got invalid value ${'x; '.repeat(1600)}; Int cannot represent non-integer value: 1`),
    ).toMatch(
      /^Variabelen «\$i» har en ugyldig verdi x; x; .*; Int kan ikke representere en verdi som ikke er et heltall: 1$/s,
    );
  });
});
