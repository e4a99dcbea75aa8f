/**
 * The DigiFin fund as a ledger (issue 15; definitions and sources in docs/funding-schemes.md, "DigiFin").
 *
 * - Contribution rules are data (one row per year and contributor kind, table digifin_contribution_rules):
 *   the state and KS contribute a fixed amount in a year; every municipality and every county authority
 *   contributes `rate × its population` of the rule's population year (1 January figures; the
 *   contribution year itself when the rule names none — as a cost-sharing key without a population year
 *   reads the run year's). Those per-inhabitant amounts are the cost-model's PER_UNIT key (`C_i = rate ×
 *   d_i`, allocate.ts), so each is exact to the øre: rate × population, rounded half away from zero.
 * - Grants from the fund are the DIGIFIN funding sources of the initiatives (planned amount = the granted
 *   amount of the year; received as recorded), by initiative and year.
 * - The balance by year, over every year from the first rule or grant to the last: opening (the previous
 *   year's closing; 0 the first year) + contributions − grants (planned) = closing. A closing below 0 is
 *   flagged `overdrawn`.
 * - The matching rule (KS: the state contributes on the condition that the local sector contributes at
 *   least as much): in each year, the local sector's contributions so far (municipalities, county
 *   authorities and KS, cumulatively) ≥ the state's so far. `matching.met` is the rule at the last year.
 * - Who paid a grant, through the fund (`digifinGrantShares`): each year's grants are split over every
 *   contributor (each organisation, the state, KS) by its contributions up to the end of that year, by
 *   the largest remainder (equal remainders: larger weight, then the smaller organisation number), so
 *   the parts add up to the year's grants to the øre. Grants in a year before anyone contributed have no
 *   contributor (`unfunded`).
 *
 * Amounts are integer øre inside and NOK decimal strings with two decimals outside.
 */
import { msg } from '@gevinst/domain';
import { allocate } from './allocate';
import { CostModelError } from './errors';
import { largestRemainder } from './largest-remainder';
import { formatOre, formatShare, parseAmount, parseDecimal } from './money';

/** Who contributes under a rule: a fixed amount (STATE, KS) or a rate per inhabitant (the others). */
export type DigifinContributorKind = 'STATE' | 'KS' | 'MUNICIPALITY' | 'COUNTY_AUTHORITY';

export const DIGIFIN_CONTRIBUTOR_KINDS: readonly DigifinContributorKind[] = [
  'STATE',
  'KS',
  'MUNICIPALITY',
  'COUNTY_AUTHORITY',
];

/** Whether the kind contributes per inhabitant (MUNICIPALITY, COUNTY_AUTHORITY) rather than a fixed amount. */
export function paysPerInhabitant(kind: DigifinContributorKind): kind is 'MUNICIPALITY' | 'COUNTY_AUTHORITY' {
  return kind === 'MUNICIPALITY' || kind === 'COUNTY_AUTHORITY';
}

export interface DigifinRule {
  year: number;
  contributor: DigifinContributorKind;
  /** STATE and KS: NOK contributed in the year. */
  amount?: string | null;
  /** MUNICIPALITY and COUNTY_AUTHORITY: NOK per inhabitant. */
  rate?: string | null;
  /** The population year the rate is applied to; null or absent: the contribution year. */
  populationYear?: number | null;
}

/** A municipality or county authority that contributes, with its population by year. */
export interface DigifinContributor {
  id: string;
  kind: 'MUNICIPALITY' | 'COUNTY_AUTHORITY' | 'KS';
  /** The organisation number: the public tie key of the largest remainder. */
  orgNumber: string;
  name: string;
  /** Inhabitants on 1 January, by year (only the years the rules read are needed). */
  populations: Readonly<Record<number, number>>;
}

/** A DigiFin grant: one initiative's DIGIFIN funding for one year. */
export interface DigifinGrantInput {
  initiativeId: string;
  year: number;
  /** NOK ≥ 0, planned (granted) */
  planned: string;
  /** NOK ≥ 0 received, or null when nothing is recorded */
  received: string | null;
}

export interface DigifinContribution {
  year: number;
  organisationId: string;
  kind: 'MUNICIPALITY' | 'COUNTY_AUTHORITY';
  populationYear: number;
  population: number;
  /** NOK per inhabitant */
  rate: string;
  /** rate × population, NOK */
  amount: string;
}

export interface DigifinGrant {
  initiativeId: string;
  year: number;
  planned: string;
  received: string;
}

export interface DigifinYear {
  year: number;
  opening: string;
  state: string;
  ks: string;
  municipalities: string;
  countyAuthorities: string;
  /** municipalities + county authorities + KS */
  local: string;
  /** state + local */
  contributions: string;
  /** DigiFin grants planned for the year */
  grants: string;
  /** DigiFin grants received so far for the year */
  grantsReceived: string;
  /** opening + contributions − grants */
  closing: string;
  overdrawn: boolean;
  cumulativeState: string;
  cumulativeLocal: string;
  /** cumulativeLocal ≥ cumulativeState */
  matchingMet: boolean;
}

export interface DigifinMatching {
  /** The rule at the last year of the ledger (true for a ledger without years). */
  met: boolean;
  /** The first year from which the rule holds in every later year; null when it does not hold at the end. */
  metFrom: number | null;
  /** The years in which the rule does not hold. */
  yearsNotMet: number[];
  cumulativeState: string;
  cumulativeLocal: string;
  /** cumulativeLocal − cumulativeState at the last year (negative: the local sector is short). */
  surplus: string;
}

export interface DigifinLedgerResult {
  years: DigifinYear[];
  /** Per organisation and year, ordered by year and then as the contributors were given. */
  contributions: DigifinContribution[];
  /** Per initiative and year (sources of the same year summed), by year and then initiative id. */
  grants: DigifinGrant[];
  matching: DigifinMatching;
  totals: {
    state: string;
    local: string;
    contributions: string;
    grants: string;
    grantsReceived: string;
    closing: string;
  };
}

interface YearSums {
  state: bigint;
  ks: bigint;
  municipalities: bigint;
  countyAuthorities: bigint;
  grants: bigint;
  grantsReceived: bigint;
}

const emptyYear = (): YearSums => ({
  state: 0n,
  ks: 0n,
  municipalities: 0n,
  countyAuthorities: 0n,
  grants: 0n,
  grantsReceived: 0n,
});

function invalid(year: number, what: string, path: string): CostModelError {
  return new CostModelError('INVALID_INPUT', msg('DIGIFIN_RULE_INVALID', { year, what }), path);
}

/** Each rule checked: a whole year, a known kind, an amount for STATE/KS and a rate for the others, no duplicate. */
function checkRules(rules: readonly DigifinRule[]): void {
  const seen = new Set<string>();
  rules.forEach((rule, index) => {
    const path = `rules[${index}]`;
    if (!Number.isSafeInteger(rule.year)) throw invalid(rule.year, 'the year is not a whole number', path);
    if (!DIGIFIN_CONTRIBUTOR_KINDS.includes(rule.contributor))
      throw invalid(
        rule.year,
        `unknown contributor ${JSON.stringify(rule.contributor)}`,
        `${path}.contributor`,
      );
    const key = `${rule.year}|${rule.contributor}`;
    if (seen.has(key)) throw invalid(rule.year, `${rule.contributor} has two rules`, path);
    seen.add(key);
    if (paysPerInhabitant(rule.contributor)) {
      if (rule.rate === null || rule.rate === undefined)
        throw invalid(rule.year, `${rule.contributor} needs a rate per inhabitant`, `${path}.rate`);
      const rate = parseDecimal(rule.rate);
      if (!rate || rate.units < 0n)
        throw invalid(
          rule.year,
          `the rate ${JSON.stringify(rule.rate)} is not a number of NOK ≥ 0`,
          `${path}.rate`,
        );
      if (
        rule.populationYear !== null &&
        rule.populationYear !== undefined &&
        !Number.isSafeInteger(rule.populationYear)
      )
        throw invalid(rule.year, 'the population year is not a whole number', `${path}.populationYear`);
    } else {
      if (rule.amount === null || rule.amount === undefined)
        throw invalid(rule.year, `${rule.contributor} needs an amount`, `${path}.amount`);
      parseAmount(rule.amount, `${path}.amount`);
    }
  });
}

/**
 * The fund's ledger from its contribution rules, the contributing organisations and the DigiFin grants
 * (see the module's definitions).
 * @throws CostModelError INVALID_INPUT (DIGIFIN_RULE_INVALID) for an unusable rule, INVALID_AMOUNT for an
 *   amount that is not NOK ≥ 0, INVALID_INPUT (DIGIFIN_POPULATION_MISSING) when contributors lack the
 *   population a rule reads.
 */
export function digifinLedger(
  rules: readonly DigifinRule[],
  contributors: readonly DigifinContributor[],
  grants: readonly DigifinGrantInput[],
): DigifinLedgerResult {
  checkRules(rules);
  const byYear = new Map<number, YearSums>();
  const sums = (year: number): YearSums => {
    let found = byYear.get(year);
    if (!found) byYear.set(year, (found = emptyYear()));
    return found;
  };
  const contributions: DigifinContribution[] = [];

  const sorted = [...rules].sort(
    (a, b) =>
      a.year - b.year ||
      DIGIFIN_CONTRIBUTOR_KINDS.indexOf(a.contributor) - DIGIFIN_CONTRIBUTOR_KINDS.indexOf(b.contributor),
  );
  for (const rule of sorted) {
    const year = sums(rule.year);
    if (rule.contributor === 'STATE') year.state += parseAmount(rule.amount!, 'amount');
    else if (rule.contributor === 'KS') year.ks += parseAmount(rule.amount!, 'amount');
    else {
      const kind = rule.contributor;
      const populationYear = rule.populationYear ?? rule.year;
      const members = contributors.filter((c) => c.kind === kind);
      const missing = members.filter((c) => c.populations[populationYear] === undefined);
      if (missing.length)
        throw new CostModelError(
          'INVALID_INPUT',
          msg('DIGIFIN_POPULATION_MISSING', {
            year: rule.year,
            populationYear,
            count: missing.length,
            names:
              missing
                .slice(0, 10)
                .map((c) => `${c.name} (${c.orgNumber})`)
                .join(', ') + (missing.length > 10 ? ', …' : ''),
          }),
          'contributors',
        );
      if (!members.length) continue;
      // The cost-model's PER_UNIT key: C_i = rate × d_i, each rounded half away from zero to the øre.
      const result = allocate(
        null,
        members.map((c) => ({
          id: c.id,
          tieKey: c.orgNumber,
          drivers: { population: c.populations[populationYear] },
        })),
        { method: 'PER_UNIT', driver: 'population', rate: rule.rate! },
      );
      const rate = formatRate(rule.rate!);
      result.lines.forEach((line, index) => {
        contributions.push({
          year: rule.year,
          organisationId: line.participantId,
          kind,
          populationYear,
          population: members[index].populations[populationYear],
          rate,
          amount: line.amount,
        });
      });
      const total = parseAmount(result.total, 'total');
      if (kind === 'MUNICIPALITY') year.municipalities += total;
      else year.countyAuthorities += total;
    }
  }

  const grantRows = new Map<
    string,
    { initiativeId: string; year: number; planned: bigint; received: bigint }
  >();
  grants.forEach((grant, index) => {
    const path = `grants[${index}]`;
    if (!Number.isSafeInteger(grant.year))
      throw new CostModelError(
        'INVALID_INPUT',
        msg('FUNDING_YEAR_NOT_INTEGER', { got: String(grant.year) }),
        path,
      );
    const planned = parseAmount(grant.planned, `${path}.planned`);
    const received = grant.received === null ? 0n : parseAmount(grant.received, `${path}.received`);
    const year = sums(grant.year);
    year.grants += planned;
    year.grantsReceived += received;
    const key = `${grant.year}|${grant.initiativeId}`;
    const row = grantRows.get(key) ?? {
      initiativeId: grant.initiativeId,
      year: grant.year,
      planned: 0n,
      received: 0n,
    };
    row.planned += planned;
    row.received += received;
    grantRows.set(key, row);
  });

  const years: DigifinYear[] = [];
  let balance = 0n;
  let cumulativeState = 0n;
  let cumulativeLocal = 0n;
  let totalGrants = 0n;
  let totalReceived = 0n;
  const yearNumbers = [...byYear.keys()];
  if (yearNumbers.length) {
    const first = Math.min(...yearNumbers);
    const last = Math.max(...yearNumbers);
    for (let y = first; y <= last; y++) {
      const s = byYear.get(y) ?? emptyYear();
      const local = s.municipalities + s.countyAuthorities + s.ks;
      const opening = balance;
      balance = opening + s.state + local - s.grants;
      cumulativeState += s.state;
      cumulativeLocal += local;
      totalGrants += s.grants;
      totalReceived += s.grantsReceived;
      years.push({
        year: y,
        opening: formatOre(opening),
        state: formatOre(s.state),
        ks: formatOre(s.ks),
        municipalities: formatOre(s.municipalities),
        countyAuthorities: formatOre(s.countyAuthorities),
        local: formatOre(local),
        contributions: formatOre(s.state + local),
        grants: formatOre(s.grants),
        grantsReceived: formatOre(s.grantsReceived),
        closing: formatOre(balance),
        overdrawn: balance < 0n,
        cumulativeState: formatOre(cumulativeState),
        cumulativeLocal: formatOre(cumulativeLocal),
        matchingMet: cumulativeLocal >= cumulativeState,
      });
    }
  }
  const yearsNotMet = years.filter((y) => !y.matchingMet).map((y) => y.year);
  const met = years.length === 0 || years[years.length - 1].matchingMet;
  let metFrom: number | null = null;
  if (met && years.length) {
    metFrom = years[0].year;
    for (const y of years) if (!y.matchingMet) metFrom = y.year + 1;
  }
  return {
    years,
    contributions,
    grants: [...grantRows.values()]
      .sort(
        (a, b) =>
          a.year - b.year || (a.initiativeId < b.initiativeId ? -1 : a.initiativeId > b.initiativeId ? 1 : 0),
      )
      .map((row) => ({
        initiativeId: row.initiativeId,
        year: row.year,
        planned: formatOre(row.planned),
        received: formatOre(row.received),
      })),
    matching: {
      met,
      metFrom,
      yearsNotMet,
      cumulativeState: formatOre(cumulativeState),
      cumulativeLocal: formatOre(cumulativeLocal),
      surplus: formatOre(cumulativeLocal - cumulativeState),
    },
    totals: {
      state: formatOre(cumulativeState),
      local: formatOre(cumulativeLocal),
      contributions: formatOre(cumulativeState + cumulativeLocal),
      grants: formatOre(totalGrants),
      grantsReceived: formatOre(totalReceived),
      closing: formatOre(balance),
    },
  };
}

/** A rate as NOK with at least two decimals and no needless zeros ("20" and "20.0000" → "20.00"; "0.125" stays). */
function formatRate(rate: string): string {
  const dec = parseDecimal(rate)!;
  const scale = Math.max(dec.scale, 2);
  const units = dec.units * 10n ** BigInt(scale - dec.scale);
  const text = units.toString().padStart(scale + 1, '0');
  return `${text.slice(0, -scale)}.${text.slice(-scale)}`;
}

/** The contributor of a grant share: an organisation's id, or STATE / KS for their fixed contributions. */
export type DigifinPayer = { organisationId: string } | { fixed: 'STATE' | 'KS' };

export interface DigifinGrantShareYear {
  year: number;
  /** The year's grants (planned). */
  grants: string;
  /** The payer's contributions up to the end of the year. */
  contributedSoFar: string;
  /** All contributions up to the end of the year. */
  fundSoFar: string;
  /** contributedSoFar / fundSoFar, 10 decimals ("0.0000000000" when nothing was contributed). */
  share: string;
  /** Its part of the year's grants (largest remainder over every contributor). */
  amount: string;
}

export interface DigifinGrantShares {
  years: DigifinGrantShareYear[];
  /** Σ amount */
  total: string;
  /** Σ over the years of the grants that had no contributor yet (no contribution up to that year). */
  unfunded: string;
}

/**
 * The part of the fund's grants that one contributor paid, through the fund (the module's definition):
 * per year with grants, the year's grants split over every contributor by its contributions up to the
 * end of the year, exactly (largest remainder; equal remainders to the larger weight, then the smaller
 * organisation number — STATE and KS compare by those names).
 */
export function digifinGrantShares(
  ledger: DigifinLedgerResult,
  contributors: readonly Pick<DigifinContributor, 'id' | 'orgNumber'>[],
  payer: DigifinPayer,
): DigifinGrantShares {
  const tieKeys = new Map(contributors.map((c) => [c.id, c.orgNumber]));
  const cumulative = new Map<string, bigint>();
  const contributionsByYear = new Map<number, DigifinContribution[]>();
  for (const row of ledger.contributions) {
    const list = contributionsByYear.get(row.year) ?? [];
    list.push(row);
    contributionsByYear.set(row.year, list);
  }
  const payerKey = 'organisationId' in payer ? payer.organisationId : `#${payer.fixed}`;
  const out: DigifinGrantShareYear[] = [];
  let total = 0n;
  let unfunded = 0n;
  for (const year of ledger.years) {
    const bump = (key: string, amount: bigint) => {
      if (amount !== 0n) cumulative.set(key, (cumulative.get(key) ?? 0n) + amount);
    };
    bump('#STATE', parseAmount(year.state, 'state'));
    bump('#KS', parseAmount(year.ks, 'ks'));
    for (const row of contributionsByYear.get(year.year) ?? [])
      bump(row.organisationId, parseAmount(row.amount, 'amount'));
    const grants = parseAmount(year.grants, 'grants');
    if (grants === 0n) continue;
    const fund = parseAmount(year.cumulativeState, 's') + parseAmount(year.cumulativeLocal, 'l');
    const own = cumulative.get(payerKey) ?? 0n;
    let amount = 0n;
    if (fund === 0n) unfunded += grants;
    else {
      const items = [...cumulative.entries()]
        .filter(([, weight]) => weight > 0n)
        .map(([id, weight]) => ({
          id,
          weight,
          driver: 0n,
          tieKey: id.startsWith('#') ? id.slice(1) : (tieKeys.get(id) ?? id),
        }));
      const index = items.findIndex((item) => item.id === payerKey);
      if (index >= 0) amount = largestRemainder(grants, items).amounts[index];
    }
    total += amount;
    out.push({
      year: year.year,
      grants: year.grants,
      contributedSoFar: formatOre(own),
      fundSoFar: formatOre(fund),
      share: formatShare(own, fund, 10),
      amount: formatOre(amount),
    });
  }
  return { years: out, total: formatOre(total), unfunded: formatOre(unfunded) };
}
