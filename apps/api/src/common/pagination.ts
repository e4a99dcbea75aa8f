import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
import { LIMITS, msg } from '@gevinst/domain';
import { InputProblems } from './errors.js';

export const MAX_PAGE_SIZE = LIMITS.pageSize;
export const DEFAULT_PAGE_SIZE = 50;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 0, description: 'Number of records to skip (0 or more).' })
  offset: number = 0;

  @Field(() => Int, {
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `Page size, from 1 to ${MAX_PAGE_SIZE}.`,
  })
  limit: number = DEFAULT_PAGE_SIZE;
}

/**
 * Refuses a page outside the allowed range with BAD_USER_INPUT naming the argument. A limit left empty
 * (the lists that answer everything without one, list-window.ts) is not checked.
 */
export function assertPage({ offset, limit }: { offset: number; limit?: number | null }): void {
  new InputProblems()
    .check('offset', offset < 0 ? msg('ZERO_OR_MORE', { got: String(offset) }) : null)
    .check(
      'limit',
      limit !== null && limit !== undefined && (limit < 1 || limit > MAX_PAGE_SIZE)
        ? msg('NOT_BETWEEN', { min: 1, max: MAX_PAGE_SIZE, got: String(limit) })
        : null,
    )
    .throwIfAny();
}

export interface Page<T> {
  totalCount: number;
  nodes: T[];
}

/** The base of a page type `{ totalCount nodes }`; extend it with a named @ObjectType. */
export function Paginated<T>(classRef: Type<T>): Type<Page<T>> {
  @ObjectType({ isAbstract: true })
  abstract class PageType implements Page<T> {
    @Field(() => Int, { description: 'Number of records matching the filter, across all pages.' })
    totalCount!: number;

    @Field(() => [classRef], { description: 'The items on this page.' })
    nodes!: T[];
  }
  return PageType as Type<Page<T>>;
}
