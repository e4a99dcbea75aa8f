import { type Language, type Message, msg, renderMessage } from '@gevinst/domain';

/**
 * graphql-js's own messages, read back as codes of the graphqlEdge module.
 *
 * Why this parses text: graphql-js — a library we do not own — refuses values that do not fit the schema
 * (variables, literals, enums, its built-in scalars) with English sentences and nothing else: no code, no
 * parameters. Reading the sentence is the only way to know which rule it applied, so this file is the one
 * place that does it. It knows the shapes graphql-js 16 writes (see the `graphql` examples in
 * graphql-js-messages.spec.ts, taken from real answers) and returns each as a message code with its
 * parameters, which the language plugin renders like the API's own. A sentence it does not know gives
 * null, and the answer stays English. Everything the API itself says is a code at its source.
 *
 * graphql-js also wraps a message: `Variable "$x" got invalid value …; <what was wrong>` and
 * `Expected value of type "T", found …; <what was wrong>`. What follows the "; " is graphql-js's own
 * words again, or the API's own message (a scalar's problem) — which the caller knows from the error's
 * code, so it is passed in rather than read.
 */

/** A message graphql-js wrote, as codes: its parts joined by "; ", the last possibly the API's own. */
export interface GraphqlJsMessage {
  /** graphql-js's words, as codes of the graphqlEdge module, in order. */
  parts: Message[];
  /** True when graphql-js wrapped the API's own message, which follows the parts. */
  endsWithOurs: boolean;
}

/**
 * Longer messages are left as they are: graphql-js quotes the offending value back, which may be many
 * megabytes, and reading it must not cost the server time.
 */
const MAX_MESSAGE_LENGTH = 5000;

/** "Did you mean …?" at the end of some messages: the list as graphql-js wrote it. */
const SUGGESTION = '(?: Did you mean (.+)\\?)?';
const ENUM_SUGGESTION = '(?: Did you mean the enum value (.+)\\?)?';

/** graphql-js's complete messages: the pattern, anchored at both ends, and the message it says. */
const OWN: readonly [RegExp, (parts: string[]) => Message][] = [
  [
    /^Variable "\$(\w+)" of required type "([^"]+)" was not provided\.$/,
    ([variable, type]) => msg('VARIABLE_NOT_PROVIDED', { variable, type }),
  ],
  [
    /^Variable "\$(\w+)" of non-null type "([^"]+)" must not be null\.$/,
    ([variable, type]) => msg('VARIABLE_NULL', { variable, type }),
  ],
  [
    /^Field "([^"]+)" of required type "([^"]+)" was not provided\.$/,
    ([field, type]) => msg('FIELD_NOT_PROVIDED', { field, type }),
  ],
  [
    new RegExp(`^Field "([^"]+)" is not defined by type "([^"]+)"\\.${SUGGESTION}$`),
    ([field, type, suggestion]) => msg('FIELD_NOT_DEFINED', { field, type, suggestion: suggestion ?? null }),
  ],
  [
    new RegExp(`^Value "([^"]*)" does not exist in "([^"]+)" enum\\.${ENUM_SUGGESTION}$`),
    ([value, type, suggestion]) => msg('ENUM_VALUE_UNKNOWN', { value, type, suggestion: suggestion ?? null }),
  ],
  [
    new RegExp(`^Enum "([^"]+)" cannot represent non-string value: (.+)\\.${ENUM_SUGGESTION}$`, 's'),
    ([type, value, suggestion]) => msg('ENUM_NOT_A_STRING', { type, value, suggestion: suggestion ?? null }),
  ],
  [/^Expected type "([^"]+)" to be an object\.$/, ([type]) => msg('EXPECTED_OBJECT', { type })],
  [/^Expected non-nullable type "([^"]+)" not to be null\.$/, ([type]) => msg('EXPECTED_NON_NULL', { type })],
  [/^Int cannot represent non-integer value: (.+)$/s, ([value]) => msg('INT_NOT_INTEGER', { value })],
  [
    /^Int cannot represent non 32-bit signed integer value: (.+)$/s,
    ([value]) => msg('INT_OUT_OF_RANGE', { value }),
  ],
  [/^Float cannot represent non numeric value: (.+)$/s, ([value]) => msg('FLOAT_NOT_NUMERIC', { value })],
  [/^String cannot represent a non string value: (.+)$/s, ([value]) => msg('STRING_NOT_STRING', { value })],
  [
    /^Boolean cannot represent a non boolean value: (.+)$/s,
    ([value]) => msg('BOOLEAN_NOT_BOOLEAN', { value }),
  ],
  [/^ID cannot represent value: (.+)$/s, ([value]) => msg('ID_NOT_ID', { value })],
];

/** graphql-js's wrappers: the part before "; ", anchored at both ends, and the message it says. */
const WRAPPERS: readonly [RegExp, (parts: string[]) => Message][] = [
  [
    /^Variable "\$(\w+)" got invalid value (.+?)(?: at "([^"]+)")?$/s,
    ([variable, value, at]) => msg('VARIABLE_INVALID_VALUE', { variable, value, at: at ?? null }),
  ],
  [
    /^Expected value of type "([^"]+)", found (.+)$/s,
    ([type, value]) => msg('EXPECTED_VALUE_OF_TYPE', { type, value }),
  ],
];

function matchFirst(
  text: string,
  patterns: readonly [RegExp, (parts: string[]) => Message][],
): Message | null {
  for (const [pattern, message] of patterns) {
    const match = pattern.exec(text);
    if (match) return message(match.slice(1));
  }
  return null;
}

function read(text: string, ours: string | null): GraphqlJsMessage | null {
  if (ours !== null && text === ours) return { parts: [], endsWithOurs: true };
  const own = matchFirst(text, OWN);
  if (own) return { parts: [own], endsWithOurs: false };
  // A wrapper: its value may itself contain "; ", so every split is tried until the rest is known.
  for (let at = text.indexOf('; '); at >= 0; at = text.indexOf('; ', at + 1)) {
    const wrapper = matchFirst(text.slice(0, at), WRAPPERS);
    if (!wrapper) continue;
    const rest = read(text.slice(at + 2), ours);
    if (rest) return { parts: [wrapper, ...rest.parts], endsWithOurs: rest.endsWithOurs };
  }
  return null;
}

/**
 * What graphql-js said in `text`, as codes; null when it is not a message of graphql-js's that this knows.
 * `ours` is the English of the API's own message the error carries (by its code), which graphql-js may
 * have wrapped.
 */
export function readGraphqlJsMessage(text: string, ours: string | null = null): GraphqlJsMessage | null {
  if (text.length > MAX_MESSAGE_LENGTH) return null;
  const result = read(text, ours);
  // The API's own message alone is not graphql-js's: the caller renders it by its code.
  return result && result.parts.length > 0 ? result : null;
}

/** The message in `language`; `ours` is the API's own wrapped message in that language. */
export function renderGraphqlJsMessage(
  message: GraphqlJsMessage,
  language: Language,
  ours: string | null = null,
): string {
  const parts = message.parts.map((part) => renderMessage(part, language));
  return (message.endsWithOurs && ours !== null ? [...parts, ours] : parts).join('; ');
}
