/**
 * English messages of the graphqlEdge module: what the API's edge says before or around a feature — the
 * database's state, the limits of a GraphQL request, the custom scalars — and graphql-js's own messages
 * about values that do not fit the schema (read back as codes by apps/api/src/common/graphql-js-messages.ts;
 * their English is graphql-js 16's, word for word). See ../types.ts for the conventions.
 */
export const graphqlEdgeEn = {
  DATABASE_UNAVAILABLE: () => 'The database is unavailable right now. Try again shortly.',
  INTERNAL_ERROR: () => 'Internal server error',
  /** PostgreSQL's numeric_value_out_of_range (the input validators refuse these first). */
  NUMBER_TOO_LARGE: () => 'A number is too large for the field it is stored in',
  /** PostgreSQL's query_canceled by the statement timeout. */
  STATEMENT_TIMEOUT: () =>
    'The request ran longer than the database allows and was stopped: ask for less at a time',
  TOO_MANY_STATEMENTS: () =>
    'The request needs too many database statements and was stopped: ask for fewer fields or smaller pages',

  // The limits of a GraphQL request (graphql/hardening.plugin.ts).
  INTROSPECTION_NEEDS_SIGN_IN: () => 'Sign in (or send an API token) to read the schema by introspection',
  /** The text says `\u0000` as written in JSON: a backslash, then u0000. */
  NUL_CHARACTER: () => 'Text must not contain NUL characters (\\u0000)',
  QUERY_TOO_COMPLEX: (p: { complexity: number; max: number }) =>
    `The query is too complex (${p.complexity}; the limit is ${p.max}): ask for fewer fields or smaller pages`,
  QUERY_TOO_MANY_FIELDS: (p: { fields: number; max: number }) =>
    `The query selects too many fields (${p.fields}; the limit is ${p.max}): ask for fewer fields`,
  QUERY_TOO_LARGE_TO_PRICE: (p: { max: number }) =>
    `The query expands to too many fields to be priced (more than ${p.max}): ask for fewer fields`,

  // The custom scalars (common/scalars). A scalar's problem with a value is said as "<Scalar> <problem>".
  MONEY_NOT_A_STRING: () => 'Money must be a decimal string such as "1234.50" (NOK, at most two decimals)',
  MONEY_LITERAL_NOT_A_STRING: () => 'Money must be a decimal string such as "1234.50"',
  LOCAL_DATE_NOT_A_STRING: () => 'LocalDate must be a string written YYYY-MM-DD',
  DECIMAL_NOT_A_STRING: () => 'Decimal must be a decimal string such as "1250.5" (or a whole number)',
  DECIMAL_LITERAL_NOT_A_STRING: () => 'Decimal must be a decimal string such as "1250.5"',
  /** `got`: the value as sent, quoted. */
  DATE_FORMAT: (p: { got: string }) => `must be a date written YYYY-MM-DD (got ${p.got})`,
  NOT_A_CALENDAR_DATE: (p: { date: string }) => `${p.date} is not a calendar date`,
  DECIMAL_FORMAT: (p: { got: string }) =>
    `must be a decimal number with at most 14 digits before the point and 6 after, such as "1250.5" (got ${p.got})`,

  // graphql-js's own messages. `value` is a value as graphql-js prints it (a string in double quotes);
  // `suggestion` is its "Did you mean" list as it wrote it ("name", or "a", "b", or "c").
  /** Wraps what was wrong with the value: graphql-js adds "; " and the value's own message. */
  VARIABLE_INVALID_VALUE: (p: { variable: string; value: string; at: string | null }) =>
    `Variable "$${p.variable}" got invalid value ${p.value}${p.at === null ? '' : ` at "${p.at}"`}`,
  /** Wraps what was wrong with a literal: graphql-js adds "; " and the value's own message. */
  EXPECTED_VALUE_OF_TYPE: (p: { type: string; value: string }) =>
    `Expected value of type "${p.type}", found ${p.value}`,
  VARIABLE_NOT_PROVIDED: (p: { variable: string; type: string }) =>
    `Variable "$${p.variable}" of required type "${p.type}" was not provided.`,
  VARIABLE_NULL: (p: { variable: string; type: string }) =>
    `Variable "$${p.variable}" of non-null type "${p.type}" must not be null.`,
  FIELD_NOT_PROVIDED: (p: { field: string; type: string }) =>
    `Field "${p.field}" of required type "${p.type}" was not provided.`,
  FIELD_NOT_DEFINED: (p: { field: string; type: string; suggestion: string | null }) =>
    `Field "${p.field}" is not defined by type "${p.type}".` +
    (p.suggestion === null ? '' : ` Did you mean ${p.suggestion}?`),
  ENUM_VALUE_UNKNOWN: (p: { value: string; type: string; suggestion: string | null }) =>
    `Value "${p.value}" does not exist in "${p.type}" enum.` +
    (p.suggestion === null ? '' : ` Did you mean the enum value ${p.suggestion}?`),
  ENUM_NOT_A_STRING: (p: { type: string; value: string; suggestion: string | null }) =>
    `Enum "${p.type}" cannot represent non-string value: ${p.value}.` +
    (p.suggestion === null ? '' : ` Did you mean the enum value ${p.suggestion}?`),
  EXPECTED_OBJECT: (p: { type: string }) => `Expected type "${p.type}" to be an object.`,
  EXPECTED_NON_NULL: (p: { type: string }) => `Expected non-nullable type "${p.type}" not to be null.`,
  INT_NOT_INTEGER: (p: { value: string }) => `Int cannot represent non-integer value: ${p.value}`,
  INT_OUT_OF_RANGE: (p: { value: string }) =>
    `Int cannot represent non 32-bit signed integer value: ${p.value}`,
  FLOAT_NOT_NUMERIC: (p: { value: string }) => `Float cannot represent non numeric value: ${p.value}`,
  STRING_NOT_STRING: (p: { value: string }) => `String cannot represent a non string value: ${p.value}`,
  BOOLEAN_NOT_BOOLEAN: (p: { value: string }) => `Boolean cannot represent a non boolean value: ${p.value}`,
  ID_NOT_ID: (p: { value: string }) => `ID cannot represent value: ${p.value}`,
  /** An Idempotency-Key header sent again with another request than the first time it was used. */
  IDEMPOTENCY_KEY_REUSED: (p: { key: string }) =>
    `Idempotency-Key "${p.key}" was used for another request in the last 24 hours: send a new key for a new request`,
  /** The first request with this Idempotency-Key has not answered yet. */
  IDEMPOTENCY_KEY_IN_PROGRESS: (p: { key: string }) =>
    `The first request with Idempotency-Key "${p.key}" is still running: wait for its answer, then retry`,
  /** An Idempotency-Key header that is empty, too long or has characters outside printable ASCII. */
  IDEMPOTENCY_KEY_INVALID: (p: { max: number }) =>
    `The Idempotency-Key header must be 1 to ${p.max} printable ASCII characters`,
};
