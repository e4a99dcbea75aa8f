import { ArgsType, Field, Int } from '@nestjs/graphql';
import { assertPage, MAX_PAGE_SIZE } from './pagination.js';
import { SortDirection } from './sort-direction.enum.js';
import type { Sort } from './sorting.js';

/**
 * The window of a list that answered a bare list before it took `offset`/`limit` (issue 19): `limit`
 * empty is the whole list, today's answer, so that callers that pass neither get what they got.
 */
@ArgsType()
export class ListWindowArgs {
  @Field(() => Int, { defaultValue: 0, description: 'Number of records to skip (0 or more).' })
  offset: number = 0;

  @Field(() => Int, {
    nullable: true,
    description: `How many records at most, from 1 to ${MAX_PAGE_SIZE}; empty: all of them (the whole list).`,
  })
  limit?: number | null;
}

export interface ListWindow {
  offset?: number | null;
  limit?: number | null;
}

/** Refuses an offset below 0 or a limit outside 1–500 (when given) with BAD_USER_INPUT naming the argument. */
export function assertListWindow({ offset, limit }: ListWindow): void {
  assertPage({ offset: offset ?? 0, limit });
}

/** Whether a row's value passes a filter field: a field left empty passes everything. */
export function matches<T>(value: T, wanted: T | null | undefined): boolean {
  return wanted === null || wanted === undefined || value === wanted;
}

/** One value a row is ordered by; an array orders by its items in turn. Null and undefined go last. */
export type SortValue = string | number | boolean | Date | null | undefined | readonly SortValue[];

/** For each sort field of a list, the value of a row it orders by. */
export type SortKeys<T, F extends string> = Record<F, (row: T) => SortValue>;

const collator = new Intl.Collator('nb', { sensitivity: 'variant' });

function isEmpty(value: SortValue): value is null | undefined {
  return value === null || value === undefined;
}

/** Compares two present values ascending: numbers and dates by size, text by Norwegian collation. */
function compareValues(a: SortValue, b: SortValue): number {
  if (Array.isArray(a) && Array.isArray(b)) {
    const [x, y] = [a as readonly SortValue[], b as readonly SortValue[]];
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
      const order = compareWithEmptyLast(x[i], y[i], SortDirection.ASC);
      if (order) return order;
    }
    return 0;
  }
  if (typeof a === 'string' && typeof b === 'string') return collator.compare(a, b);
  const x = a instanceof Date ? a.getTime() : Number(a);
  const y = b instanceof Date ? b.getTime() : Number(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function compareWithEmptyLast(a: SortValue, b: SortValue, direction: SortDirection): number {
  if (isEmpty(a) || isEmpty(b)) return isEmpty(a) === isEmpty(b) ? 0 : isEmpty(a) ? 1 : -1;
  const order = compareValues(a, b);
  return direction === SortDirection.DESC ? -order : order;
}

/**
 * Orders rows already in the list's default order by the asked field, as `applySort` does in SQL: empty
 * values last in both directions; ties keep the default order (the sort is stable), so the order is
 * always the same for the same rows. Without a sort the rows stay as they are (the default order).
 */
export function sortRows<T, F extends string>(
  rows: readonly T[],
  sort: Partial<Sort<F>> | null | undefined,
  keys: SortKeys<T, F>,
  defaults: Sort<F>,
): T[] {
  if (!sort) return [...rows];
  const key = keys[sort.field ?? defaults.field];
  const direction = sort.direction ?? defaults.direction;
  const keyed = rows.map((row) => ({ row, value: key(row) }));
  keyed.sort((a, b) => compareWithEmptyLast(a.value, b.value, direction));
  return keyed.map(({ row }) => row);
}

/** The rows from `offset`, at most `limit` of them (all without a limit). */
export function windowRows<T>(rows: readonly T[], { offset, limit }: ListWindow): T[] {
  const from = offset ?? 0;
  return rows.slice(from, limit === null || limit === undefined ? undefined : from + limit);
}

/**
 * A list computed in memory from a small set (the counties, the price index, the deadlines computed in a
 * service): checks the window, orders by the asked field and cuts the window. Filtering is the list's own.
 */
export function listWindow<T, F extends string>(
  rows: readonly T[],
  args: ListWindow & { sort?: Partial<Sort<F>> | null },
  keys: SortKeys<T, F>,
  defaults: Sort<F>,
): T[] {
  assertListWindow(args);
  return windowRows(sortRows(rows, args.sort, keys, defaults), args);
}
