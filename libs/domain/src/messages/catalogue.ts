/**
 * The one message catalogue per language: every module's messages, keyed by code. The English defines
 * the codes and their parameters; the Norwegian must have exactly the same codes (checked by the type
 * of each module's Norwegian part and by messages.spec.ts).
 */
import { commonEn } from './en/common';
import { commonNb } from './nb/common';
import type { Language, Templates } from './types';

/** The English catalogue: every code the API and the libraries can say, with its parameters. */
export const EN = {
  ...commonEn,
};

/** The Norwegian Bokmål catalogue, the same codes as EN. */
export const NB: { [C in MessageCode]: (params: MessageParams<C>) => string } = {
  ...commonNb,
};

/** The modules' English parts, to check that no code is defined twice (see messages.spec.ts). */
export const EN_MODULES: Readonly<Record<string, Templates>> = { common: commonEn };

export type MessageCode = keyof typeof EN;
export type MessageParams<C extends MessageCode> = Parameters<(typeof EN)[C]>[0];

/** A message as a code with its parameters: what a rule says, in no particular language. */
export type Message = { [C in MessageCode]: { code: C; params: MessageParams<C> } }[MessageCode];

/** The arguments after the code: the parameters, which may be left out when the message has none. */
type ParamsArg<C extends MessageCode> = undefined extends MessageParams<C> ? [] : [params: MessageParams<C>];

/** `msg('TOO_LONG', { max: 300 })`: a message with the parameters its code needs (checked by the type). */
export function msg<C extends MessageCode>(code: C, ...params: ParamsArg<C>): Message {
  return { code, params: params[0] } as Message;
}

const CATALOGUES: Record<Language, Record<string, (params: unknown) => string>> = {
  en: EN as Record<string, (params: unknown) => string>,
  nb: NB as Record<string, (params: unknown) => string>,
};

/** True when `value` is a message with a code the catalogue knows. */
export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    Object.hasOwn(EN, (value as { code: string }).code)
  );
}

/** The message's words in `language`. */
export function renderMessage(message: Message, language: Language): string {
  return CATALOGUES[language][message.code](message.params);
}
