import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
import { msg } from '@gevinst/domain';
import { InputProblems } from './errors.js';
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  PageArgs,
  type Page,
  Paginated,
  assertPage,
} from './pagination.js';

/**
 * Cursor paging (Relay style: `first`/`after` and `pageInfo { hasNextPage endCursor }`) alongside the offset
 * paging of the large lists. A cursor is opaque to the caller: base64url of `<list>:<position>`, where the
 * position is how many records of the list (in its filter and order) come before the next page. The list
 * name is checked, so a cursor of one list given to another is refused (BAD_CURSOR) rather than misread.
 */
const PREFIX = 'gv1';

export function encodeCursor(list: string, position: number): string {
  return Buffer.from(`${PREFIX}:${list}:${position}`, 'utf8').toString('base64url');
}

/** The position a cursor of `list` points after, or null when it is not one (altered, or another list's). */
export function decodeCursor(list: string, cursor: string): number | null {
  if (cursor.length > 200 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  const match = /^gv1:([a-zA-Z.]+):(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match || match[1] !== list) return null;
  return Number(match[2]);
}

@ObjectType('PageInfo', { description: 'Where a page of a cursor-paged list stands (Relay style).' })
export class PageInfoModel {
  @Field({ description: 'Whether records come after this page: ask for them with `after: endCursor`.' })
  hasNextPage!: boolean;

  @Field({ description: 'Whether records come before this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The cursor of the last record of this page (pass it as `after`); null on an empty page.',
  })
  endCursor!: string | null;
}

/** Offset paging (`offset`, `limit`) and cursor paging (`first`, `after`) of a large list. */
@ArgsType()
export class CursorPageArgs extends PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Cursor paging: page size, from 1 to ${MAX_PAGE_SIZE} (instead of limit).`,
  })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Cursor paging: the records after this cursor (an endCursor of the same list with the same filter and sort); not together with offset.',
  })
  after?: string | null;
}

/** The rows a page covers: skip `offset`, take `limit`. */
export interface PageWindow {
  offset: number;
  limit: number;
}

/**
 * The window `args` ask for, validated (BAD_USER_INPUT naming `first`, `after`, `offset` or `limit`):
 * `first`/`after` when given, otherwise `offset`/`limit`.
 */
export function pageWindow(list: string, args: CursorPageArgs): PageWindow {
  const cursorPaged = (args.first !== undefined && args.first !== null) || !!args.after;
  if (!cursorPaged) {
    assertPage(args);
    return { offset: args.offset, limit: args.limit };
  }
  const first = args.first ?? args.limit;
  const position = args.after ? decodeCursor(list, args.after) : 0;
  new InputProblems()
    .check(
      'first',
      first < 1 || first > MAX_PAGE_SIZE
        ? msg('NOT_BETWEEN', { min: 1, max: MAX_PAGE_SIZE, got: String(first) })
        : null,
    )
    .check('after', position === null ? msg('BAD_CURSOR') : null)
    .check('offset', args.after && args.offset ? msg('CURSOR_WITH_OFFSET') : null)
    .throwIfAny();
  return { offset: (position ?? 0) + (args.offset ?? 0), limit: first };
}

/** The pageInfo of a page of `list` that covers `window` and holds `count` of `totalCount` records. */
export function pageInfo(list: string, window: PageWindow, count: number, totalCount: number): PageInfoModel {
  return {
    hasNextPage: window.offset + count < totalCount,
    hasPreviousPage: window.offset > 0,
    endCursor: count ? encodeCursor(list, window.offset + count) : null,
  };
}

export interface CursorPage<T> extends Page<T> {
  pageInfo: PageInfoModel;
}

/** The base of a page type `{ totalCount nodes pageInfo }`; extend it with a named @ObjectType. */
export function CursorPaginated<T>(classRef: Type<T>): Type<CursorPage<T>> {
  @ObjectType({ isAbstract: true })
  abstract class CursorPageType extends Paginated(classRef) implements CursorPage<T> {
    @Field(() => PageInfoModel, { description: 'Cursor paging: whether more follow, and where to go on.' })
    pageInfo!: PageInfoModel;
  }
  return CursorPageType as Type<CursorPage<T>>;
}

/** Cursor paging of a list nested in a record (e.g. Benefit.measurementsPage): `first` and `after` only. */
@ArgsType()
export class NestedPageArgs {
  @Field(() => Int, {
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `Page size, from 1 to ${MAX_PAGE_SIZE}.`,
  })
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, {
    nullable: true,
    description: 'The records after this cursor (an endCursor of this field on the same parent record).',
  })
  after?: string | null;
}

/**
 * The page `args` ask for of a nested list already loaded whole (by its DataLoader, one statement for a
 * batch of parents), in the list's order: the same records as the unpaged field, cut into windows.
 */
export function cursorPageOf<T>(list: string, all: readonly T[], args: NestedPageArgs): CursorPage<T> {
  const window = pageWindow(list, { offset: 0, limit: args.first, first: args.first, after: args.after });
  const nodes = all.slice(window.offset, window.offset + window.limit);
  return { totalCount: all.length, nodes, pageInfo: pageInfo(list, window, nodes.length, all.length) };
}
