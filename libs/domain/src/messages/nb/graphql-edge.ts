import type { CatalogueOf } from '../types';
import type { graphqlEdgeEn } from '../en/graphql-edge';
import { got, guillemets, or } from './words';

/** graphql-js's "Did you mean" list in Norwegian: «a», «b» eller «c». */
const suggested = (suggestion: string): string => or(guillemets(suggestion));

export const graphqlEdgeNb: CatalogueOf<typeof graphqlEdgeEn> = {
  DATABASE_UNAVAILABLE: () => 'Databasen er ikke tilgjengelig akkurat nå. Prøv igjen om litt.',
  INTERNAL_ERROR: () => 'Intern feil på serveren',
  NUMBER_TOO_LARGE: () => 'Et tall er for stort for feltet det lagres i',
  STATEMENT_TIMEOUT: () =>
    'Forespørselen brukte lenger tid enn databasen tillater og ble stoppet: be om mindre om gangen',
  TOO_MANY_STATEMENTS: () =>
    'Forespørselen trenger for mange databasespørringer og ble stoppet: be om færre felt eller mindre sider',

  INTROSPECTION_NEEDS_SIGN_IN: () =>
    'Logg inn (eller send en API-nøkkel) for å lese skjemaet med introspeksjon',
  NUL_CHARACTER: () => 'Tekst kan ikke inneholde NUL-tegn (\\u0000)',
  QUERY_TOO_COMPLEX: (p) =>
    `Spørringen er for kompleks (${p.complexity}; grensen er ${p.max}): be om færre felt eller mindre sider`,
  QUERY_TOO_MANY_FIELDS: (p) =>
    `Spørringen ber om for mange felt (${p.fields}; grensen er ${p.max}): be om færre felt`,
  QUERY_TOO_LARGE_TO_PRICE: (p) =>
    `Spørringen blir til for mange felt til å kunne prises (mer enn ${p.max}): be om færre felt`,

  MONEY_NOT_A_STRING: () =>
    'Money må være et desimaltall skrevet som tekst, for eksempel «1234.50» (kroner, høyst to desimaler)',
  MONEY_LITERAL_NOT_A_STRING: () => 'Money må være et desimaltall skrevet som tekst, for eksempel «1234.50»',
  LOCAL_DATE_NOT_A_STRING: () => 'LocalDate må være en tekst skrevet ÅÅÅÅ-MM-DD',
  DECIMAL_NOT_A_STRING: () =>
    'Decimal må være et desimaltall skrevet som tekst, for eksempel «1250.5» (eller et heltall)',
  DECIMAL_LITERAL_NOT_A_STRING: () =>
    'Decimal må være et desimaltall skrevet som tekst, for eksempel «1250.5»',
  DATE_FORMAT: (p) => `må være en dato skrevet ÅÅÅÅ-MM-DD (fikk ${got(p.got)})`,
  NOT_A_CALENDAR_DATE: (p) => `${p.date} er ikke en gyldig dato`,
  DECIMAL_FORMAT: (p) =>
    `må være et desimaltall med høyst 14 sifre før og 6 etter desimaltegnet, for eksempel «1250.5» (fikk ${got(p.got)})`,

  VARIABLE_INVALID_VALUE: (p) =>
    `Variabelen «$${p.variable}» har en ugyldig verdi ${p.value}${p.at === null ? '' : ` i «${p.at}»`}`,
  EXPECTED_VALUE_OF_TYPE: (p) => `Forventet en verdi av typen «${p.type}», fikk ${p.value}`,
  VARIABLE_NOT_PROVIDED: (p) => `Variabelen «$${p.variable}» av den påkrevde typen «${p.type}» mangler.`,
  VARIABLE_NULL: (p) => `Variabelen «$${p.variable}» av typen «${p.type}» kan ikke være null.`,
  FIELD_NOT_PROVIDED: (p) => `Feltet «${p.field}» av den påkrevde typen «${p.type}» mangler.`,
  FIELD_NOT_DEFINED: (p) =>
    `Feltet «${p.field}» finnes ikke i typen «${p.type}».` +
    (p.suggestion === null ? '' : ` Mente du ${suggested(p.suggestion)}?`),
  ENUM_VALUE_UNKNOWN: (p) =>
    `Verdien «${p.value}» finnes ikke i oppramsingen «${p.type}».` +
    (p.suggestion === null ? '' : ` Mente du verdien ${suggested(p.suggestion)}?`),
  ENUM_NOT_A_STRING: (p) =>
    `Oppramsingen «${p.type}» kan ikke representere en verdi som ikke er tekst: ${p.value}.` +
    (p.suggestion === null ? '' : ` Mente du verdien ${suggested(p.suggestion)}?`),
  EXPECTED_OBJECT: (p) => `Forventet at typen «${p.type}» er et objekt.`,
  EXPECTED_NON_NULL: (p) => `Typen «${p.type}» kan ikke være null.`,
  INT_NOT_INTEGER: (p) => `Int kan ikke representere en verdi som ikke er et heltall: ${p.value}`,
  INT_OUT_OF_RANGE: (p) => `Int kan ikke representere en verdi utenfor 32-biters heltall: ${p.value}`,
  FLOAT_NOT_NUMERIC: (p) => `Float kan ikke representere en verdi som ikke er et tall: ${p.value}`,
  STRING_NOT_STRING: (p) => `String kan ikke representere en verdi som ikke er tekst: ${p.value}`,
  BOOLEAN_NOT_BOOLEAN: (p) =>
    `Boolean kan ikke representere en verdi som ikke er true eller false: ${p.value}`,
  ID_NOT_ID: (p) => `ID kan ikke representere verdien ${p.value}`,
  IDEMPOTENCY_KEY_REUSED: (p) =>
    `Idempotency-Key «${p.key}» ble brukt til en annen forespørsel de siste 24 timene: send en ny nøkkel for en ny forespørsel`,
  IDEMPOTENCY_KEY_IN_PROGRESS: (p) =>
    `Den første forespørselen med Idempotency-Key «${p.key}» kjører fortsatt: vent på svaret, og prøv så igjen`,
  IDEMPOTENCY_KEY_INVALID: (p) => `Idempotency-Key-hodet må være 1 til ${p.max} skrivbare ASCII-tegn`,
};
