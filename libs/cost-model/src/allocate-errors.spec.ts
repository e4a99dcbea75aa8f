import { allocate } from './allocate';
import { costModelError } from '../testing/helpers';
import { type CostSharingKeySpec, renderMessage } from '@gevinst/domain';

const proportional: CostSharingKeySpec = { method: 'PROPORTIONAL', driver: 'population' };

describe('typed errors that say what was wrong', () => {
  it.each([
    [
      'no participants',
      () => allocate('100.00', [], { method: 'EQUAL' }),
      'NO_PARTICIPANTS',
      'NO_PARTICIPANTS',
      'participants: there must be at least one participant to allocate to',
    ],
    [
      'duplicate ids',
      () => allocate('100.00', [{ id: '0301' }, { id: '4601' }, { id: '0301' }], { method: 'EQUAL' }),
      'DUPLICATE_ID',
      'PARTICIPANT_ID_TWICE',
      'participants[2].id: participant id "0301" appears twice (participants[0] and participants[2])',
    ],
    [
      'missing driver',
      () =>
        allocate(
          '100.00',
          [
            { id: '0301', drivers: { population: 717710 } },
            { id: '4601', drivers: {} },
          ],
          proportional,
        ),
      'MISSING_DRIVER',
      'DRIVER_MISSING',
      'participants[1].drivers.population: participant "4601" has no "population" driver',
    ],
    [
      'negative driver',
      () => allocate('100.00', [{ id: '0301', drivers: { population: -5 } }], proportional),
      'NEGATIVE_DRIVER',
      'DRIVER_NEGATIVE',
      'participants[0].drivers.population: participant "0301" has a negative "population" driver (-5); drivers must be zero or more',
    ],
    [
      'driver that is not a number',
      () => allocate('100.00', [{ id: '0301', drivers: { population: 'many' } }], proportional),
      'INVALID_DRIVER',
      'DRIVER_NOT_A_NUMBER',
      'participants[0].drivers.population: participant "0301" has a "population" driver that is not a finite number or decimal string with at most 20 decimals (got "many")',
    ],
    [
      'zero total driver',
      () =>
        allocate(
          '100.00',
          [
            { id: 'a', drivers: { population: 0 } },
            { id: 'b', drivers: { population: '0.0' } },
          ],
          proportional,
        ),
      'ZERO_TOTAL_DRIVER',
      'DRIVERS_ADD_UP_TO_ZERO',
      'driver: the "population" drivers of the 2 participants add up to zero, so NOK 100.00 cannot be shared in proportion to them',
    ],
    [
      'missing total',
      () => allocate(null, [{ id: 'a' }], { method: 'EQUAL' }),
      'INVALID_TOTAL',
      'TOTAL_REQUIRED',
      'total: EQUAL splits a fixed total; give one such as "100000.00"',
    ],
    [
      'a total for PER_UNIT',
      () =>
        allocate('100.00', [{ id: 'a', drivers: { population: 1 } }], {
          method: 'PER_UNIT',
          driver: 'population',
          rate: '20',
        }),
      'INVALID_TOTAL',
      'PER_UNIT_HAS_NO_TOTAL',
      'total: PER_UNIT has no fixed total: each participant pays rate × driver; pass null as the total',
    ],
    [
      'a negative total',
      () => allocate('-100.00', [{ id: 'a' }], { method: 'EQUAL' }),
      'INVALID_TOTAL',
      'NOT_NEGATIVE',
      'total: must not be negative (got "-100.00")',
    ],
    [
      'a floating-point total',
      () => allocate(100.5 as unknown as string, [{ id: 'a' }], { method: 'EQUAL' }),
      'INVALID_TOTAL',
      'AMOUNT_NOT_A_STRING',
      'total: must be a NOK amount as a string with at most two decimals, such as "1234.50" (got 100.5)',
    ],
    [
      'an invalid key',
      () => allocate('100.00', [{ id: 'a' }], { method: 'PROPORTIONAL' } as unknown as CostSharingKeySpec),
      'INVALID_SPEC',
      'SPEC_INVALID',
      'invalid cost-sharing key: driver: required',
    ],
    [
      'an empty id',
      () => allocate('100.00', [{ id: '' }], { method: 'EQUAL' }),
      'INVALID_INPUT',
      'PARTICIPANT_ID_MISSING',
      'participants[0].id: every participant needs a non-empty string id',
    ],
  ])('%s', (_what, run, code, problem, message) => {
    const error = costModelError(run);
    expect(error.code).toBe(code);
    expect(error.problem.code).toBe(problem);
    expect(renderMessage(error.problem, 'en')).toBe(error.reason);
    expect(error.message).toBe(message);
    expect(error.path === undefined ? error.reason : `${error.path}: ${error.reason}`).toBe(message);
  });

  it('gives a zero total to everyone as zero, with zero shares', () => {
    const result = allocate('0.00', [{ id: 'a' }, { id: 'b' }], { method: 'EQUAL' });
    expect(result.lines.map((line) => [line.amount, line.share])).toEqual([
      ['0.00', '0.0000000000'],
      ['0.00', '0.0000000000'],
    ]);
  });
});
