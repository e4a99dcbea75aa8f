import { type Language, isMessage, renderMessage } from '@gevinst/domain';
import { readGraphqlJsMessage, renderGraphqlJsMessage } from './graphql-js-messages.js';

/** The languages of the API's error messages: English (the source) and Norwegian Bokmål. */
export type ErrorLanguage = 'en' | 'nb';

/** Language tags read as Norwegian Bokmål: Bokmål, "Norwegian" and Nynorsk (no Nynorsk texts exist). */
const NORWEGIAN = new Set(['nb', 'no', 'nn', 'nob', 'nno']);

/**
 * The language of error messages for an `Accept-Language` header: the supported language the client
 * ranks highest (by q-value, then by order), so `nb`, `no`, `nn`, `nb-NO` → 'nb' and `en-GB` → 'en'.
 * Anything else, or no header, is English.
 */
export function errorLanguageOf(acceptLanguage: string | null | undefined): ErrorLanguage {
  if (!acceptLanguage) return 'en';
  const ranges = acceptLanguage
    .slice(0, 1000)
    .split(',')
    .map((part, order) => {
      const [tag = '', ...parameters] = part.split(';').map((piece) => piece.trim());
      const q = parameters.find((parameter) => /^q=/i.test(parameter));
      const quality = q === undefined ? 1 : Number(q.slice(2));
      return {
        primary: tag.toLowerCase().split('-')[0],
        quality: Number.isFinite(quality) ? quality : 0,
        order,
      };
    })
    .filter((range) => range.primary !== '' && range.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.order - b.order);
  for (const range of ranges) {
    if (NORWEGIAN.has(range.primary)) return 'nb';
    if (range.primary === 'en') return 'en';
  }
  return 'en';
}

export interface LocalisedProblem {
  field: string;
  message: string;
  /** The English message, when `message` was translated. */
  messageEn?: string;
  [key: string]: unknown;
}

export interface LocalisedMessage {
  message: string;
  /** The English message, when `message` was translated (wholly or, for a list of problems, in part). */
  messageEn?: string;
  /** The problems with their messages translated, when the error had a list of field problems. */
  problems?: LocalisedProblem[];
}

function isProblemList(value: unknown): value is LocalisedProblem[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every(
      (problem) =>
        typeof problem === 'object' &&
        problem !== null &&
        typeof (problem as { field?: unknown }).field === 'string' &&
        typeof (problem as { message?: unknown }).message === 'string',
    )
  );
}

/**
 * The API's own message an error carries as its code (`reason`, `params` as in `extensions`), in
 * `language`; a scalar's problem after the scalar's name (`extensions.scalar`, see scalarError). Null
 * when the error has no code the catalogue knows.
 */
function ourMessage(reason: unknown, params: unknown, scalar: unknown, language: Language): string | null {
  const coded = { code: reason, params };
  if (!isMessage(coded)) return null;
  const text = renderMessage(coded, language);
  return typeof scalar === 'string' ? `${scalar} ${text}` : text;
}

/**
 * The Norwegian of one message: from its code when the message is the code's English; from the code of
 * graphql-js's words (common/graphql-js-messages.ts) when graphql-js wrote it, around our own or not.
 * Null otherwise: a message without a code (a library's we do not know) stays English.
 */
function nbOf(message: string, reason: unknown, params: unknown, scalar?: unknown): string | null {
  const oursEn = ourMessage(reason, params, scalar, 'en');
  const oursNb = ourMessage(reason, params, scalar, 'nb');
  if (oursEn !== null && message === oursEn) return oursNb;
  const graphqlJs = readGraphqlJsMessage(message, oursEn);
  if (graphqlJs) return renderGraphqlJsMessage(graphqlJs, 'nb', oursNb);
  return null;
}

/**
 * An error message (and its field problems) in Norwegian Bokmål. A message composed of its problems as
 * "field: problem; field: problem" (see AppError) is written problem by problem and composed again; any
 * other message as a whole. What the catalogue does not know stays English, without `messageEn`.
 */
export function localiseMessageNb(
  message: string,
  problems?: unknown,
  reason?: unknown,
  params?: unknown,
  scalar?: unknown,
): LocalisedMessage {
  if (isProblemList(problems)) {
    const composed = problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ');
    const localised = problems.map((problem): LocalisedProblem => {
      const nb = nbOf(problem.message, problem.reason, problem.params);
      return nb === null ? problem : { ...problem, message: nb, messageEn: problem.message };
    });
    const anyTranslated = localised.some((problem) => problem.messageEn !== undefined);
    if (composed === message) {
      if (!anyTranslated) return { message };
      return {
        message: localised.map((problem) => `${problem.field}: ${problem.message}`).join('; '),
        messageEn: message,
        problems: localised,
      };
    }
    const nb = nbOf(message, reason, params, scalar);
    return {
      ...(nb === null ? { message } : { message: nb, messageEn: message }),
      ...(anyTranslated ? { problems: localised } : {}),
    };
  }
  const nb = nbOf(message, reason, params, scalar);
  return nb === null ? { message } : { message: nb, messageEn: message };
}
