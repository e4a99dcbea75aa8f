/**
 * Messages as codes with parameters. A rule that refuses something says which rule (`code`) and with what
 * (`params`); the words are written once per language in the catalogues (en/, nb/), keyed by code, and
 * chosen where the answer leaves the API (GraphQL error formatting, HTTP error filter) or in the admin UI.
 */

/** The languages Gevinst writes its messages in: English and Norwegian Bokmål. */
export type Language = 'en' | 'nb';

/** A message's words in one language, given its parameters. */
export type Template<P> = (params: P) => string;

/** Values a message may carry: what was wrong, never a secret. */
export type ParamValue = string | number | boolean | null | readonly string[];
export type Params = Readonly<Record<string, ParamValue>>;

/** The templates of one module's messages in one language, keyed by code. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Templates = Record<string, (params: any) => string>;

/**
 * Another language's catalogue for the same codes as `E` (an English module), with the same parameters:
 * TypeScript refuses a missing code or a parameter the English does not have.
 */
export type CatalogueOf<E extends Templates> = { [C in keyof E]: (params: Parameters<E[C]>[0]) => string };
