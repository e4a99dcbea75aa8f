/**
 * Property-based tests: 10,000 random cases per property. The generators keep, next to every driver,
 * share and limit, its exact value in thousandths as a BigInt, so the checks below recompute what the
 * library should do without using the library's own parsing or rounding.
 */
import fc from 'fast-check';
import type { CostSharingKeySpec, GroupKeySpec } from '@gevinst/domain';
import { allocate, AllocationResult } from './allocate';
import { CostModelError } from './errors';
import { parseAmount } from './money';

const RUNS = 10_000;

/** A driver value as given to allocate, and the same value in thousandths. */
interface Driver {
  given: number | string;
  milli: bigint;
}

const driverArb: fc.Arbitrary<Driver> = fc.oneof(
  { weight: 1, arbitrary: fc.constant<Driver>({ given: 0, milli: 0n }) },
  {
    weight: 5,
    arbitrary: fc
      .integer({ min: 0, max: 1_000_000 })
      .map((n): Driver => ({ given: n, milli: BigInt(n) * 1000n })),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 9_999 }), fc.integer({ min: 0, max: 999 }))
      .map(([whole, thousandths]): Driver => ({
        given: `${whole}.${String(thousandths).padStart(3, '0')}`,
        milli: BigInt(whole) * 1000n + BigInt(thousandths),
      })),
  },
);

interface Member {
  id: string;
  driver: Driver;
  group?: string;
}

const membersArb = (maxLength = 10): fc.Arbitrary<Member[]> =>
  fc
    .uniqueArray(fc.stringMatching(/^[A-Za-z0-9-]{1,6}$/), { minLength: 1, maxLength })
    .chain((ids) =>
      fc
        .array(driverArb, { minLength: ids.length, maxLength: ids.length })
        .map((drivers) => ids.map((id, i) => ({ id, driver: drivers[i] }))),
    );

const totalArb: fc.Arbitrary<bigint> = fc.oneof(
  fc.bigInt({ min: 0n, max: 1_000n }),
  fc.bigInt({ min: 0n, max: 100_000_000n }),
  fc.bigInt({ min: 0n, max: 10n ** 15n }),
);

const formatOre = (ore: bigint): string => `${ore / 100n}.${String(ore % 100n).padStart(2, '0')}`;
const ore = (amount: string): bigint => parseAmount(amount, 'amount');
const participantsOf = (members: Member[]) =>
  members.map((m) => ({ id: m.id, drivers: { d: m.driver.given }, ...(m.group ? { group: m.group } : {}) }));

/** Percentages with up to 2 decimals summing to exactly 100, one per slot (some may be 0). */
const percentsArb = (count: number): fc.Arbitrary<{ text: string; hundredths: bigint }[]> =>
  fc
    .array(fc.integer({ min: 0, max: 10_000 }), { minLength: count - 1, maxLength: count - 1 })
    .map((cuts) => {
      const points = [0, ...cuts.sort((a, b) => a - b), 10_000];
      return points.slice(1).map((point, i) => {
        const hundredths = BigInt(point - points[i]);
        return { text: `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, '0')}`, hundredths };
      });
    });

/** A key for the members, with each member's exact weight under it (thousandths, any common scale). */
interface Case {
  total: bigint;
  members: Member[];
  key: CostSharingKeySpec;
  /** per member: the weight the key gives it (common scale), and its base fee in øre */
  weights: bigint[];
  base: bigint;
  floor: bigint | null;
  cap: bigint | null;
}

function keyArb(members: Member[], total: bigint): fc.Arbitrary<Omit<Case, 'floor' | 'cap'>> {
  const n = members.length;
  const drivers = members.map((m) => m.driver.milli);
  const plain = (key: GroupKeySpec, weights: bigint[], base = 0n) => ({ total, members, key, weights, base });
  return fc.oneof(
    fc.constant(
      plain(
        { method: 'EQUAL' },
        members.map(() => 1n),
      ),
    ),
    fc.constant(plain({ method: 'PROPORTIONAL', driver: 'd' }, drivers)),
    percentsArb(n).map((percents) =>
      plain(
        {
          method: 'FIXED_SHARES',
          shares: Object.fromEntries(members.map((m, i) => [m.id, percents[i].text])),
        },
        percents.map((p) => p.hundredths),
      ),
    ),
    fc
      .bigInt({ min: 0n, max: total / BigInt(n) + 1n })
      .map((base) =>
        plain({ method: 'BASE_PLUS_PROPORTIONAL', base: formatOre(base), driver: 'd' }, drivers, base),
      ),
    fc
      .tuple(
        fc.integer({ min: 1, max: 500_000 }),
        fc.integer({ min: 1, max: 500_000 }),
        fc.bigInt({ min: 0n, max: 1_000_000n }),
        fc.bigInt({ min: 0n, max: 1_000_000n }),
        fc.bigInt({ min: 0n, max: 1_000_000n }),
      )
      .map(([a, b, fee1, fee2, fee3]) => {
        const low = BigInt(Math.min(a, b)) * 1000n;
        const high = BigInt(Math.max(a, b)) * 1000n + 1000n;
        const key: GroupKeySpec = {
          method: 'BANDS',
          driver: 'd',
          bands: [
            { upTo: Number(low / 1000n), fee: formatOre(fee1) },
            { upTo: String(high / 1000n), fee: formatOre(fee2) },
            { fee: formatOre(fee3) },
          ],
        };
        return plain(
          key,
          drivers.map((d) => (d < low ? fee1 : d < high ? fee2 : fee3)),
        );
      }),
    fc.integer({ min: 0, max: 1_000_000 }).map((threshold) =>
      plain(
        { method: 'FREE_THRESHOLD', driver: 'd', threshold },
        drivers.map((d) => (d >= BigInt(threshold) * 1000n ? d : 0n)),
      ),
    ),
  );
}

/** Optional floor and cap around the average line, so that most cases are feasible and some bind. */
function limitsArb(total: bigint, n: number): fc.Arbitrary<{ floor: bigint | null; cap: bigint | null }> {
  const average = total / BigInt(n);
  return fc.record({
    floor: fc.option(fc.bigInt({ min: 0n, max: (average * 6n) / 5n }), { nil: null }),
    cap: fc.option(fc.bigInt({ min: (average * 4n) / 5n, max: average * 3n + 1n }), { nil: null }),
  });
}

const caseArb: fc.Arbitrary<Case> = fc
  .tuple(membersArb(), totalArb)
  .chain(([members, total]) => fc.tuple(keyArb(members, total), limitsArb(total, members.length)))
  .map(([keyCase, limits]) => {
    const floor = limits.floor;
    const cap = limits.cap !== null && floor !== null && limits.cap < floor ? floor : limits.cap;
    const key = { ...keyCase.key } as GroupKeySpec;
    if (floor !== null) key.floor = formatOre(floor);
    if (cap !== null) key.cap = formatOre(cap);
    return { ...keyCase, key, floor, cap };
  });

/**
 * Runs allocate; returns null when it refuses with an error the case justifies (checked independently):
 * every weight zero, base fees above the total, or floors and caps that cannot be met.
 */
function run(c: Case): AllocationResult | null {
  try {
    return allocate(formatOre(c.total), participantsOf(c.members), c.key);
  } catch (error) {
    if (!(error instanceof CostModelError)) throw error;
    const n = BigInt(c.members.length);
    // Participants with neither weight nor base fee are exempt; the others pay at least clamp(base) and,
    // with a cap, those with a weight pay at most the cap.
    const payers = BigInt(c.weights.filter((w) => w > 0n || c.base > 0n).length);
    const weighted = BigInt(c.weights.filter((w) => w > 0n).length);
    const clamp = (value: bigint): bigint =>
      c.floor !== null && value < c.floor ? c.floor : c.cap !== null && value > c.cap ? c.cap : value;
    switch (error.code) {
      case 'ZERO_TOTAL_DRIVER':
        expect(weighted).toBe(0n);
        expect(c.total - c.base * n).toBeGreaterThan(0n);
        return null;
      case 'BASES_EXCEED_TOTAL':
        expect(c.base * n).toBeGreaterThan(c.total);
        return null;
      case 'INFEASIBLE_FLOOR_CAP': {
        const least = payers * clamp(c.base);
        const most = c.cap === null ? null : weighted * c.cap + (payers - weighted) * clamp(c.base);
        expect(least > c.total || (most !== null && most < c.total)).toBe(true);
        return null;
      }
      default:
        throw error;
    }
  }
}

describe('allocate: properties over random participants and keys', () => {
  it('the generators exercise floors, caps, errors and rounding often enough to matter', () => {
    // 2 000 sample cases: count those where a cap binds, a floor binds, a line is rounded up, or
    // allocate refuses (justified); each should be common, so the properties are not vacuous.
    const seen = { cap: 0, floor: 0, roundedUp: 0, refused: 0 };
    for (const c of fc.sample(caseArb, { numRuns: 2_000, seed: 42 })) {
      const result = run(c);
      if (result === null) seen.refused++;
      else {
        if (result.lines.some((line) => line.limit === 'CAP')) seen.cap++;
        if (result.lines.some((line) => line.limit === 'FLOOR')) seen.floor++;
        if (result.lines.some((line) => line.explanation.includes('rounded up'))) seen.roundedUp++;
      }
    }
    expect(seen.cap).toBeGreaterThan(200);
    expect(seen.floor).toBeGreaterThan(200);
    expect(seen.roundedUp).toBeGreaterThan(200);
    expect(seen.refused).toBeGreaterThan(20);
  });

  it('lines always add up to the total exactly, and no line is negative', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const result = run(c);
        if (result === null) return;
        let sum = 0n;
        const negative: string[] = [];
        for (const line of result.lines) {
          const amount = ore(line.amount);
          if (amount < 0n) negative.push(line.participantId);
          sum += amount;
        }
        expect({ total: result.total, sum, negative }).toEqual({
          total: formatOre(c.total),
          sum: c.total,
          negative: [],
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('the result does not depend on the order of the participants', () => {
    const shuffled = caseArb.chain((c) =>
      fc
        .shuffledSubarray(
          c.members.map((_, i) => i),
          { minLength: c.members.length, maxLength: c.members.length },
        )
        .map((order) => ({ c, order })),
    );
    fc.assert(
      fc.property(shuffled, ({ c, order }) => {
        const first = run(c);
        const permuted: Case = {
          ...c,
          members: order.map((i) => c.members[i]),
          weights: order.map((i) => c.weights[i]),
        };
        const second = run(permuted);
        expect(second === null).toBe(first === null);
        if (first === null || second === null) return;
        const byId = (result: AllocationResult) =>
          Object.fromEntries(
            result.lines.map((line) => [line.participantId, [line.amount, line.limit, line.explanation]]),
          );
        expect(byId(second)).toEqual(byId(first));
        expect(second.lines.map((line) => line.participantId)).toEqual(order.map((i) => c.members[i].id));
      }),
      { numRuns: RUNS },
    );
  });

  it('caps and floors hold, and the re-sharing is stable: one rate for everyone not held at a limit', () => {
    const limited = caseArb.filter((c) => (c.floor !== null || c.cap !== null) && c.base === 0n);
    fc.assert(
      fc.property(limited, (c) => {
        const result = run(c);
        if (result === null) return;
        const amounts = result.lines.map((line) => ore(line.amount));
        const problems: string[] = [];
        const check = (ok: boolean, problem: string) => {
          if (!ok) problems.push(problem);
        };
        // the pool shared by weight, and the weight sharing it
        let pool = 0n;
        let poolWeight = 0n;
        result.lines.forEach((line, i) => {
          const w = c.weights[i];
          const id = line.participantId;
          check(c.cap === null || amounts[i] <= c.cap, `${id} pays more than the cap`);
          if (w === 0n) check(amounts[i] === 0n, `${id} is exempt by the key but pays`);
          else check(c.floor === null || amounts[i] >= c.floor, `${id} pays less than the floor`);
          check(line.limit !== 'CAP' || amounts[i] === c.cap, `${id} is marked CAP but does not pay the cap`);
          check(
            line.limit !== 'FLOOR' || amounts[i] === c.floor,
            `${id} is marked FLOOR but does not pay the floor`,
          );
          if (line.limit === null && w > 0n) {
            pool += amounts[i];
            poolWeight += w;
          }
        });
        // λ = pool / poolWeight. Held at the cap: λ·w ≥ cap; at the floor: λ·w ≤ floor; the others are
        // within one øre of λ·w.
        if (poolWeight > 0n) {
          result.lines.forEach((line, i) => {
            const w = c.weights[i];
            if (w === 0n) return;
            const exact = pool * w; // λ·w × poolWeight
            const id = line.participantId;
            if (line.limit === 'CAP')
              check(exact >= (c.cap as bigint) * poolWeight, `${id} is capped needlessly`);
            else if (line.limit === 'FLOOR') {
              check(exact <= (c.floor as bigint) * poolWeight, `${id} is floored needlessly`);
            } else {
              const gap = amounts[i] * poolWeight - exact;
              check(gap < poolWeight && -gap < poolWeight, `${id} is more than one øre off the common rate`);
            }
          });
        }
        expect(problems).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('proportional lines are within one øre of the exact quota and monotone in the driver', () => {
    const proportional = fc
      .tuple(membersArb(), totalArb)
      .filter(([members]) => members.some((m) => m.driver.milli > 0n));
    fc.assert(
      fc.property(proportional, ([members, total]) => {
        const result = allocate(formatOre(total), participantsOf(members), {
          method: 'PROPORTIONAL',
          driver: 'd',
        });
        const sumDrivers = members.reduce((sum, m) => sum + m.driver.milli, 0n);
        const amounts = result.lines.map((line) => ore(line.amount));
        const problems: string[] = [];
        members.forEach((m, i) => {
          const gap = amounts[i] * sumDrivers - total * m.driver.milli;
          if (gap >= sumDrivers || -gap >= sumDrivers)
            problems.push(`${m.id} is more than one øre off its quota`);
          members.forEach((other, j) => {
            if (m.driver.milli < other.driver.milli && amounts[i] > amounts[j]) {
              problems.push(`${m.id} pays more than ${other.id} with a smaller driver`);
            }
            const diff = amounts[i] - amounts[j];
            if (m.driver.milli === other.driver.milli && (diff > 1n || diff < -1n)) {
              problems.push(`${m.id} and ${other.id} have the same driver but differ by more than one øre`);
            }
          });
        });
        expect(problems).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('TWO_LEVEL gives each group its percentage to within one øre and the lines add up', () => {
    const twoLevel = fc
      .tuple(membersArb(12), totalArb, fc.integer({ min: 1, max: 3 }))
      .filter(([members, , groups]) => members.length >= groups)
      .chain(([members, total, groups]) =>
        fc
          .tuple(
            percentsArb(groups),
            fc.array(fc.integer({ min: 0, max: groups - 1 }), {
              minLength: members.length,
              maxLength: members.length,
            }),
          )
          .map(([percents, assignment]) => {
            const grouped = members.map((m, i) => ({ ...m, group: `G${i < groups ? i : assignment[i]}` }));
            const key: CostSharingKeySpec = {
              method: 'TWO_LEVEL',
              groups: percents.map((p, g) => ({
                group: `G${g}`,
                percent: p.text,
                key: g % 2 === 0 ? { method: 'EQUAL' } : { method: 'PROPORTIONAL', driver: 'd' },
              })),
            };
            return { members: grouped, total, percents, key };
          }),
      );
    fc.assert(
      fc.property(twoLevel, ({ members, total, percents, key }) => {
        let result: AllocationResult;
        try {
          result = allocate(formatOre(total), participantsOf(members), key);
        } catch (error) {
          // a PROPORTIONAL group whose drivers are all zero cannot share its amount
          expect((error as CostModelError).code).toBe('ZERO_TOTAL_DRIVER');
          return;
        }
        const byGroup = new Map<string, bigint>();
        const problems: string[] = [];
        result.lines.forEach((line, i) => {
          const amount = ore(line.amount);
          if (amount < 0n) problems.push(`${line.participantId} is negative`);
          byGroup.set(members[i].group, (byGroup.get(members[i].group) ?? 0n) + amount);
        });
        let sum = 0n;
        percents.forEach((p, g) => {
          const got = byGroup.get(`G${g}`) ?? 0n;
          const gap = got * 10_000n - total * p.hundredths;
          if (gap >= 10_000n || -gap >= 10_000n)
            problems.push(`group G${g} is more than one øre off its percentage`);
          sum += got;
        });
        expect(problems).toEqual([]);
        expect(sum).toBe(total);
      }),
      { numRuns: RUNS },
    );
  });

  it('PER_UNIT charges rate × driver rounded half away from zero, and the total is the sum', () => {
    const perUnit = fc.tuple(
      membersArb(),
      fc.tuple(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 999 })),
    );
    fc.assert(
      fc.property(perUnit, ([members, [whole, thousandths]]) => {
        const rate = `${whole}.${String(thousandths).padStart(3, '0')}`;
        const rateMilli = BigInt(whole) * 1000n + BigInt(thousandths);
        const result = allocate(null, participantsOf(members), { method: 'PER_UNIT', driver: 'd', rate });
        let sum = 0n;
        const wrong: string[] = [];
        members.forEach((m, i) => {
          // rate × driver in millionths of a krone; øre = that / 10 000, rounded half up (all positive)
          const millionths = rateMilli * m.driver.milli;
          const expected = (millionths + 5_000n) / 10_000n;
          if (ore(result.lines[i].amount) !== expected)
            wrong.push(`${m.id}: expected ${formatOre(expected)}`);
          sum += expected;
        });
        expect(wrong).toEqual([]);
        expect(ore(result.total)).toBe(sum);
      }),
      { numRuns: RUNS },
    );
  });
});

/** Any allocation: every key with and without floors and caps, PER_UNIT, BANDS without a total, TWO_LEVEL. */
interface Allocation {
  total: string | null;
  participants: ReturnType<typeof participantsOf>;
  key: CostSharingKeySpec;
}

const groupKeyArb: fc.Arbitrary<GroupKeySpec> = fc.oneof(
  fc.constant<GroupKeySpec>({ method: 'EQUAL' }),
  fc.constant<GroupKeySpec>({ method: 'PROPORTIONAL', driver: 'd' }),
  fc.constant<GroupKeySpec>({ method: 'BASE_PLUS_PROPORTIONAL', base: '0.50', driver: 'd' }),
  fc
    .integer({ min: 0, max: 1_000 })
    .map((threshold): GroupKeySpec => ({ method: 'FREE_THRESHOLD', driver: 'd', threshold })),
);

const allocationArb: fc.Arbitrary<Allocation> = fc.oneof(
  caseArb.map((c): Allocation => ({
    total: formatOre(c.total),
    participants: participantsOf(c.members),
    key: c.key,
  })),
  fc
    .tuple(
      membersArb(),
      fc.tuple(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 999 })),
      fc.option(fc.bigInt({ min: 1n, max: 100_000_000n }), { nil: null }),
      fc.option(fc.bigInt({ min: 1n, max: 10_000_000_000n }), { nil: null }),
    )
    .map(([members, [whole, thousandths], floor, cap]): Allocation => ({
      total: null,
      participants: participantsOf(members),
      key: {
        method: 'PER_UNIT',
        driver: 'd',
        rate: `${whole}.${String(thousandths).padStart(3, '0')}`,
        ...(floor === null ? {} : { floor: formatOre(floor) }),
        ...(cap === null || (floor !== null && cap < floor) ? {} : { cap: formatOre(cap) }),
      },
    })),
  fc.tuple(membersArb(), fc.integer({ min: 1, max: 999 })).map(([members, upTo]): Allocation => ({
    total: null,
    participants: participantsOf(members),
    key: {
      method: 'BANDS',
      driver: 'd',
      bands: [{ upTo: `${upTo}.5`, fee: '100.00' }, { upTo: upTo * 10, fee: '250.25' }, { fee: '1000.00' }],
    },
  })),
  fc
    .tuple(membersArb(12), totalArb, fc.integer({ min: 1, max: 4 }))
    .filter(([members, , groups]) => members.length >= groups)
    .chain(([members, total, groups]) =>
      fc
        .tuple(
          percentsArb(groups),
          fc.array(groupKeyArb, { minLength: groups, maxLength: groups }),
          fc.array(fc.integer({ min: 0, max: groups - 1 }), {
            minLength: members.length,
            maxLength: members.length,
          }),
          fc.option(fc.bigInt({ min: 0n, max: total + 1n }), { nil: null }),
        )
        .map(([percents, keys, assignment, cap]): Allocation => {
          // the administrative levels, which Norwegian explanations name, and a group of another name
          const names = ['CENTRAL', 'REGIONAL', 'LOCAL', 'G3'];
          const grouped = members.map((m, i) => ({ ...m, group: names[i < groups ? i : assignment[i]] }));
          return {
            total: formatOre(total),
            participants: participantsOf(grouped),
            key: {
              method: 'TWO_LEVEL',
              ...(cap === null ? {} : { cap: formatOre(cap) }),
              groups: percents.map((p, g) => ({ group: names[g], percent: p.text, key: keys[g] })),
            },
          };
        }),
    ),
);

/** allocate's result, or the CostModelError it throws. */
function attempt(
  allocation: Allocation,
  options?: { language: 'en' | 'nb' },
): AllocationResult | CostModelError {
  try {
    return allocate(allocation.total, allocation.participants, allocation.key, options);
  } catch (error) {
    if (error instanceof CostModelError) return error;
    throw error;
  }
}

/** The figures of an explanation in order, written with a decimal point: "33.3333…", "717710", "1". */
function figures(explanation: string, point: '.' | ','): string[] {
  const pattern = point === '.' ? /\d+(?:\.\d+)?…?/g : /\d+(?:,\d+)?…?/g;
  // Norwegian separates thousands with a no-break space («1 250 000,50»): the same figure without it
  const ungrouped = explanation.replace(/(\d)\u00a0(?=\d)/g, '$1');
  return (ungrouped.match(pattern) ?? []).map((figure) => figure.replace(',', '.'));
}

describe('allocate: explanations in Norwegian (nb)', () => {
  it('give the same amounts, shares, limits, totals and errors as English, with the same figures in the explanations', () => {
    let allocated = 0;
    fc.assert(
      fc.property(allocationArb, (allocation) => {
        const english = attempt(allocation);
        const norwegian = attempt(allocation, { language: 'nb' });
        expect(attempt(allocation, { language: 'en' })).toEqual(english);
        if (english instanceof CostModelError || norwegian instanceof CostModelError) {
          // error messages are not translated: the same error either way
          expect(norwegian).toEqual(english);
          expect(norwegian instanceof CostModelError && english instanceof CostModelError).toBe(true);
          return;
        }
        allocated++;
        const withoutWords = ({ lines, ...rest }: AllocationResult) => ({
          ...rest,
          lines: lines.map(({ explanation: _explanation, ...line }) => line),
        });
        expect(withoutWords(norwegian)).toEqual(withoutWords(english));
        const problems: string[] = [];
        english.lines.forEach((line, i) => {
          const nb = norwegian.lines[i].explanation;
          if (nb === line.explanation) problems.push(`${line.participantId}: not translated`);
          if (nb.includes('NOK')) problems.push(`${line.participantId}: "NOK" in "${nb}"`);
          const expected = figures(line.explanation, '.');
          const got = figures(nb, ',');
          if (got.join(' ') !== expected.join(' ')) {
            problems.push(
              `${line.participantId}: figures ${got.join(' ')} ≠ ${expected.join(' ')} in "${nb}"`,
            );
          }
        });
        expect(problems).toEqual([]);
      }),
      { numRuns: RUNS },
    );
    // most cases allocate (the others check that the errors are the same)
    expect(allocated).toBeGreaterThan(RUNS / 2);
  });

  it('refuses an unknown language', () => {
    const refused = attempt(
      { total: '1.00', participants: [{ id: 'a', drivers: { d: 1 } }], key: { method: 'EQUAL' } },
      { language: 'de' as 'nb' },
    );
    expect(refused).toBeInstanceOf(CostModelError);
    expect((refused as CostModelError).code).toBe('INVALID_INPUT');
    expect((refused as CostModelError).message).toBe(
      'options.language: the explanation language must be "en" or "nb" (got "de")',
    );
  });
});
