/**
 * Money in the budget (issue 21): the owner's invoice basis of an allocation run, the credit-and-reissue
 * basis of a superseding run, and the paying organisation's four-year forecast and its deviation from the
 * adopted budget. Exact øre arithmetic (money.ts); the allocation itself is allocate()'s.
 */
import { formatOre, parseAmount } from './money';

/** One line of an allocation run: what one organisation pays of one cost item. */
export interface RunLineAmount {
  lineId: string;
  organisationId: string;
  /** NOK, two decimals ("1234.50"). */
  amount: string;
}

/** What one paying organisation is invoiced for a run: the sum of its lines. */
export interface InvoiceBasisLine {
  organisationId: string;
  amount: string;
  /** The run's line ids that make up the amount, in the order given. */
  lineIds: string[];
}

const ore = (amount: string, path: string): bigint => parseAmount(amount, path, { allowNegative: true });

/**
 * One invoice line per paying organisation, in the order each first appears: the sum of its lines. The
 * lines' total is the run's total, øre for øre (a sum regrouped).
 */
export function invoiceBasis(lines: readonly RunLineAmount[]): InvoiceBasisLine[] {
  const byPayer = new Map<string, { ore: bigint; lineIds: string[] }>();
  lines.forEach((line, index) => {
    const payer = byPayer.get(line.organisationId) ?? { ore: 0n, lineIds: [] };
    payer.ore += ore(line.amount, `lines[${index}].amount`);
    payer.lineIds.push(line.lineId);
    byPayer.set(line.organisationId, payer);
  });
  return [...byPayer].map(([organisationId, { ore: sum, lineIds }]) => ({
    organisationId,
    amount: formatOre(sum),
    lineIds,
  }));
}

/** What changes for one payer when a run supersedes another. */
export interface CreditReissueLine {
  organisationId: string;
  /** Invoiced on the superseded run ("0.00" for a payer it did not have). */
  previous: string;
  /** Invoiced on the new run ("0.00" for a payer it no longer has). */
  current: string;
  /** current − previous: negative is a credit note, positive a further invoice. */
  difference: string;
}

/**
 * The credit-and-reissue basis: per payer of either run whose amount changed, current − previous. Its
 * sum is the difference of the two runs' totals (every payer's difference summed; unchanged ones are 0).
 * Order: the new run's payers as given, then those only the old run had.
 */
export function creditReissue(
  previous: readonly InvoiceBasisLine[],
  current: readonly InvoiceBasisLine[],
): CreditReissueLine[] {
  const before = new Map(
    previous.map((line, i) => [line.organisationId, ore(line.amount, `previous[${i}]`)]),
  );
  const after = new Map(current.map((line, i) => [line.organisationId, ore(line.amount, `current[${i}]`)]));
  const payers = [...after.keys(), ...[...before.keys()].filter((id) => !after.has(id))];
  return payers
    .map((organisationId) => {
      const was = before.get(organisationId) ?? 0n;
      const now = after.get(organisationId) ?? 0n;
      return {
        organisationId,
        previous: formatOre(was),
        current: formatOre(now),
        difference: formatOre(now - was),
      };
    })
    .filter((line) => line.difference !== '0.00');
}

/** Exact sum of NOK amounts. */
export function sumNok(amounts: readonly string[]): string {
  return formatOre(amounts.reduce((sum, amount, i) => sum + ore(amount, `amounts[${i}]`), 0n));
}

/** The budget years of a four-year plan (økonomiplan) starting with `start`: [start … start+3]. */
export function planYears(start: number, count = 4): number[] {
  return Array.from({ length: count }, (_, i) => start + i);
}

/** A forecast amount next to what was adopted in the budget for the same initiative and year. */
export interface BudgetDeviation {
  /** The adopted amount, or null when the year was not adopted. */
  adopted: string | null;
  /** forecast − adopted (positive: the organisation will pay more than budgeted); null without adoption. */
  deviation: string | null;
}

/** forecast − adopted, exactly; null when nothing was adopted. */
export function budgetDeviation(forecast: string, adopted: string | null): BudgetDeviation {
  if (adopted === null) return { adopted: null, deviation: null };
  return { adopted, deviation: formatOre(ore(forecast, 'forecast') - ore(adopted, 'adopted')) };
}
