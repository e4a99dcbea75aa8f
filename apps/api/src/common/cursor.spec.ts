import { decodeCursor, encodeCursor, pageInfo, pageWindow } from './cursor.js';
import { AppError } from './errors.js';

const args = (over: Record<string, unknown>) => ({ offset: 0, limit: 50, ...over });

function problemsOf(fn: () => unknown): { field: string }[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).problems.map((p) => ({ field: p.field }));
  }
  throw new Error('no error');
}

describe('cursors', () => {
  it('round-trips a position for its own list only', () => {
    const cursor = encodeCursor('initiatives', 150);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor('initiatives', cursor)).toBe(150);
    expect(decodeCursor('allocations', cursor)).toBeNull();
    expect(decodeCursor('initiatives', 'not a cursor')).toBeNull();
    expect(decodeCursor('initiatives', Buffer.from('gv1:initiatives:-3').toString('base64url'))).toBeNull();
  });

  it('turns first/after into a window, offset/limit when no cursor paging is asked for', () => {
    expect(pageWindow('initiatives', args({ offset: 100, limit: 25 }))).toEqual({ offset: 100, limit: 25 });
    expect(pageWindow('initiatives', args({ first: 10 }))).toEqual({ offset: 0, limit: 10 });
    // after the 150th record, 10 more: records 151–160
    const after = encodeCursor('initiatives', 150);
    expect(pageWindow('initiatives', args({ first: 10, after }))).toEqual({ offset: 150, limit: 10 });
  });

  it('refuses a bad cursor, first out of range and a cursor with an offset, naming the argument', () => {
    expect(problemsOf(() => pageWindow('initiatives', args({ first: 2, after: 'x' })))).toEqual([
      { field: 'after' },
    ]);
    expect(problemsOf(() => pageWindow('initiatives', args({ first: 0 })))).toEqual([{ field: 'first' }]);
    expect(problemsOf(() => pageWindow('initiatives', args({ first: 501 })))).toEqual([{ field: 'first' }]);
    const after = encodeCursor('initiatives', 3);
    expect(problemsOf(() => pageWindow('initiatives', args({ first: 2, after, offset: 1 })))).toEqual([
      { field: 'offset' },
    ]);
  });

  it('says whether records follow and where the page ends', () => {
    // 3 of 7 records after the first 4: records 5–7, the last page
    expect(pageInfo('initiatives', { offset: 4, limit: 3 }, 3, 7)).toEqual({
      hasNextPage: false,
      hasPreviousPage: true,
      endCursor: encodeCursor('initiatives', 7),
    });
    expect(pageInfo('initiatives', { offset: 0, limit: 3 }, 3, 7).hasNextPage).toBe(true);
    expect(pageInfo('initiatives', { offset: 9, limit: 3 }, 0, 7)).toEqual({
      hasNextPage: false,
      hasPreviousPage: true,
      endCursor: null,
    });
  });
});
