import { type CostSharingKeySpec, msg, renderMessage } from '@gevinst/domain';
import { costSharingKeySpecSchema, formatPath, parseKeySpec } from './key-spec-schema';
import { CostModelError } from './errors';

/** The message of the INVALID_SPEC error parseKeySpec throws for `json`. */
function problem(json: unknown): string {
  try {
    parseKeySpec(json);
  } catch (error) {
    expect(error).toBeInstanceOf(CostModelError);
    expect((error as CostModelError).code).toBe('INVALID_SPEC');
    return (error as CostModelError).message;
  }
  throw new Error('expected the key to be refused');
}

describe('valid keys', () => {
  const valid: CostSharingKeySpec[] = [
    { method: 'EQUAL' },
    { method: 'PROPORTIONAL', driver: 'population', floor: '1000.00', cap: '1000000.00' },
    { method: 'PER_UNIT', driver: 'population', rate: '20.00' },
    { method: 'PER_UNIT', driver: 'population', rate: '0.125' },
    { method: 'FIXED_SHARES', shares: { '991825827': '25.5', '974760673': '74.5' } },
    { method: 'BASE_PLUS_PROPORTIONAL', base: '5000.00', driver: 'users' },
    {
      method: 'BANDS',
      driver: 'population',
      bands: [{ upTo: 10000, fee: '10000.00' }, { upTo: '50000', fee: '20000.00' }, { fee: '30000.00' }],
    },
    { method: 'FREE_THRESHOLD', driver: 'transactions', threshold: 100000 },
    {
      method: 'TWO_LEVEL',
      groups: [
        { group: 'CENTRAL', percent: '50', key: { method: 'EQUAL' } },
        { group: 'LOCAL', percent: '50', key: { method: 'PROPORTIONAL', driver: 'population' } },
      ],
    },
  ];
  it.each(valid.map((key) => [key.method, key]))('%s is accepted as it is', (_method, key) => {
    expect(parseKeySpec(key)).toEqual(key);
    expect(costSharingKeySpecSchema.parse(key)).toEqual(key);
  });

  it('accepts JSON text too', () => {
    expect(parseKeySpec('{"method":"PROPORTIONAL","driver":"users"}')).toEqual({
      method: 'PROPORTIONAL',
      driver: 'users',
    });
  });
});

describe('invalid keys say what is wrong and where', () => {
  it('names a missing driver inside a group', () => {
    const key = {
      method: 'TWO_LEVEL',
      groups: [
        { group: 'CENTRAL', percent: '50', key: { method: 'EQUAL' } },
        { group: 'LOCAL', percent: '50', key: { method: 'PROPORTIONAL' } },
      ],
    };
    expect(problem(key)).toBe('invalid cost-sharing key: groups[1].key.driver: required');
  });

  it('lists every problem with its path in `issues`', () => {
    try {
      parseKeySpec({ method: 'BASE_PLUS_PROPORTIONAL', base: 5000, drivr: 'users' });
    } catch (error) {
      expect((error as CostModelError).issues).toEqual([
        {
          path: 'base',
          message: 'must be a NOK amount as a string, such as "5000.00"',
          problem: msg('SPEC_AMOUNT_NOT_A_STRING', { example: '5000.00' }),
        },
        { path: 'driver', message: 'required', problem: msg('SPEC_REQUIRED') },
        { path: 'drivr', message: 'unknown field', problem: msg('SPEC_UNKNOWN_FIELD') },
      ]);
    }
    expect.assertions(1);
  });

  it('says every problem as a code, and the whole list in Norwegian too', () => {
    try {
      parseKeySpec({
        method: 'TWO_LEVEL',
        groups: [
          { group: 'A', percent: '60', key: { method: 'PER_UNIT', driver: 'p', rate: '1' } },
          { group: 'A', percent: '30', key: { method: 'EQUAL', floor: '5', cap: '1' } },
        ],
      });
    } catch (error) {
      const { problem, issues } = error as CostModelError;
      expect(issues?.map((issue) => [issue.path, issue.problem])).toEqual([
        [
          'groups[0].key.method',
          msg('SPEC_METHOD_UNKNOWN', {
            methods: [
              'EQUAL',
              'PROPORTIONAL',
              'FIXED_SHARES',
              'BASE_PLUS_PROPORTIONAL',
              'BANDS',
              'FREE_THRESHOLD',
            ],
            inGroup: true,
            got: '"PER_UNIT"',
          }),
        ],
      ]);
      expect(renderMessage(problem, 'nb')).toBe(
        'ugyldig fordelingsnøkkel: groups[0].key.method: må være en av EQUAL, PROPORTIONAL, FIXED_SHARES, ' +
          'BASE_PLUS_PROPORTIONAL, BANDS, FREE_THRESHOLD; PER_UNIT og TWO_LEVEL kan ikke brukes i en gruppe (fikk «PER_UNIT»)',
      );
    }
    try {
      parseKeySpec({
        method: 'TWO_LEVEL',
        groups: [
          { group: 'A', percent: '60', key: { method: 'EQUAL' } },
          { group: 'A', percent: '30', key: { method: 'EQUAL', floor: '5', cap: '1' } },
        ],
      });
    } catch (error) {
      const { problem, issues } = error as CostModelError;
      expect(issues?.map((issue) => [issue.path, issue.problem])).toEqual([
        ['groups[1].group', msg('SPEC_GROUP_TWICE', { group: 'A', first: 0 })],
        ['groups[1].key.cap', msg('SPEC_CAP_BELOW_FLOOR', { floor: '5' })],
        ['groups', msg('SPEC_NOT_100', { of: 'groups', sum: '90' })],
      ]);
      expect(renderMessage(problem, 'en')).toBe(
        'invalid cost-sharing key: groups[1].group: "A" is already groups[0]; each group appears once; ' +
          'groups[1].key.cap: must not be less than the floor (5); ' +
          'groups: the group percentages must add up to exactly 100 (they add up to 90)',
      );
      expect(renderMessage(problem, 'nb')).toBe(
        'ugyldig fordelingsnøkkel: groups[1].group: «A» er allerede groups[0]; hver gruppe kan bare forekomme én gang; ' +
          'groups[1].key.cap: kan ikke være lavere enn gulvet (5); ' +
          'groups: gruppeprosentene må til sammen bli nøyaktig 100 (de blir 90)',
      );
    }
    expect.assertions(5);
  });

  it("says zod's own words as a code where the schema has none of its own", () => {
    try {
      parseKeySpec({ method: 'BANDS', driver: 'p', bands: ['x', { fee: '1.00' }] });
    } catch (error) {
      expect((error as CostModelError).issues).toEqual([
        {
          path: 'bands[0]',
          message: 'Invalid input: expected object, received string',
          problem: msg('SPEC_WRONG_TYPE', { expected: 'object', received: 'string' }),
        },
      ]);
    }
    expect.assertions(1);
  });

  it('writes the English when the schema is used by itself', () => {
    const result = costSharingKeySpecSchema.safeParse({ method: 'PROPORTIONAL', driver: ' ' });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'must name a driver, such as "population"',
    ]);
  });

  it.each([
    [{}, 'method: required: one of EQUAL, PROPORTIONAL, PER_UNIT, FIXED_SHARES'],
    [{ method: 'EVEN' }, 'method: must be one of EQUAL, PROPORTIONAL, PER_UNIT, FIXED_SHARES'],
    [42, 'must be an object with a "method"'],
    ['{not json', 'the key specification is not valid JSON'],
    [{ method: 'PER_UNIT', driver: 'population', rate: '-20' }, 'rate: must be a non-negative rate'],
    [
      { method: 'PER_UNIT', driver: 'population', rate: 20 },
      'rate: must be a rate in NOK per unit as a string',
    ],
    [{ method: 'PROPORTIONAL', driver: ' ' }, 'driver: must name a driver'],
    [{ method: 'EQUAL', floor: '10.001' }, 'floor: must be a NOK amount with at most two decimals'],
    [{ method: 'EQUAL', floor: '100.00', cap: '50.00' }, 'cap: must not be less than the floor (100.00)'],
    [
      { method: 'FIXED_SHARES', shares: { a: '50', b: '49.99' } },
      'shares: the shares must add up to exactly 100 (they add up to 99.99)',
    ],
    [{ method: 'FIXED_SHARES', shares: {} }, 'shares: must name at least one participant'],
    [
      { method: 'FIXED_SHARES', shares: { a: '100.5', b: '-0.5' } },
      'shares.b: must be a percentage with at most 10 decimals',
    ],
    [{ method: 'BANDS', driver: 'p', bands: [] }, 'bands: must have at least one band'],
    [
      { method: 'BANDS', driver: 'p', bands: [{ fee: '1.00' }, { fee: '2.00' }] },
      'bands[0].upTo: required (only the last band is open-ended)',
    ],
    [
      { method: 'BANDS', driver: 'p', bands: [{ upTo: 10, fee: '1.00' }] },
      'bands[0].upTo: the last band must be open-ended',
    ],
    [
      {
        method: 'BANDS',
        driver: 'p',
        bands: [{ upTo: 10, fee: '1.00' }, { upTo: 10, fee: '2.00' }, { fee: '3.00' }],
      },
      'bands[1].upTo: must be greater than bands[0].upTo (10)',
    ],
    [
      { method: 'BANDS', driver: 'p', bands: [{ upTo: -1, fee: '1.00' }, { fee: '2.00' }] },
      'bands[0].upTo: must be a non-negative number',
    ],
    [{ method: 'FREE_THRESHOLD', driver: 'p' }, 'threshold: required'],
    [{ method: 'TWO_LEVEL', groups: [] }, 'groups: must have at least one group'],
    [
      {
        method: 'TWO_LEVEL',
        groups: [
          { group: 'A', percent: '60', key: { method: 'EQUAL' } },
          { group: 'B', percent: '30', key: { method: 'EQUAL' } },
        ],
      },
      'groups: the group percentages must add up to exactly 100 (they add up to 90)',
    ],
    [
      {
        method: 'TWO_LEVEL',
        groups: [
          { group: 'A', percent: '50', key: { method: 'EQUAL' } },
          { group: 'A', percent: '50', key: { method: 'EQUAL' } },
        ],
      },
      'groups[1].group: "A" is already groups[0]; each group appears once',
    ],
    [
      {
        method: 'TWO_LEVEL',
        groups: [{ group: 'A', percent: '100', key: { method: 'PER_UNIT', driver: 'p', rate: '1' } }],
      },
      'groups[0].key.method: must be one of EQUAL, PROPORTIONAL, FIXED_SHARES, BASE_PLUS_PROPORTIONAL, BANDS, FREE_THRESHOLD; PER_UNIT and TWO_LEVEL cannot be used inside a group (got "PER_UNIT")',
    ],
    [
      {
        method: 'TWO_LEVEL',
        groups: [{ group: 'A', percent: '100', key: { method: 'EQUAL', floor: '5', cap: '1' } }],
      },
      'groups[0].key.cap: must not be less than the floor (5)',
    ],
    [{ method: 'FIXED_SHARES', shares: { 'Oslo kommune': '100' }, extra: true }, 'extra: unknown field'],
  ])('%j → %s', (json, expected) => {
    expect(problem(json)).toContain(expected);
  });
});

describe('paths', () => {
  it('are written the way a developer would type them', () => {
    expect(formatPath(['groups', 1, 'key', 'driver'])).toBe('groups[1].key.driver');
    expect(formatPath(['shares', '958935420'])).toBe('shares["958935420"]');
    expect(formatPath([])).toBe('');
  });
});
