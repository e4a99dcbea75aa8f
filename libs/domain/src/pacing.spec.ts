import { msg } from './messages';
import { budgetWindowStart, requestBudgetState, tokenExpiryProblem } from './pacing';

const at = (iso: string) => Date.parse(iso);

describe('budgetWindowStart', () => {
  it('aligns a window to the epoch, so every process agrees on it', () => {
    // 10:00:59.500 lies in the minute that started at 10:00:00.000.
    expect(budgetWindowStart(at('2026-12-06T10:00:59.500Z'), 60)).toBe(at('2026-12-06T10:00:00.000Z'));
    // The first millisecond of the next minute starts a new window.
    expect(budgetWindowStart(at('2026-12-06T10:01:00.000Z'), 60)).toBe(at('2026-12-06T10:01:00.000Z'));
    // A 15-minute window: 10:14:59 → 10:00, 10:15:00 → 10:15.
    expect(budgetWindowStart(at('2026-12-06T10:14:59Z'), 900)).toBe(at('2026-12-06T10:00:00Z'));
    expect(budgetWindowStart(at('2026-12-06T10:15:00Z'), 900)).toBe(at('2026-12-06T10:15:00Z'));
  });
});

describe('requestBudgetState', () => {
  const policy = { limit: 1200, windowSeconds: 60 };
  const start = at('2026-12-06T10:00:00Z');

  it('counts down and says when the window ends', () => {
    // The first request at 10:00:00.000: 1,199 left, full window of 60 s ahead.
    expect(requestBudgetState(policy, 1, start, start)).toEqual({
      limit: 1200,
      remaining: 1199,
      resetSeconds: 60,
      spent: false,
    });
    // The 1,200th at 10:00:45.200: 0 left, not spent; 14.8 s to go, rounded up to 15.
    expect(requestBudgetState(policy, 1200, start, at('2026-12-06T10:00:45.200Z'))).toEqual({
      limit: 1200,
      remaining: 0,
      resetSeconds: 15,
      spent: false,
    });
  });

  it('refuses the request after the last one, with the wait until the window ends', () => {
    expect(requestBudgetState(policy, 1201, start, at('2026-12-06T10:00:45.200Z'))).toEqual({
      limit: 1200,
      remaining: 0,
      resetSeconds: 15,
      spent: true,
    });
  });

  it('never tells a caller to wait less than a second', () => {
    // 10:00:59.999: 1 ms left → 1 s, not 0.
    expect(requestBudgetState(policy, 5, start, at('2026-12-06T10:00:59.999Z')).resetSeconds).toBe(1);
  });
});

describe('tokenExpiryProblem', () => {
  const now = at('2026-01-01T12:00:00Z');
  const policy = { maxLifetimeDays: 730, allowNoExpiry: false };

  it('accepts a future expiry within the lifetime, up to the last millisecond', () => {
    expect(tokenExpiryProblem(new Date('2026-06-30T00:00:00Z'), now, policy)).toBeNull();
    // 730 days after 2026-01-01 12:00 is 2028-01-01 12:00 (2027 has 365 days, 2026 has 365).
    expect(tokenExpiryProblem(new Date('2028-01-01T12:00:00Z'), now, policy)).toBeNull();
  });

  it('refuses a lifetime over the maximum, naming it', () => {
    expect(tokenExpiryProblem(new Date('2028-01-01T12:00:00.001Z'), now, policy)).toEqual(
      msg('TOKEN_LIFETIME_TOO_LONG', { days: 730 }),
    );
  });

  it('refuses the past, now and an invalid date', () => {
    expect(tokenExpiryProblem(new Date('2025-12-31T12:00:00Z'), now, policy)).toEqual(msg('NOT_IN_FUTURE'));
    expect(tokenExpiryProblem(new Date(now), now, policy)).toEqual(msg('NOT_IN_FUTURE'));
    expect(tokenExpiryProblem(new Date('not a date'), now, policy)).toEqual(msg('NOT_IN_FUTURE'));
  });

  it('allows no expiry only when the policy does', () => {
    expect(tokenExpiryProblem(null, now, policy)).toEqual(msg('TOKEN_EXPIRY_REQUIRED'));
    expect(tokenExpiryProblem(null, now, { ...policy, allowNoExpiry: true })).toBeNull();
  });
});
