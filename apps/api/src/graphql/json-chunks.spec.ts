import fc from 'fast-check';
import { CHUNK_BYTES, GATHER_CHARS, PIECE_CHARS, jsonChunks } from './json-chunks.js';

const text = (value: unknown) => {
  const { chunks, byteLength } = jsonChunks(value);
  const joined = Buffer.concat(chunks);
  expect(joined.length).toBe(byteLength);
  return joined.toString('utf8');
};

/** A page shaped like the initiatives list: 50 initiatives, every fifth national (372 participants). */
function initiativesPage() {
  const participants = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      role: 'PARTICIPANT',
      pays: i % 3 !== 0,
      organisation: {
        id: `0b7e6f1c-1c8b-4b7f-9d61-${String(i).padStart(12, '0')}`,
        name: i % 50 === 0 ? 'KS – Kommunesektorens organisasjon' : 'Nord-Odal kommune',
      },
    }));
  return {
    data: {
      initiatives: {
        totalCount: 2000,
        pageInfo: { hasNextPage: true, endCursor: 'abc' },
        nodes: Array.from({ length: 50 }, (_, i) => ({
          id: `id-${i}`,
          code: `NAT-${String(i).padStart(4, '0')}`,
          name: 'Selvbetjening for økonomisk sosialhjelp – Østfold',
          endDate: null,
          version: 3,
          participants: participants(i % 5 === 0 ? 372 : 20),
        })),
      },
    },
  };
}

describe('jsonChunks', () => {
  it('gives the bytes of JSON.stringify for a large page, in chunks of at most 64 KiB', () => {
    const page = initiativesPage();
    const expected = JSON.stringify(page);
    expect(expected.length).toBeGreaterThan(PIECE_CHARS * 5);
    expect(text(page)).toBe(expected);
    const { chunks } = jsonChunks(page);
    expect(chunks.length).toBeGreaterThan(5);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(CHUNK_BYTES);
  });

  it('walks an element longer than a piece, and still gives the same text', () => {
    // one element of about 3 × PIECE_CHARS characters, with a string of its own over a chunk's size
    const big = {
      list: [{ rows: Array.from({ length: 3000 }, (_, i) => ({ i, label: `rad ${i} – «ø»` })) }],
      long: 'æ'.repeat(CHUNK_BYTES),
    };
    expect(JSON.stringify(big.list[0]).length).toBeGreaterThan(PIECE_CHARS);
    expect(text(big)).toBe(JSON.stringify(big));
  });

  it('treats undefined, functions, toJSON, class instances and null prototypes as JSON.stringify does', () => {
    const bare = Object.create(null) as Record<string, unknown>;
    bare.b = 1;
    bare.u = undefined;
    class Point {
      constructor(
        readonly x: number,
        readonly y: number,
      ) {}
    }
    const value = {
      a: undefined,
      f: () => 1,
      d: new Date(Date.UTC(2026, 11, 6)),
      j: { toJSON: () => ({ replaced: true }) },
      bare,
      point: new Point(1, 2),
      list: [undefined, () => 1, null, NaN, -0, Infinity, { u: undefined }],
      nested: { deeper: { empty: {}, none: [] } },
      surrogates: ['😀', '\ud800', '\udc00x', 'a\u2028b'],
    };
    expect(text(value)).toBe(JSON.stringify(value));
    expect(text([1, 'two', null])).toBe('[1,"two",null]');
    expect(text('plain')).toBe('"plain"');
  });

  it('gives a small answer as one buffer of its exact length, with no chunk', () => {
    const answer = {
      data: { benefit: { title: 'Spart tid – søknad', targets: [{ date: '2026-01-01', value: '5' }] } },
    };
    const { chunks, byteLength } = jsonChunks(answer);
    expect(chunks).toHaveLength(1);
    expect(chunks[0].length).toBe(Buffer.byteLength(JSON.stringify(answer)));
    expect(byteLength).toBe(chunks[0].length);
    // not a slice of a 64 KiB chunk (a buffer this small is a slice of Node's shared 8 KiB pool)
    expect(chunks[0].buffer.byteLength).toBeLessThan(CHUNK_BYTES);
    expect(text(answer)).toBe(JSON.stringify(answer));
  });

  it('gives the same text for answers just below, at and just above the gathering size', () => {
    for (const extra of [-2, -1, 0, 1, 2]) {
      const total = GATHER_CHARS + extra;
      // one string: its text is the string and two quotes
      const one = 'a'.repeat(total - 2);
      const { chunks } = jsonChunks(one);
      expect(Buffer.concat(chunks).toString()).toBe(JSON.stringify(one));
      expect(chunks).toHaveLength(1);
      // gathered (at most GATHER_CHARS): a buffer of its own; longer: written into a 64 KiB chunk
      if (extra <= 0) expect(chunks[0].buffer.byteLength).toBeLessThan(CHUNK_BYTES);
      else expect(chunks[0].buffer.byteLength).toBe(CHUNK_BYTES);
      // a list of two strings with two-byte and three-byte UTF-8 characters: `[`, `"a…"`, `,`, `"b…"`, `]`
      // is 100 + (total − 107) + 7 = total characters, the last piece (`]`) reaching or passing the size
      const pair = ['ø'.repeat(100), '–'.repeat(total - 107)];
      expect(JSON.stringify(pair).length).toBe(total);
      expect(text(pair)).toBe(JSON.stringify(pair));
    }
    // pieces of many sizes, some of them longer than GATHER_CHARS on their own
    for (const piece of [1, 7, 100, GATHER_CHARS - 20, GATHER_CHARS + 5]) {
      const count = Math.max(1, Math.floor(GATHER_CHARS / (piece + 4)) + 1);
      const value = Array.from(
        { length: count },
        (_, i) => 'ø–'.repeat(piece).slice(0, piece) + String(i % 10),
      );
      expect(text(value)).toBe(JSON.stringify(value));
    }
  });

  it('equals JSON.stringify for any JSON-like value', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: false }), (value) => {
        const expected = JSON.stringify(value) as string | undefined;
        if (expected === undefined) return;
        expect(text(value)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});
