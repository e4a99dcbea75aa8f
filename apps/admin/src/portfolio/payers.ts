/**
 * The payers of the net positions answer as the dashboard lists them (issue 14, point 1): administrative
 * levels for organisations (allocations + own budget), then the grant schemes as their own payers, then
 * "no payer". Pure, so the order and the sums are tested without a browser (payers.spec.ts).
 */
import type { NetPositionsQuery } from '../api/graphql';

type Net = NonNullable<NetPositionsQuery['netPositions']>;
type Cell = Net['matrix'][number];

const LEVELS = ['CENTRAL', 'REGIONAL', 'LOCAL'] as const;
const SCHEMES = ['CO_FINANCING', 'DIGIFIN', 'STIMULAB', 'OTHER'] as const;

/** A payer row: a level's organisations, a scheme, or none (benefits nobody pays for). */
export type Payer = { kind: 'LEVEL'; level: string } | { kind: 'SCHEME'; scheme: string } | { kind: 'NONE' };

export const payerKey = (payer: Payer): string =>
  payer.kind === 'LEVEL' ? payer.level : payer.kind === 'SCHEME' ? payer.scheme : '';

const payerOfCell = (cell: Cell): Payer =>
  cell.payerLevel
    ? { kind: 'LEVEL', level: cell.payerLevel }
    : cell.payerScheme
      ? { kind: 'SCHEME', scheme: cell.payerScheme }
      : { kind: 'NONE' };

/** The matrix's rows present in the answer: the levels, then the schemes, then "no payer". */
export function matrixPayers(matrix: Net['matrix']): Payer[] {
  const present = new Set(matrix.map((cell) => payerKey(payerOfCell(cell))));
  const all: Payer[] = [
    ...LEVELS.map((level): Payer => ({ kind: 'LEVEL', level })),
    ...SCHEMES.map((scheme): Payer => ({ kind: 'SCHEME', scheme })),
    { kind: 'NONE' },
  ];
  return all.filter((payer) => present.has(payerKey(payer)));
}

/** The matrix's cell of a payer row and a beneficiary column (null: no beneficiary). */
export function matrixCell(
  matrix: Net['matrix'],
  payer: Payer,
  beneficiary: string | null,
): Cell | undefined {
  return matrix.find(
    (cell) =>
      payerKey(payerOfCell(cell)) === payerKey(payer) && (cell.beneficiaryLevel ?? null) === beneficiary,
  );
}

/** One line of "who pays": what a level's organisations or a scheme pay, and its share of everything paid. */
export interface PayerLine {
  payer: Payer;
  /** allocations (null for a scheme) */
  allocatedNok: string | null;
  /** own-budget items (null for a scheme) */
  ownBudgetNok: string | null;
  paidNok: string;
  share: string | null;
}

/** The levels (in the API's order), then the schemes; the totals line is the answer's totals. */
export function payerLines(net: Net): PayerLine[] {
  return [
    ...net.levels.map((level): PayerLine => ({
      payer: { kind: 'LEVEL', level: level.level },
      allocatedNok: level.allocatedCostNok,
      ownBudgetNok: level.ownBudgetCostNok,
      paidNok: level.paidNok,
      share: level.costShare ?? null,
    })),
    ...net.schemes.map((scheme): PayerLine => ({
      payer: { kind: 'SCHEME', scheme: scheme.scheme },
      allocatedNok: null,
      ownBudgetNok: null,
      paidNok: scheme.paidNok,
      share: scheme.share ?? null,
    })),
  ];
}
