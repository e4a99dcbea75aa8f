import { allocate } from './allocate';
import { amountsById, costModelError } from '../testing/helpers';

// Three state agencies agree in a contract on 50 %, 33.3333 % and 16.6667 % (Digdir, NAV, Skatteetaten).
const key = {
  method: 'FIXED_SHARES' as const,
  shares: { '991825827': '50', '889640782': '33.3333', '974761076': '16.6667' },
};
const agencies = [{ id: '991825827' }, { id: '889640782' }, { id: '974761076' }];

describe('FIXED_SHARES', () => {
  it('splits NOK 1,234,567.89 by agreed percentages', () => {
    // Digdir:       123 456 789 øre × 50 %      = 61 728 394.5 øre        → 617 283.94 (remainder .5)
    // NAV:          123 456 789 øre × 33.3333 % = 41 152 221.847737 øre   → 411 522.21 (remainder .847737)
    // Skatteetaten: 123 456 789 øre × 16.6667 % = 20 576 172.652263 øre   → 205 761.72 (remainder .652263)
    // Rounded down they add up to 1 234 567.87: 2 øre left, to the two largest remainders (NAV, Skatteetaten).
    const result = allocate('1234567.89', agencies, key);
    expect(amountsById(result)).toEqual({
      '991825827': '617283.94',
      '889640782': '411522.22',
      '974761076': '205761.73',
    });
    expect(result.lines[0].explanation).toBe(
      'fixed share 50 %: NOK 1234567.89 × 50 / 100 = NOK 617283.945, rounded down to NOK 617283.94.',
    );
  });

  it('refuses shares for someone who is not taking part, and participants without a share', () => {
    const unknown = costModelError(() =>
      allocate('100.00', agencies.slice(0, 2), { method: 'FIXED_SHARES', shares: { ...key.shares } }),
    );
    expect(unknown.code).toBe('UNKNOWN_PARTICIPANT');
    expect(unknown.message).toBe(
      'shares["974761076"]: the fixed shares name "974761076", which is not among the participants',
    );
    const missing = costModelError(() =>
      allocate('100.00', [...agencies, { id: '971032146' }], {
        method: 'FIXED_SHARES',
        shares: { ...key.shares },
      }),
    );
    expect(missing.code).toBe('MISSING_SHARE');
    expect(missing.path).toBe('shares["971032146"]');
  });
});
