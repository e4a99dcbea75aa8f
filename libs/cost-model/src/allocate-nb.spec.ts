/**
 * Explanations in Norwegian Bokmål (`{ language: 'nb' }`): the same scenarios as the English specs, with
 * the full Norwegian sentence written out. Figures are the same as in English, written with a decimal
 * comma and "kr" ("kr 33,34"), without thousands separators, so they can be copied into a calculator or a
 * Norwegian spreadsheet. Every scenario also checks that the amounts are the same as in English.
 */
import type { CostSharingKeySpec, TwoLevelKeySpec } from '@gevinst/domain';
import { AllocationParticipant, AllocationResult, allocate } from './allocate';
import { amountsById, sumOfLines } from '../testing/helpers';
import { municipalities, municipalityParticipants } from '../testing/reference-data';

const nb = { language: 'nb' } as const;

/** Allocates in Norwegian, checks that amounts, shares and limits are those of English, and returns it. */
function allocateNb(
  total: string | null,
  participants: readonly AllocationParticipant[],
  key: CostSharingKeySpec,
): AllocationResult {
  const norwegian = allocate(total, participants, key, nb);
  const english = allocate(total, participants, key);
  const figures = (result: AllocationResult) =>
    result.lines.map(({ participantId, amount, share, limit }) => [participantId, amount, share, limit]);
  expect(norwegian.total).toBe(english.total);
  expect(figures(norwegian)).toEqual(figures(english));
  return norwegian;
}

const explanationOf = (result: AllocationResult, id: string): string | undefined =>
  result.lines.find((line) => line.participantId === id)?.explanation;

describe('explanations in Norwegian (nb)', () => {
  it('EQUAL: NOK 100.00 among 3 is 33.34, 33.33, 33.33', () => {
    // 10 000 øre / 3 = 3 333.33… øre each → 3 333 each (9 999 øre), 1 øre left over; equal remainders and
    // weights, so it goes to the smallest id, "A".
    const result = allocateNb('100.00', [{ id: 'B' }, { id: 'A' }, { id: 'C' }], { method: 'EQUAL' });
    expect(amountsById(result)).toEqual({ A: '33.34', B: '33.33', C: '33.33' });
    expect(result.lines[1].explanation).toBe(
      'Lik fordeling på 3: 100,00 kr × 1 / 3 = 33,3333… kr, avrundet opp til 33,34 kr ' +
        '(største rest: når alle linjene rundes ned, blir 1 øre til overs; det går til linjen med størst rest); ' +
        'like rester: etter id.',
    );
    expect(result.lines[0].explanation).toBe(
      'Lik fordeling på 3: 100,00 kr × 1 / 3 = 33,3333… kr, avrundet ned til 33,33 kr; like rester: etter id.',
    );
  });

  it('EQUAL: more than one øre left over is handed out one each', () => {
    // 100 000 000 øre / 357 = 280 112.04… øre; 357 × 280 112 = 99 999 984, so 16 øre are left over. With
    // organisation numbers as tie keys they go to the 16 smallest (Færder 817263992 first); Oslo (958935420)
    // is rounded down, and Færder up.
    const participants = municipalities.map((m) => ({ id: m.number, tieKey: m.orgNumber }));
    const result = allocateNb('1000000.00', participants, { method: 'EQUAL' });
    expect(explanationOf(result, '0301')).toBe(
      'Lik fordeling på 357: 1 000 000,00 kr × 1 / 357 = 2 801,1204… kr, avrundet ned til 2 801,12 kr; ' +
        'like rester: etter organisasjonsnummer.',
    );
    expect(explanationOf(result, '3911')).toBe(
      'Lik fordeling på 357: 1 000 000,00 kr × 1 / 357 = 2 801,1204… kr, avrundet opp til 2 801,13 kr ' +
        '(største rest: når alle linjene rundes ned, blir 16 øre til overs; de går med ett øre hver til linjene med størst rest); ' +
        'like rester: etter organisasjonsnummer.',
    );
  });

  it('PROPORTIONAL by population: "population" is written "innbyggertall"', () => {
    // Oslo: 12 500 000 000 øre × 717 710 / 5 550 203 = 1 616 404 841.408… øre → kr 16 164 048,41 (rounded down)
    const result = allocateNb('125000000.00', municipalityParticipants(), {
      method: 'PROPORTIONAL',
      driver: 'population',
    });
    expect(sumOfLines(result)).toBe(12500000000n);
    expect(amountsById(result)['0301']).toBe('16164048.41');
    expect(explanationOf(result, '0301')).toBe(
      '717 710 innbyggere: 125 000 000,00 kr × 717 710 / 5 550 203 = 16 164 048,4140… kr, avrundet ned til 16 164 048,41 kr.',
    );
  });

  it("PROPORTIONAL by a driver of the user's own: its name is kept as given, decimals get a comma", () => {
    // users 0.1, 0.2, 0.3 (Σ 0.6) share NOK 1.00: 16.67, 33.33, 50 øre → 16 + 33 + 50 = 99, 1 øre left,
    // the largest remainder (⅔ øre) is a's: 0.17, 0.33, 0.50.
    const result = allocateNb(
      '1.00',
      [
        { id: 'a', drivers: { users: 0.1 } },
        { id: 'b', drivers: { users: '0.2' } },
        { id: 'c', drivers: { users: 0.3 } },
      ],
      { method: 'PROPORTIONAL', driver: 'users' },
    );
    expect(amountsById(result)).toEqual({ a: '0.17', b: '0.33', c: '0.50' });
    expect(result.lines.map((line) => line.explanation)).toEqual([
      '0,1 brukere: 1,00 kr × 0,1 / 0,6 = 0,1666… kr, avrundet opp til 0,17 kr ' +
        '(største rest: når alle linjene rundes ned, blir 1 øre til overs; det går til linjen med størst rest).',
      '0,2 brukere: 1,00 kr × 0,2 / 0,6 = 0,3333… kr, avrundet ned til 0,33 kr.',
      '0,3 brukere: 1,00 kr × 0,3 / 0,6 = 0,50 kr.',
    ]);
  });

  it('FIXED_SHARES: agreed percentages are a "fast andel"', () => {
    // Digdir 50 %: 123 456 789 øre × 50 / 100 = 61 728 394.5 øre → 617 283,94 (remainder .5, not among the
    // two largest); NAV 33.3333 %: 41 152 221.847737 øre → rounded up to 411 522,22 (2 øre were left).
    const result = allocateNb('1234567.89', [{ id: '991825827' }, { id: '889640782' }, { id: '974761076' }], {
      method: 'FIXED_SHARES',
      shares: { '991825827': '50', '889640782': '33.3333', '974761076': '16.6667' },
    });
    expect(amountsById(result)).toEqual({
      '991825827': '617283.94',
      '889640782': '411522.22',
      '974761076': '205761.73',
    });
    expect(result.lines[0].explanation).toBe(
      'Fast andel 50 %: 1 234 567,89 kr × 50 / 100 = 617 283,945 kr, avrundet ned til 617 283,94 kr.',
    );
    expect(result.lines[1].explanation).toBe(
      'Fast andel 33,3333 %: 1 234 567,89 kr × 33,3333 / 100 = 411 522,2184… kr, avrundet opp til 411 522,22 kr ' +
        '(største rest: når alle linjene rundes ned, blir 2 øre til overs; de går med ett øre hver til linjene med størst rest).',
    );
  });

  it('BASE_PLUS_PROPORTIONAL: "grunnavgift" plus a proportional part', () => {
    // Bases 357 × 5 000,00 = 1 785 000,00; left 48 215 000,00. Oslo: 48 215 000,00 × 717 710 / 5 550 203 =
    // 6 234 796,7542… → 6 234 796,75, plus the base 5 000,00 = 6 239 796,75.
    const result = allocateNb('50000000.00', municipalityParticipants(), {
      method: 'BASE_PLUS_PROPORTIONAL',
      base: '5000.00',
      driver: 'population',
    });
    expect(amountsById(result)['0301']).toBe('6239796.75');
    expect(explanationOf(result, '0301')).toBe(
      'Grunnavgift 5 000,00 kr pluss 717 710 innbyggere: 48 215 000,00 kr (totalsummen minus grunnavgiftene) × 717 710 / 5 550 203' +
        ' = 6 234 796,7542… kr, avrundet ned til 6 234 796,75 kr; med grunnavgiften 5 000,00 kr: 6 239 796,75 kr.',
    );
  });

  it('BASE_PLUS_PROPORTIONAL: a participant with driver 0 "betaler bare grunnavgiften"', () => {
    // 2 × 100,00 in bases; the remaining 800,00 all goes to b (users 4 of 4): 100,00 + 800,00 = 900,00.
    const result = allocateNb(
      '1000.00',
      [
        { id: 'a', drivers: { users: 0 } },
        { id: 'b', drivers: { users: 4 } },
      ],
      { method: 'BASE_PLUS_PROPORTIONAL', base: '100.00', driver: 'users' },
    );
    expect(amountsById(result)).toEqual({ a: '100.00', b: '900.00' });
    expect(result.lines.map((line) => line.explanation)).toEqual([
      'Grunnavgift 100,00 kr pluss 0 brukere: betaler bare grunnavgiften, 100,00 kr.',
      'Grunnavgift 100,00 kr pluss 4 brukere: 800,00 kr (totalsummen minus grunnavgiftene) × 4 / 4 = 800,00 kr;' +
        ' med grunnavgiften 100,00 kr: 900,00 kr.',
    ]);
  });

  it('PER_UNIT: NOK 20 per inhabitant, and a rate rounded half up to the øre', () => {
    // Oslo: 20 × 717 710 = 14 354 200,00 exactly. 0,125 × 1 001 = 125,125 → 125,13 (the half øre up).
    const digifin = allocateNb(null, municipalityParticipants(), {
      method: 'PER_UNIT',
      driver: 'population',
      rate: '20.00',
    });
    expect(digifin.total).toBe('111004060.00');
    expect(explanationOf(digifin, '0301')).toBe(
      '717 710 innbyggere × 20,00 kr per innbygger = 14 354 200,00 kr.',
    );

    const rounded = allocateNb(null, [{ id: 'a', drivers: { population: 1001 } }], {
      method: 'PER_UNIT',
      driver: 'population',
      rate: '0.125',
    });
    expect(rounded.lines[0].amount).toBe('125.13');
    expect(rounded.lines[0].explanation).toBe(
      '1 001 innbyggere × 0,125 kr per innbygger = 125,125 kr, avrundet til 125,13 kr (nærmeste øre; et halvt øre rundes opp).',
    );
  });

  it('PER_UNIT with a floor ("gulv") and a cap ("tak"): each amount is bounded on its own', () => {
    // 20 × 215 = 4 300,00 < floor 5 000,00; 20 × 717 710 = 14 354 200,00 > cap 10 000 000,00.
    const result = allocateNb(
      null,
      [
        { id: 'utsira', drivers: { population: 215 } },
        { id: 'oslo', drivers: { population: 717710 } },
      ],
      { method: 'PER_UNIT', driver: 'population', rate: '20.00', floor: '5000.00', cap: '10000000.00' },
    );
    expect(amountsById(result)).toEqual({ utsira: '5000.00', oslo: '10000000.00' });
    expect(result.lines.map((line) => line.explanation)).toEqual([
      '215 innbyggere × 20,00 kr per innbygger = 4 300,00 kr; det er under gulvet, så deltakeren betaler gulvet, 5 000,00 kr.',
      '717 710 innbyggere × 20,00 kr per innbygger = 14 354 200,00 kr; det er over taket, så deltakeren betaler taket, 10 000 000,00 kr.',
    ]);
  });

  it('BANDS without a total: the fee of the band ("intervall")', () => {
    // Eigersund (15 221) is in 10 000 to under 50 000: 20 000,00; Oslo in 50 000 and over: 30 000,00.
    const result = allocateNb(null, municipalityParticipants(), {
      method: 'BANDS',
      driver: 'population',
      bands: [{ upTo: 10000, fee: '10000.00' }, { upTo: 50000, fee: '20000.00' }, { fee: '30000.00' }],
    });
    expect(result.total).toBe('4900000.00');
    expect(explanationOf(result, '1151')).toBe(
      '215 innbyggere ligger i intervallet under 10 000: avgift 10 000,00 kr.',
    );
    expect(explanationOf(result, '1101')).toBe(
      '15 221 innbyggere ligger i intervallet fra 10 000 til under 50 000: avgift 20 000,00 kr.',
    );
    expect(explanationOf(result, '0301')).toBe(
      '717 710 innbyggere ligger i intervallet fra 50 000 og oppover: avgift 30 000,00 kr.',
    );
  });

  it('BANDS with a total: the band fees are the weights', () => {
    // 100,00 × 10 000 / 60 000 = 16,666… → 16,67 (the 1 øre left goes to the largest remainder, ⅔ øre).
    const result = allocateNb(
      '100.00',
      [
        { id: 'a', drivers: { population: 5 } },
        { id: 'b', drivers: { population: 20000 } },
        { id: 'c', drivers: { population: 60000 } },
      ],
      {
        method: 'BANDS',
        driver: 'population',
        bands: [{ upTo: 10000, fee: '10000.00' }, { upTo: 50000, fee: '20000.00' }, { fee: '30000.00' }],
      },
    );
    expect(amountsById(result)).toEqual({ a: '16.67', b: '33.33', c: '50.00' });
    expect(result.lines[0].explanation).toBe(
      '5 innbyggere ligger i intervallet under 10 000 (avgift 10 000,00 kr): 100,00 kr × 10 000,00 / 60 000,00 = 16,6666… kr, ' +
        'avrundet opp til 16,67 kr (største rest: når alle linjene rundes ned, blir 1 øre til overs; det går til linjen med størst rest).',
    );
    expect(result.lines[2].explanation).toBe(
      '60 000 innbyggere ligger i intervallet fra 50 000 og oppover (avgift 30 000,00 kr): 100,00 kr × 30 000,00 / 60 000,00 = 50,00 kr.',
    );
  });

  it('FREE_THRESHOLD: below the threshold ("terskel") a participant "betaler ingenting"', () => {
    // The 20 municipalities of 50 000 or more (2 635 977 inhabitants) share 10 000 000,00. Oslo:
    // 1 000 000 000 øre × 717 710 / 2 635 977 = 272 274 758,08… øre → 2 722 747,58. Utsira (215) is free.
    const result = allocateNb('10000000.00', municipalityParticipants(), {
      method: 'FREE_THRESHOLD',
      driver: 'population',
      threshold: 50000,
    });
    expect(amountsById(result)['0301']).toBe('2722747.58');
    expect(explanationOf(result, '0301')).toBe(
      '717 710 innbyggere (på eller over terskelen 50 000): 10 000 000,00 kr × 717 710 / 2 635 977 = 2 722 747,5808… kr, ' +
        'avrundet ned til 2 722 747,58 kr.',
    );
    expect(explanationOf(result, '1151')).toBe(
      '215 innbyggere er under terskelen 50 000: betaler ingenting.',
    );

    // a (999 transactions) is below the threshold 1 000; b (exactly 1 000) pays: 90,00 × 1 000 / 1 000 = 90,00.
    const transactions = allocateNb(
      '90.00',
      [
        { id: 'a', drivers: { transactions: 999 } },
        { id: 'b', drivers: { transactions: 1000 } },
      ],
      { method: 'FREE_THRESHOLD', driver: 'transactions', threshold: '1000' },
    );
    expect(transactions.lines.map((line) => line.explanation)).toEqual([
      '999 transaksjoner er under terskelen 1 000: betaler ingenting.',
      '1 000 transaksjoner (på eller over terskelen 1 000): 90,00 kr × 1 000 / 1 000 = 90,00 kr.',
    ]);
  });

  it('floors and caps: Oslo at the cap, the smallest at the floor, the rest re-shared', () => {
    // As in the English scenario: Oslo capped at 1 000 000,00 (the key alone: 10 000 000,00 × 717 710 /
    // 5 550 203 = 1 293 123,8731…); Utsira floored at 5 000,00 (alone: × 215 / 5 550 203 = 387,3732…);
    // 117 lines held, 8 420 000,00 left for 240 municipalities of 4 643 425 inhabitants.
    // Bergen: 8 420 000,00 × 291 940 / 4 643 425 = 529 379,6712… → 529 379,67.
    const result = allocateNb('10000000.00', municipalityParticipants(), {
      method: 'PROPORTIONAL',
      driver: 'population',
      floor: '5000.00',
      cap: '1000000.00',
    });
    expect(sumOfLines(result)).toBe(1000000000n);
    expect(explanationOf(result, '0301')).toBe(
      '717 710 innbyggere: satt til taket på 1 000 000,00 kr (nøkkelen alene gir 1 293 123,8731… kr); ' +
        'det overskytende fordeles på de andre etter samme nøkkel.',
    );
    expect(explanationOf(result, '1151')).toBe(
      '215 innbyggere: satt til gulvet på 5 000,00 kr (nøkkelen alene gir 387,3732… kr); ' +
        'differansen tas fra de andre etter samme nøkkel.',
    );
    expect(explanationOf(result, '4601')).toBe(
      '291 940 innbyggere: 8 420 000,00 kr (det som er igjen av 10 000 000,00 kr når 117 linjer er satt til gulv eller tak)' +
        ' × 291 940 / 4 643 425 = 529 379,6712… kr, avrundet ned til 529 379,67 kr.',
    );
  });

  it('floors and caps: a line reaches the cap only after the re-sharing', () => {
    // 100,00 by 1 : 4 : 5 gives 10, 40, 50. Cap 42: c is capped; the 58 left by 1 : 4 would give b 46,40,
    // so b is capped too, and a pays the remaining 100 − 84 = 16,00.
    const result = allocateNb(
      '100.00',
      [
        { id: 'a', drivers: { d: 1 } },
        { id: 'b', drivers: { d: 4 } },
        { id: 'c', drivers: { d: 5 } },
      ],
      { method: 'PROPORTIONAL', driver: 'd', cap: '42.00' },
    );
    expect(amountsById(result)).toEqual({ a: '16.00', b: '42.00', c: '42.00' });
    expect(result.lines.map((line) => line.explanation)).toEqual([
      'd 1: 16,00 kr (det som er igjen av 100,00 kr når 2 linjer er satt til gulv eller tak) × 1 / 1 = 16,00 kr.',
      'd 4: satt til taket på 42,00 kr (nøkkelen alene gir 40,00 kr, men når de andre linjene er satt til gulv eller tak ' +
        'og resten er fordelt på nytt, ville beløpet gått over taket); det overskytende fordeles på de andre etter samme nøkkel.',
      'd 5: satt til taket på 42,00 kr (nøkkelen alene gir 50,00 kr); det overskytende fordeles på de andre etter samme nøkkel.',
    ]);
  });

  it('floors with base fees: what is left after the base fees and the held lines', () => {
    // Bases 3 × 10,00; by 1 : 1 : 98 the key alone gives a and b 10,00 + 970,00 × 1 / 100 = 19,70, below the
    // floor of 100,00. Held: a and b at 100,00; c pays 1 000,00 − 200,00 = 800,00 = its base 10,00 + 790,00.
    const result = allocateNb(
      '1000.00',
      [
        { id: 'a', drivers: { d: 1 } },
        { id: 'b', drivers: { d: 1 } },
        { id: 'c', drivers: { d: 98 } },
      ],
      { method: 'BASE_PLUS_PROPORTIONAL', base: '10.00', driver: 'd', floor: '100.00' },
    );
    expect(amountsById(result)).toEqual({ a: '100.00', b: '100.00', c: '800.00' });
    expect(result.lines.map((line) => line.explanation)).toEqual([
      'Grunnavgift 10,00 kr pluss d 1: satt til gulvet på 100,00 kr (nøkkelen alene gir 19,70 kr); ' +
        'differansen tas fra de andre etter samme nøkkel.',
      'Grunnavgift 10,00 kr pluss d 1: satt til gulvet på 100,00 kr (nøkkelen alene gir 19,70 kr); ' +
        'differansen tas fra de andre etter samme nøkkel.',
      'Grunnavgift 10,00 kr pluss d 98: 790,00 kr (det som er igjen av 1 000,00 kr når grunnavgiftene er trukket fra ' +
        'og 2 linjer er satt til gulv eller tak) × 98 / 98 = 790,00 kr; med grunnavgiften 10,00 kr: 800,00 kr.',
    ]);
  });

  it('TWO_LEVEL: the group ("gruppe") and its administrative level ("nivå"), then the split within it', () => {
    // CENTRAL: 50 % of 250 000 000,00 = 125 000 000,00, all to the ministry. LOCAL: 125 000 000,00 by
    // population, as in the PROPORTIONAL scenario: Oslo 16 164 048,41.
    const key: TwoLevelKeySpec = {
      method: 'TWO_LEVEL',
      groups: [
        { group: 'CENTRAL', percent: '50', key: { method: 'EQUAL' } },
        { group: 'LOCAL', percent: '50', key: { method: 'PROPORTIONAL', driver: 'population' } },
      ],
    };
    const ministry = { id: '932384469', group: 'CENTRAL' };
    const result = allocateNb('250000000.00', [ministry, ...municipalityParticipants('LOCAL')], key);
    expect(sumOfLines(result)).toBe(25000000000n);
    expect(result.lines[0].explanation).toBe(
      'Sentralt nivå (staten) får 50 % av 250 000 000,00 kr = 125 000 000,00 kr, som fordeles innad i gruppen; ' +
        'lik fordeling på 1: 125 000 000,00 kr × 1 / 1 = 125 000 000,00 kr.',
    );
    expect(explanationOf(result, '0301')).toBe(
      'Lokalt nivå (kommunene) får 50 % av 250 000 000,00 kr = 125 000 000,00 kr, som fordeles innad i gruppen; ' +
        '717 710 innbyggere: 125 000 000,00 kr × 717 710 / 5 550 203 = 16 164 048,4140… kr, avrundet ned til 16 164 048,41 kr.',
    );
  });

  it('TWO_LEVEL: the group amounts are rounded by the largest remainder too', () => {
    // 10 000 øre × 33,3334 % = 3 333,34 øre (C): rounded down 3 333 × 3 = 9 999, the øre left goes to C.
    // Within C: 3 334 øre / 2 = 1 667 øre each.
    const result = allocateNb(
      '100.00',
      [
        { id: 'a1', group: 'A' },
        { id: 'b1', group: 'REGIONAL' },
        { id: 'c1', group: 'C' },
        { id: 'c2', group: 'C' },
      ],
      {
        method: 'TWO_LEVEL',
        groups: [
          { group: 'A', percent: '33.3333', key: { method: 'EQUAL' } },
          { group: 'REGIONAL', percent: '33.3333', key: { method: 'EQUAL' } },
          { group: 'C', percent: '33.3334', key: { method: 'EQUAL' } },
        ],
      },
    );
    expect(amountsById(result)).toEqual({ a1: '33.33', b1: '33.33', c1: '16.67', c2: '16.67' });
    expect(result.lines[1].explanation).toBe(
      'Regionalt nivå får 33,3333 % av 100,00 kr = 33,3333 kr, avrundet ned til 33,33 kr, ' +
        'som fordeles innad i gruppen; lik fordeling på 1: 33,33 kr × 1 / 1 = 33,33 kr.',
    );
    expect(result.lines[2].explanation).toBe(
      'Gruppen «C» får 33,3334 % av 100,00 kr = 33,3334 kr, avrundet opp til 33,34 kr (største rest), ' +
        'som fordeles innad i gruppen; lik fordeling på 2: 33,34 kr × 1 / 2 = 16,67 kr.',
    );
  });

  it('TWO_LEVEL: a cap on the key applies inside the group', () => {
    // LOCAL has 1 000,00: by users 1 : 9 that is 100,00 and 900,00; the inherited cap 600,00 holds the second,
    // and the first pays the remaining 400,00.
    const result = allocateNb(
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
    expect(result.lines[1].explanation).toBe(
      'Lokalt nivå (kommunene) får 50 % av 2 000,00 kr = 1 000,00 kr, som fordeles innad i gruppen; ' +
        '1 bruker: 400,00 kr (det som er igjen av 1 000,00 kr når 1 linje er satt til gulv eller tak) × 1 / 1 = 400,00 kr.',
    );
    expect(result.lines[2].explanation).toBe(
      'Lokalt nivå (kommunene) får 50 % av 2 000,00 kr = 1 000,00 kr, som fordeles innad i gruppen; ' +
        '9 brukere: satt til taket på 600,00 kr (nøkkelen alene gir 900,00 kr); det overskytende fordeles på de andre etter samme nøkkel.',
    );
  });

  it('English stays the default, and "en" is the same as no options', () => {
    const participants = [{ id: 'B' }, { id: 'A' }, { id: 'C' }];
    const english = allocate('100.00', participants, { method: 'EQUAL' });
    expect(allocate('100.00', participants, { method: 'EQUAL' }, { language: 'en' })).toEqual(english);
    expect(allocate('100.00', participants, { method: 'EQUAL' }, {})).toEqual(english);
    expect(english.lines[0].explanation).toBe(
      'equal split among 3: NOK 100.00 × 1 / 3 = NOK 33.3333…, rounded down to NOK 33.33; equal remainders: by id.',
    );
  });
});
