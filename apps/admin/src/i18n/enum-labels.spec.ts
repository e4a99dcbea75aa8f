/**
 * Every value of every enum in the API's schema (apps/api/src/schema.gql) has a label in Norwegian and in
 * English, in ONE place: `enums.<EnumName>.<VALUE>` of the admin's catalogues (src/i18n/nb-gevinst.ts and
 * en.ts). A code such as PARTNER or CO_FINANCING must never reach the screen, so an enum added to the API
 * fails here until someone gives it words (issue 17). Sort fields and sort directions are labelled too:
 * nothing may be shown as a code, and they are cheap to name.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { buildSchema, isEnumType } from 'graphql';
import en from './en';
import nb from './nb';

type Messages = { [key: string]: Messages | string | undefined };

function label(messages: Messages, key: string): string | undefined {
  let node: Messages | string | undefined = messages;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

const schema = buildSchema(readFileSync(join(__dirname, '../../../api/src/schema.gql'), 'utf8'));
const enums = Object.values(schema.getTypeMap())
  .filter(isEnumType)
  .filter((type) => !type.name.startsWith('__'));

/** A label that is the code itself (or a code-like token) is no label. */
const CODE_LIKE = /^[A-Z0-9]+(_[A-Z0-9]+)+$|^[a-z]+[A-Z][A-Za-z]*$/;

describe('labels of the schema enums', () => {
  it('finds the schema enums', () => {
    // 47 enums on 5 December 2026 (AdministrativeLevel … UserSortField); more may come, never fewer.
    expect(enums.length).toBeGreaterThanOrEqual(47);
  });

  for (const [language, messages] of [
    ['nb', nb],
    ['en', en],
  ] as const) {
    it(`label every value of every enum in ${language === 'nb' ? 'Norwegian' : 'English'}`, () => {
      const missing = enums.flatMap((type) =>
        type
          .getValues()
          .map((value) => `enums.${type.name}.${value.name}`)
          .filter((key) => !label(messages as unknown as Messages, key)),
      );
      expect(missing).toEqual([]);
    });

    it(`use words, not codes, as labels in ${language === 'nb' ? 'Norwegian' : 'English'}`, () => {
      const codes = enums.flatMap((type) =>
        type
          .getValues()
          .map((value) => `enums.${type.name}.${value.name}`)
          .filter((key) => CODE_LIKE.test(label(messages as unknown as Messages, key) ?? '')),
      );
      expect(codes).toEqual([]);
    });
  }
});
