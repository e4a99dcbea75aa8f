import { AppError } from './errors.js';
import { assertListWindow, listWindow, sortRows, windowRows } from './list-window.js';
import { SortDirection } from './sort-direction.enum.js';

interface Row {
  id: number;
  name: string;
  size: number | null;
  at?: Date;
}

const rows: Row[] = [
  { id: 1, name: 'Østfold', size: 3, at: new Date('2026-01-02') },
  { id: 2, name: 'Agder', size: null, at: new Date('2026-01-01') },
  { id: 3, name: 'Ålesund', size: 3 },
  { id: 4, name: 'Vestland', size: 1, at: new Date('2026-01-03') },
];
const keys = {
  ID: (r: Row) => r.id,
  NAME: (r: Row) => r.name,
  SIZE: (r: Row) => r.size,
  AT: (r: Row) => r.at,
};
const defaults = { field: 'ID' as const, direction: SortDirection.ASC };
const ids = (list: Row[]) => list.map((r) => r.id);

function problemFields(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('BAD_USER_INPUT');
    return (error as AppError).problems.map((p) => p.field);
  }
  throw new Error('no error');
}

describe('list windows computed in memory', () => {
  it('keeps the default order without a sort', () => {
    expect(ids(sortRows([...rows].reverse(), undefined, keys, defaults))).toEqual([4, 3, 2, 1]);
  });

  it('orders text by Norwegian collation (Æ Ø Å after Z)', () => {
    expect(sortRows(rows, { field: 'NAME' }, keys, defaults).map((r) => r.name)).toEqual([
      'Agder',
      'Vestland',
      'Østfold',
      'Ålesund',
    ]);
  });

  it('puts empty values last in both directions and keeps ties in the default order', () => {
    expect(ids(sortRows(rows, { field: 'SIZE', direction: SortDirection.ASC }, keys, defaults))).toEqual([
      4, 1, 3, 2,
    ]);
    expect(ids(sortRows(rows, { field: 'SIZE', direction: SortDirection.DESC }, keys, defaults))).toEqual([
      1, 3, 4, 2,
    ]);
    expect(ids(sortRows(rows, { field: 'AT', direction: SortDirection.DESC }, keys, defaults))).toEqual([
      4, 1, 2, 3,
    ]);
  });

  it('orders by tuples item by item', () => {
    const tuple = { T: (r: Row) => [r.size, r.name] };
    expect(ids(sortRows(rows, { field: 'T' }, tuple, { field: 'T', direction: SortDirection.ASC }))).toEqual([
      4, 1, 3, 2,
    ]);
  });

  it('takes the direction alone with the default field', () => {
    expect(ids(sortRows(rows, { direction: SortDirection.DESC }, keys, defaults))).toEqual([4, 3, 2, 1]);
  });

  it('cuts windows that join to the whole list; no limit is everything', () => {
    expect(ids(windowRows(rows, {}))).toEqual([1, 2, 3, 4]);
    expect([
      ...windowRows(rows, { offset: 0, limit: 3 }),
      ...windowRows(rows, { offset: 3, limit: 3 }),
    ]).toEqual(rows);
    expect(windowRows(rows, { offset: 9, limit: 1 })).toEqual([]);
    expect(ids(listWindow(rows, { offset: 1, limit: 2, sort: { field: 'NAME' } }, keys, defaults))).toEqual([
      4, 1,
    ]);
  });

  it('refuses a limit outside 1–500 and a negative offset as BAD_USER_INPUT on the argument', () => {
    expect(problemFields(() => assertListWindow({ limit: 0 }))).toEqual(['limit']);
    expect(problemFields(() => assertListWindow({ limit: 501 }))).toEqual(['limit']);
    expect(problemFields(() => listWindow(rows, { offset: -1 }, keys, defaults))).toEqual(['offset']);
    expect(() => assertListWindow({ limit: null })).not.toThrow();
    expect(() => assertListWindow({ offset: 0, limit: 500 })).not.toThrow();
  });
});
