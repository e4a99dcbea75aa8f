import fc from 'fast-check';
import type { CostSharingKeySpec } from '@gevinst/domain';
import { allocate } from './allocate';
import { upgradeExplanationEn, upgradeExplanationNb } from './explanation-upgrade';
import {
  driverLabel,
  driverValueText,
  formatMoneyText,
  formatNumberText,
  groupDigits,
  groupLabel,
  keyRulesText,
  methodLabel,
  nameInWords,
} from './labels';

/** The no-break space Norwegian separates thousands with (as Intl's nb-NO): shown as «·» below. */
const NBSP = '\u00a0';
const shown = (text: string) => text.replace(/\u00a0/g, '·');

/** Code-like tokens issue 17 keeps off screens and files: UPPER_CASE codes and camelCase names. */
const CODE_LIKE = /\b[A-Z]{2,}(?:_[A-Z]+)*\b|\b[a-z]+[A-Z][A-Za-z]*\b/;

describe('driverLabel: a driver in words, per language', () => {
  it('names the drivers of the catalogue, and counts them in the singular for exactly one', () => {
    expect(driverLabel('population', 'nb')).toBe('innbyggertall');
    expect(driverLabel('population', 'en')).toBe('population');
    expect(driverLabel('population', 'nb', 1)).toBe('innbygger');
    expect(driverLabel('population', 'nb', '1,0')).toBe('innbygger');
    expect(driverLabel('population', 'nb', 291940)).toBe('innbyggere');
    expect(driverLabel('population', 'en', '291,940')).toBe('inhabitants');
    expect(driverLabel('letters', 'nb', 2)).toBe('brev');
    expect(driverLabel('cases', 'nb', 1)).toBe('sak');
    expect(driverLabel('cases', 'nb', 3)).toBe('saker');
  });

  it('writes a driver not in the catalogue as its name in words, never camelCase', () => {
    expect(nameInWords('lettersSentPerMonth')).toBe('letters sent per month');
    expect(driverLabel('case_count', 'nb')).toBe('case count');
    expect(driverLabel('constructor', 'nb', 2)).toBe('constructor'); // not Object.prototype's
  });

  it('puts the value before the unit: «291 940 innbyggere», «180 000 brev»', () => {
    expect(shown(driverValueText('population', 'nb', `291${NBSP}940`))).toBe('291·940 innbyggere');
    expect(shown(driverValueText('letters', 'nb', `180${NBSP}000`))).toBe('180·000 brev');
    expect(driverValueText('population', 'nb', '1')).toBe('1 innbygger');
    expect(driverValueText('d', 'nb', '5')).toBe('d 5');
  });
});

describe('groupLabel, methodLabel: codes in words', () => {
  it('names the administrative levels and quotes a group a key named itself', () => {
    expect(groupLabel('LOCAL', 'nb')).toBe('lokalt nivå (kommunene)');
    expect(groupLabel('CENTRAL', 'nb')).toBe('sentralt nivå (staten)');
    expect(groupLabel('CENTRAL', 'en')).toBe('central government');
    expect(groupLabel('Nord', 'nb')).toBe('gruppen «Nord»');
  });

  it('names every method in both languages', () => {
    expect(methodLabel('PROPORTIONAL', 'nb')).toBe('Forholdsmessig etter fordelingsgrunnlag');
    expect(methodLabel('TWO_LEVEL', 'en')).toBe('Two levels (between groups, then within each group)');
    for (const method of [
      'EQUAL',
      'PROPORTIONAL',
      'PER_UNIT',
      'FIXED_SHARES',
      'BASE_PLUS_PROPORTIONAL',
      'BANDS',
      'FREE_THRESHOLD',
      'TWO_LEVEL',
    ])
      for (const language of ['nb', 'en'] as const)
        expect(methodLabel(method, language)).not.toMatch(CODE_LIKE);
  });
});

describe('number formats', () => {
  it('groups the whole part in threes, nb with a no-break space, en with a comma', () => {
    // 1250000.5 → whole part 1 250 000, decimals as given
    expect(shown(formatMoneyText('1250000.5', 'nb'))).toBe('1·250·000,50 kr');
    expect(formatMoneyText('1250000.5', 'en')).toBe('NOK 1,250,000.50');
    expect(shown(formatNumberText('291940', 'nb'))).toBe('291·940');
    expect(formatNumberText('999', 'nb')).toBe('999');
    expect(shown(groupDigits('-1234567,8912…', NBSP))).toBe('-1·234·567,8912…');
  });

  it('groups without changing a digit (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.nat(99), (whole, cents) => {
        const text = `${whole}.${String(cents).padStart(2, '0')}`;
        const grouped = formatNumberText(text, 'nb');
        expect(grouped.replace(/\u00a0/g, '').replace(',', '.')).toBe(text);
        // every group after the first has exactly three digits
        expect(
          grouped
            .split(',')[0]
            .replace('-', '')
            .split(NBSP)
            .slice(1)
            .every((g) => g.length === 3),
        ).toBe(true);
      }),
    );
  });
});

describe('keyRulesText: a key version’s rules as a sentence (the workbook’s «Regler»)', () => {
  it('a two-level key: groups, percentages and drivers in words', () => {
    const spec: CostSharingKeySpec = {
      method: 'TWO_LEVEL',
      groups: [
        { group: 'CENTRAL', percent: '50', key: { method: 'EQUAL' } },
        { group: 'LOCAL', percent: '50', key: { method: 'PROPORTIONAL', driver: 'population' } },
      ],
    };
    expect(keyRulesText(spec, 'nb')).toBe(
      'To nivåer (mellom grupper, så innen hver gruppe): først mellom gruppene: sentralt nivå (staten) 50 %, ' +
        'likt mellom deltakerne; lokalt nivå (kommunene) 50 %, forholdsmessig etter innbyggertall.',
    );
    expect(keyRulesText(spec, 'en')).not.toMatch(CODE_LIKE);
  });

  it('a rate per unit with a cap, and fixed shares by organisation name', () => {
    // DigiFin: NOK 20 per inhabitant, at most NOK 10 000 000
    expect(
      shown(keyRulesText({ method: 'PER_UNIT', driver: 'population', rate: '20', cap: '10000000' }, 'nb')),
    ).toBe('Sats per enhet: 20,00 kr per innbygger (innbyggertall); tak 10·000·000,00 kr.');
    expect(
      keyRulesText({ method: 'FIXED_SHARES', shares: { a: '60', b: '40.5' } }, 'nb', (id) =>
        id === 'a' ? 'Oslo kommune' : undefined,
      ),
    ).toBe('Faste prosentandeler: faste andeler: Oslo kommune 60 %, b 40,5 %.');
  });

  it('bands in words', () => {
    const spec: CostSharingKeySpec = {
      method: 'BANDS',
      driver: 'population',
      bands: [{ upTo: '10000', fee: '10000' }, { upTo: '50000', fee: '20000' }, { fee: '30000' }],
    };
    expect(shown(keyRulesText(spec, 'nb'))).toBe(
      'Trinnvis etter fordelingsgrunnlag: avgift etter innbyggertall i trinn (under 10·000: 10·000,00 kr; ' +
        '10·000 til under 50·000: 20·000,00 kr; fra 50·000: 30·000,00 kr).',
    );
  });
});

describe('upgradeExplanationNb: stored explanations in today’s words, the same figures', () => {
  // The old texts below are what allocate(…, { language: 'nb' }) wrote before issue 17.
  const participants = [
    { id: 'oslo', drivers: { population: 717710 }, group: 'LOCAL' },
    { id: 'bergen', drivers: { population: 291940 }, group: 'LOCAL' },
    { id: 'kdd', drivers: { population: 0 }, group: 'CENTRAL' },
  ];

  it('PROPORTIONAL: «Innbyggertall 291940: kr …» becomes «291 940 innbyggere: … kr»', () => {
    // 2 000 000,00 × 291 940 / (717 710 + 291 940 = 1 009 650) = 578 299,4106… → 578 299,41 (rounded down)
    const old =
      'Innbyggertall 291940: kr 2000000,00 × 291940 / 1009650 = kr 578299,4106…, avrundet ned til kr 578299,41.';
    const now = allocate(
      '2000000.00',
      participants.slice(0, 2),
      { method: 'PROPORTIONAL', driver: 'population' },
      {
        language: 'nb',
      },
    ).lines[1].explanation;
    expect(upgradeExplanationNb(old)).toBe(now);
    expect(shown(now)).toBe(
      '291·940 innbyggere: 2·000·000,00 kr × 291·940 / 1·009·650 = 578·299,4106… kr, avrundet ned til 578·299,41 kr.',
    );
  });

  it('TWO_LEVEL: «Gruppe LOCAL (lokalt nivå)» becomes «Lokalt nivå (kommunene)»', () => {
    // LOCAL gets 50 % of 1 000,00 = 500,00; Oslo 500 × 717 710 / 1 009 650 = 355,4251…, Bergen 144,5748…:
    // 355 + 144 = 499,99 kr rounded down, the 1 øre left goes to the larger remainder (Oslo's ,51 > ,48) → 355,43
    const old =
      'Gruppe LOCAL (lokalt nivå) får 50 % av kr 1000,00 = kr 500,00, som fordeles innad i gruppen; ' +
      'innbyggertall 717710: kr 500,00 × 717710 / 1009650 = kr 355,4251…, avrundet opp til kr 355,43 ' +
      '(største rest: når alle linjene rundes ned, blir 1 øre til overs; det går til linjen med størst rest).';
    const spec: CostSharingKeySpec = {
      method: 'TWO_LEVEL',
      groups: [
        { group: 'CENTRAL', percent: '50', key: { method: 'EQUAL' } },
        { group: 'LOCAL', percent: '50', key: { method: 'PROPORTIONAL', driver: 'population' } },
      ],
    };
    const now = allocate('1000.00', participants, spec, { language: 'nb' }).lines[0].explanation;
    expect(upgradeExplanationNb(old)).toBe(now);
    expect(now).not.toMatch(CODE_LIKE);
  });

  it('PER_UNIT: «per enhet» becomes «per innbygger»; a text already upgraded stays the same', () => {
    // 291 940 × 20,00 = 5 838 800,00 (DigiFin 2024, Bergen)
    const old = 'Innbyggertall 291940 × kr 20,00 per enhet = kr 5838800,00.';
    const now = allocate(
      null,
      participants.slice(1, 2),
      { method: 'PER_UNIT', driver: 'population', rate: '20.00' },
      {
        language: 'nb',
      },
    ).lines[0].explanation;
    expect(upgradeExplanationNb(old)).toBe(now);
    expect(upgradeExplanationNb(now)).toBe(now);
    expect(shown(now)).toBe('291·940 innbyggere × 20,00 kr per innbygger = 5·838·800,00 kr.');
  });

  it('English: only the group code becomes words', () => {
    expect(
      upgradeExplanationEn('Group LOCAL gets 50 % of NOK 1000.00 = NOK 500.00. Within the group, …'),
    ).toBe('Local level gets 50 % of NOK 1000.00 = NOK 500.00. Within the group, …');
  });
});
