import { describe, expect, it } from '@jest/globals';
import englishMessages from 'ra-language-english';
import { ENUMS, type EnumName } from '../enums';
import en from './en';
import nb from './nb';

type Messages = { [key: string]: Messages | string | undefined };

/** "ra.action.add" → value, for every leaf. */
function leaves(messages: Messages, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') result.set(path, value);
    else if (value) for (const [k, v] of leaves(value, path)) result.set(k, v);
  }
  return result;
}

const placeholders = (text: string) => [...text.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort();
const pluralForms = (text: string) => text.split('||||').length;

const englishRa = leaves({ ra: englishMessages.ra });
const norwegian = leaves(nb);
const english = leaves(en);

describe('Norwegian react-admin messages', () => {
  it('have exactly the keys of ra-language-english', () => {
    const norwegianRa = [...norwegian.keys()].filter((key) => key.startsWith('ra.'));
    expect(norwegianRa.sort()).toEqual([...englishRa.keys()].sort());
  });

  it('keep every placeholder and plural form of the English originals', () => {
    const mismatches = [...englishRa].filter(([key, text]) => {
      const translated = norwegian.get(key) ?? '';
      return (
        JSON.stringify(placeholders(translated)) !== JSON.stringify(placeholders(text)) ||
        pluralForms(translated) !== pluralForms(text)
      );
    });
    expect(mismatches.map(([key]) => key)).toEqual([]);
  });

  it('are actually translated, not left in English', () => {
    const words = (text: string) => text.replace(/%\{\w+\}/g, '').trim();
    const same = [...englishRa].filter(
      ([key, text]) => norwegian.get(key) === text && words(text).length > 2,
    );
    expect(same.map(([key]) => key)).toEqual([]);
  });
});

describe('Gevinst messages', () => {
  it('exist in both languages with the same keys', () => {
    const own = (messages: Map<string, string>) =>
      [...messages.keys()].filter((key) => !key.startsWith('ra.')).sort();
    expect(own(english)).toEqual(own(norwegian));
  });

  it('have the same placeholders and plural forms in both languages', () => {
    // A count that decides the noun ("1 initiativ", "2 initiativer") is a plural message with
    // %{smart_count}; both languages must have the forms, or one of them says "1 initiatives".
    const mismatches = [...english]
      .filter(([key]) => !key.startsWith('ra.'))
      .filter(([key, text]) => {
        const translated = norwegian.get(key) ?? '';
        const set = (value: string) => JSON.stringify([...new Set(placeholders(value))]);
        return set(translated) !== set(text) || pluralForms(translated) !== pluralForms(text);
      });
    expect(mismatches.map(([key]) => key)).toEqual([]);
    // Resource names ("Initiativ |||| Initiativer") are chosen by react-admin with a smart_count of its own.
    const pluralWithoutCount = [...english, ...norwegian].filter(
      ([key, text]) =>
        !/^resources\.\w+\.name$/.test(key) && pluralForms(text) > 1 && !text.includes('%{smart_count}'),
    );
    expect(pluralWithoutCount.map(([key]) => key)).toEqual([]);
  });

  it('label every value of every enum in both languages', () => {
    const missing: string[] = [];
    for (const [name, values] of Object.entries(ENUMS) as [EnumName, Record<string, string>][]) {
      for (const value of Object.values(values)) {
        const key = `enums.${name}.${value}`;
        if (!norwegian.get(key)) missing.push(`nb ${key}`);
        if (!english.get(key)) missing.push(`en ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
