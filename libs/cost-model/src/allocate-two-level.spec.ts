import { allocate } from './allocate';
import { amountsById, costModelError, sumOfLines } from '../testing/helpers';
import { municipalityParticipants } from '../testing/reference-data';
import type { TwoLevelKeySpec } from '@gevinst/domain';

// DigiFin-style matching: the ministry pays half, the local sector the other half by population.
const key: TwoLevelKeySpec = {
  method: 'TWO_LEVEL',
  groups: [
    { group: 'CENTRAL', percent: '50', key: { method: 'EQUAL' } },
    { group: 'LOCAL', percent: '50', key: { method: 'PROPORTIONAL', driver: 'population' } },
  ],
};
const ministry = { id: '932384469', group: 'CENTRAL' }; // Digitaliserings- og forvaltningsdepartementet

describe('TWO_LEVEL', () => {
  it('splits NOK 250,000,000.00 half to the ministry, half to the municipalities by population', () => {
    // CENTRAL: 50 % of 250 000 000.00 = 125 000 000.00, all to the one ministry.
    // LOCAL: 125 000 000.00 by population, as in the PROPORTIONAL scenario: Oslo 16 164 048.41.
    const result = allocate('250000000.00', [ministry, ...municipalityParticipants('LOCAL')], key);
    expect(sumOfLines(result)).toBe(25000000000n);
    const amounts = amountsById(result);
    expect(amounts['932384469']).toBe('125000000.00');
    expect(amounts['0301']).toBe('16164048.41');
    expect(result.lines.find((line) => line.participantId === '0301')?.explanation).toBe(
      'Local level gets 50 % of NOK 250000000.00 = NOK 125000000.00. Within the group, population 717710: ' +
        'NOK 125000000.00 × 717710 / 5550203 = NOK 16164048.4140…, rounded down to NOK 16164048.41.',
    );
    // the ministry's share of the total: 125 000 000 / 250 000 000 = 0.5
    expect(result.lines[0].share).toBe('0.5000000000');
  });

  it('rounds the group amounts with the largest remainder too, then splits within each group', () => {
    // 10 000 øre × 33.3333 % = 3 333.33 øre (A), the same for B, × 33.3334 % = 3 333.34 øre (C):
    // rounded down 3 333 + 3 333 + 3 333 = 9 999; the øre left goes to the largest remainder, C (.34).
    // Within C, 3 334 øre / 2 = 1 667 øre each: 16.67 and 16.67.
    const result = allocate(
      '100.00',
      [
        { id: 'a1', group: 'A' },
        { id: 'b1', group: 'B' },
        { id: 'c2', group: 'C' },
        { id: 'c1', group: 'C' },
      ],
      {
        method: 'TWO_LEVEL',
        groups: [
          { group: 'A', percent: '33.3333', key: { method: 'EQUAL' } },
          { group: 'B', percent: '33.3333', key: { method: 'EQUAL' } },
          { group: 'C', percent: '33.3334', key: { method: 'EQUAL' } },
        ],
      },
    );
    expect(amountsById(result)).toEqual({ a1: '33.33', b1: '33.33', c1: '16.67', c2: '16.67' });
    expect(result.lines[2].explanation).toMatch(
      /^The group “C” gets 33.3334 % of NOK 100.00 = NOK 33.3334, rounded up to NOK 33.34 \(largest remainder\)\. Within the group, equal split among 2/,
    );
  });

  it('applies a floor or cap given on the TWO_LEVEL key inside every group that sets none', () => {
    // LOCAL has 1 000.00: by users 1 : 9 that is 100.00 and 900.00, but the inherited cap is 600.00, so the
    // second pays 600.00 and the first the remaining 400.00. CENTRAL (1 000.00) is one participant with
    // its own cap of 2 000.00.
    const result = allocate(
      '2000.00',
      [
        { id: 'state', group: 'CENTRAL' },
        { id: 'small', group: 'LOCAL', drivers: { users: 1 } },
        { id: 'large', group: 'LOCAL', drivers: { users: 9 } },
      ],
      {
        method: 'TWO_LEVEL',
        cap: '600.00',
        groups: [
          { group: 'CENTRAL', percent: '50', key: { method: 'EQUAL', cap: '2000.00' } },
          { group: 'LOCAL', percent: '50', key: { method: 'PROPORTIONAL', driver: 'users' } },
        ],
      },
    );
    expect(amountsById(result)).toEqual({ state: '1000.00', small: '400.00', large: '600.00' });
    expect(result.lines[2].limit).toBe('CAP');
  });

  it('refuses a group without participants, a participant without a group, and an unknown group', () => {
    const empty = costModelError(() => allocate('100.00', [ministry], key));
    expect(empty.code).toBe('EMPTY_GROUP');
    expect(empty.message).toBe(
      'groups[1]: group "LOCAL" has no participant, so its 50 % of the total would be lost',
    );

    const missing = costModelError(() => allocate('100.00', [ministry, { id: '0301' }], key));
    expect(missing.code).toBe('MISSING_GROUP');
    expect(missing.path).toBe('participants[1].group');

    const unknown = costModelError(() =>
      allocate('100.00', [ministry, { id: '0301', group: 'REGIONAL' }], key),
    );
    expect(unknown.code).toBe('UNKNOWN_GROUP');
    expect(unknown.message).toBe(
      'participants[1].group: participant "0301" is in group "REGIONAL", which is not in the key ("CENTRAL", "LOCAL")',
    );
  });

  it('names the path of a missing driver inside a group', () => {
    const error = costModelError(() =>
      allocate('100.00', [ministry, { id: '0301', group: 'LOCAL', drivers: { users: 3 } }], key),
    );
    expect(error.code).toBe('MISSING_DRIVER');
    expect(error.message).toBe(
      'participants[1].drivers.population: participant "0301" has no "population" driver',
    );
  });
});
