import { Field, InputType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { SortDirection } from './sort-direction.enum.js';

/** A list's order: one field of the list's sort-field enum and a direction. */
export interface Sort<F extends string> {
  field: F;
  direction: SortDirection;
}

/**
 * The base of a sort input `{ field, direction }` with the list's field enum (registered with
 * registerEnumType) and its defaults; extend it with a named @InputType.
 */
export function SortInput<F extends string>(
  fieldEnum: Record<string, F>,
  defaultField: F,
  defaultDirection: SortDirection = SortDirection.ASC,
): Type<Sort<F>> {
  @InputType({ isAbstract: true })
  abstract class SortType implements Sort<F> {
    @Field(() => fieldEnum, {
      defaultValue: defaultField,
      description: `What to order by (default ${defaultField}); ties are broken by a stable key in the same direction.`,
    })
    field: F = defaultField;

    @Field(() => SortDirection, {
      defaultValue: defaultDirection,
      description: `The direction (default ${defaultDirection}).`,
    })
    direction: SortDirection = defaultDirection;
  }
  return SortType as Type<Sort<F>>;
}

/**
 * Orders `query` by the column of the asked field, empty values (nulls) last in both directions (what
 * a reader looks for comes first: the largest population, the latest sign-in), then by `tiebreakers` in
 * the same direction so that pages are stable. A column given as a parenthesised expression (a
 * subquery) is selected under an alias and ordered by that alias.
 */
export function applySort<T extends ObjectLiteral, F extends string>(
  query: SelectQueryBuilder<T>,
  sort: Partial<Sort<F>> | undefined,
  columns: Record<F, string>,
  defaults: Sort<F>,
  tiebreakers: string[],
): SelectQueryBuilder<T> {
  const field = sort?.field ?? defaults.field;
  const direction = (sort?.direction ?? defaults.direction) === SortDirection.DESC ? 'DESC' : 'ASC';
  let column = columns[field];
  if (column.startsWith('(')) {
    const alias = `sort_${field.toLowerCase()}`;
    query.addSelect(column, alias);
    column = alias;
  }
  query.orderBy(column, direction, 'NULLS LAST');
  for (const column of tiebreakers) query.addOrderBy(column, direction);
  return query;
}
