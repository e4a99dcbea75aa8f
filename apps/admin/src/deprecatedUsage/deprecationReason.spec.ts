import { describe, expect, it } from '@jest/globals';
import { deprecationReasonText, parseDeprecationReason } from './deprecationReason';
import nbMessages from '../i18n/nb';
import enMessages from '../i18n/en';

describe('parseDeprecationReason', () => {
  it.each([
    ['Use totalAmount.', { kind: 'use', replacement: 'totalAmount' }],
    ['The same as plannedAmount: use plannedAmount.', { kind: 'use', replacement: 'plannedAmount' }],
    ['Use filter.search.', { kind: 'use', replacement: 'filter.search' }],
    ['Use keySpec (typed); spec is JSON without a schema.', { kind: 'use', replacement: 'keySpec' }],
    [
      'Unpaged (a national initiative has hundreds of participants): use participantsPage(first:, after:).',
      { kind: 'unpaged', replacement: 'participantsPage(first:, after:)' },
    ],
    [
      'Unpaged: use measurementsPage(first:, after:).',
      { kind: 'unpaged', replacement: 'measurementsPage(first:, after:)' },
    ],
    ['Removed in 2027.', { kind: 'text', text: 'Removed in 2027.' }],
  ] as const)('%s', (reason, expected) => {
    expect(parseDeprecationReason(reason)).toEqual(expected);
  });
});

describe('deprecationReasonText', () => {
  // react-admin's polyglot interpolation, enough for these messages.
  const translator =
    (messages: unknown) =>
    (key: string, options: Record<string, unknown> = {}) => {
      const template = key
        .split('.')
        .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
      return String(template).replace(/%\{(\w+)\}/g, (_, name: string) => String(options[name]));
    };

  it('says what to use instead in Norwegian on the Norwegian screen', () => {
    const nb = translator(nbMessages);
    expect(deprecationReasonText('Use totalAmount.', nb)).toBe('Bruk totalAmount i stedet.');
    expect(
      deprecationReasonText(
        'Unpaged (a national initiative has hundreds of participants): use participantsPage(first:, after:).',
        nb,
      ),
    ).toBe('Uten sidedeling: bruk participantsPage(first:, after:) i stedet.');
  });

  it('and in English on the English screen', () => {
    const en = translator(enMessages);
    expect(deprecationReasonText('Use filter.search.', en)).toBe('Use filter.search instead.');
    expect(deprecationReasonText('Unpaged: use childrenPage(first:, after:).', en)).toBe(
      'Unpaged: use childrenPage(first:, after:) instead.',
    );
  });

  it('shows a reason of another form as written', () => {
    expect(deprecationReasonText('Removed in 2027.', translator(nbMessages))).toBe('Removed in 2027.');
  });
});
