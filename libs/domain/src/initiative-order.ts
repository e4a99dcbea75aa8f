/**
 * The order of the initiatives list by a figure that is computed, not stored (planned, realised,
 * realisation %; issue 16): the whole filtered list is ordered before it is paged, so page 2 continues
 * page 1. The same rule as the list's SQL sorts: empty values (null: nothing planned to date) last in
 * both directions, then the code and the id in the same direction, so the order is total and stable.
 */

/** One initiative to order: its id, code and the figure (a decimal string such as "-1234.50"; null: none). */
export interface FigureSortItem {
  id: string;
  code: string;
  value: string | null;
}

/** "-1234.5" → { digits: -12345n, scale: 1 }: a decimal string as an exact integer and its scale. */
function exact(value: string): { units: bigint; scale: number } {
  const trimmed = value.trim();
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) throw new Error(`Not a decimal number: "${value}"`);
  const negative = trimmed.startsWith('-');
  const [whole, fraction = ''] = trimmed.replace('-', '').split('.');
  const units = BigInt(whole + fraction);
  return { units: negative ? -units : units, scale: fraction.length };
}

/** Compares two decimal strings exactly (no floating point): negative, zero or positive. */
export function compareDecimalStrings(a: string, b: string): number {
  const x = exact(a);
  const y = exact(b);
  const scale = Math.max(x.scale, y.scale);
  const left = x.units * 10n ** BigInt(scale - x.scale);
  const right = y.units * 10n ** BigInt(scale - y.scale);
  return left < right ? -1 : left > right ? 1 : 0;
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The items ordered by value (ascending or descending), nulls last in both directions, ties by code and
 * then id in the same direction. Returns a new array; the input is not changed.
 */
export function orderByFigure<T extends FigureSortItem>(items: readonly T[], direction: 'ASC' | 'DESC'): T[] {
  const sign = direction === 'DESC' ? -1 : 1;
  return [...items].sort((a, b) => {
    if (a.value === null || b.value === null) {
      if (a.value === null && b.value !== null) return 1;
      if (b.value === null && a.value !== null) return -1;
    } else {
      const byValue = compareDecimalStrings(a.value, b.value);
      if (byValue !== 0) return sign * byValue;
    }
    return sign * (compareText(a.code, b.code) || compareText(a.id, b.id));
  });
}
