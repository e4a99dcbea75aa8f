import { jest } from '@jest/globals';
import { PassThrough } from 'node:stream';
import type pg from 'pg';
import { loopbackPair, writeTo } from '../testing/loopback.js';
import { CopyBinaryColumn, CopyBinaryDecoder, type CopySegment, OutputBlocks } from './copy-binary.js';
import { ReadIntoSocket, type SocketTap } from './read-into-socket.js';

/** A protocol message: type, 32-bit length counting itself, body. */
function message(type: string, body: Buffer = Buffer.alloc(0)): Buffer {
  const header = Buffer.alloc(5);
  header.write(type, 0, 'latin1');
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}

const int16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeInt16BE(n);
  return b;
};
const int32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
};

const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');

/** A row of one field, as the binary format writes it. */
const row = (text: string) => {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([int16(1), int32(bytes.length), bytes]);
};

/**
 * What the server sends for COPY … TO STDOUT (FORMAT binary) of `records`, as PostgreSQL does it: the file
 * header in the first CopyData message with the first row, one message per row, the trailer on its own,
 * CopyDone, then CommandComplete and ReadyForQuery (the rest of the reply, for pg). A notice in between.
 */
function reply(
  records: string[],
  extension = Buffer.alloc(0),
  rows = records.map(row),
): { bytes: Buffer; tail: Buffer } {
  const header = Buffer.concat([SIGNATURE, int32(0), int32(extension.length), extension]);
  const messages = [message('H', Buffer.from([1, 0, 1, 0, 1]))];
  rows.forEach((encoded, i) =>
    messages.push(message('d', i === 0 ? Buffer.concat([header, encoded]) : encoded)),
  );
  if (!records.length) messages.push(message('d', header));
  messages.splice(2, 0, message('N', Buffer.from('SNOTICE\0\0', 'latin1')));
  messages.push(message('d', int16(-1)), message('c'));
  const tail = Buffer.concat([
    message('C', Buffer.from(`COPY ${records.length}\0`)),
    message('Z', Buffer.from('I')),
  ]);
  return { bytes: Buffer.concat([...messages, tail]), tail };
}

/** A row of a part of the export: its block number (int4) and its record. */
const blockRow = (block: number, text: string) => {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([int16(2), int32(4), int32(block), int32(bytes.length), bytes]);
};

/** The reply to a COPY of (block, record) rows. */
const blockReply = (rows: [number, string][]) =>
  reply(
    rows.map(([, text]) => text),
    undefined,
    rows.map(([block, text]) => blockRow(block, text)),
  );

/** The records of each block, in order, the blocks without bytes left out (no segment is pushed for them). */
function byBlock(rows: [number, string][]): [number, string][] {
  const blocks: [number, string][] = [];
  for (const [block, text] of rows) {
    const last = blocks[blocks.length - 1];
    if (last?.[0] === block) last[1] += text;
    else blocks.push([block, text]);
  }
  return blocks.filter(([, text]) => text.length > 0);
}

/** Decodes the chunks one after the other; the data, and the rest handed back. */
function decodeChunks(chunks: Buffer[]) {
  const decoder = new CopyBinaryDecoder();
  const data: Buffer[] = [];
  let rest: Buffer | null = null;
  let error = false;
  for (const chunk of chunks) {
    if (rest) {
      rest = Buffer.concat([rest, chunk]);
      continue;
    }
    // a copy, as a socket gives a buffer of its own: the decoder writes the data over the chunk
    const decoded = decoder.decode(Buffer.from(chunk));
    data.push(decoded.data);
    if (decoded.end) {
      rest = decoded.end.rest;
      error = decoded.end.error;
    }
  }
  return { data: Buffer.concat(data).toString('utf8'), rest, error, rows: decoder.rows };
}

const RECORDS = [
  'a,b,"c ""d"""\r\n',
  '"Østfold\nNord";1,5\r\n',
  '\\ backslashes \\n stay as they are\t\r\n',
  '',
  `${'x'.repeat(70_000)}\r\n`,
  'siste\r\n',
];

describe('CopyBinaryDecoder', () => {
  it('gives the records, byte for byte, one after the other, and hands back what follows CopyDone', () => {
    const { bytes, tail } = reply(RECORDS);
    const decoded = decodeChunks([bytes]);
    expect(decoded.data).toBe(RECORDS.join(''));
    expect(decoded.rows).toBe(RECORDS.length);
    expect(decoded.rest?.equals(tail)).toBe(true);
    expect(decoded.error).toBe(false);
  });

  it('gives the same whatever the chunks: cut at every byte of a short reply, and in three at random', () => {
    const records = RECORDS.slice(0, 4);
    const { bytes, tail } = reply(records, Buffer.from('ext'));
    const whole = records.join('');
    for (let cut = 0; cut <= bytes.length; cut++) {
      const decoded = decodeChunks([bytes.subarray(0, cut), bytes.subarray(cut)]);
      expect(decoded.data).toBe(whole);
      expect(decoded.rest?.equals(tail)).toBe(true);
    }
    const byByte = decodeChunks([...bytes].map((b) => Buffer.from([b])));
    expect(byByte.data).toBe(whole);
    expect(byByte.rest?.equals(tail)).toBe(true);
    const long = reply(RECORDS);
    for (let i = 0; i < 200; i++) {
      const [a, b] = [Math.random(), Math.random()]
        .map((x) => Math.floor(x * long.bytes.length))
        .sort((x, y) => x - y);
      const decoded = decodeChunks([
        long.bytes.subarray(0, a),
        long.bytes.subarray(a, b),
        long.bytes.subarray(b),
      ]);
      expect(decoded.data).toBe(RECORDS.join(''));
      expect(decoded.rest?.equals(long.tail)).toBe(true);
    }
  });

  it('gives nothing for no rows', () => {
    const { bytes, tail } = reply([]);
    const decoded = decodeChunks([bytes]);
    expect(decoded.data).toBe('');
    expect(decoded.rows).toBe(0);
    expect(decoded.rest?.equals(tail)).toBe(true);
  });

  it('hands an ErrorResponse back whole, after the rows before it', () => {
    const { bytes } = reply(['a\r\n', 'b\r\n']);
    const error = message('E', Buffer.from('SERROR\0C57014\0Mcanceling statement\0\0', 'latin1'));
    // the rows, then the error instead of the trailer and CopyDone
    const cut = bytes.indexOf(message('d', int16(-1)));
    const stream = Buffer.concat([bytes.subarray(0, cut), error, message('Z', Buffer.from('I'))]);
    for (const at of [cut + 2, cut + 5, stream.length]) {
      const decoded = decodeChunks([stream.subarray(0, at), stream.subarray(at)]);
      expect(decoded.data).toBe('a\r\nb\r\n');
      expect(decoded.error).toBe(true);
      expect(decoded.rest?.subarray(0, error.length).equals(error)).toBe(true);
    }
  });

  it('refuses what is not one non-NULL column in the binary format', () => {
    const header = Buffer.concat([SIGNATURE, int32(0), int32(0)]);
    const text = message('d', Buffer.from('organisation_number,organisation\n'));
    expect(() => new CopyBinaryDecoder().decode(text)).toThrow(/not the binary format/);
    const two = message(
      'd',
      Buffer.concat([header, int16(2), int32(1), Buffer.from('a'), int32(1), Buffer.from('b')]),
    );
    expect(() => new CopyBinaryDecoder().decode(two)).toThrow(/one column/);
    const nul = message('d', Buffer.concat([header, int16(1), int32(-1)]));
    expect(() => new CopyBinaryDecoder().decode(nul)).toThrow(/NULL/);
    const early = Buffer.concat([message('d', Buffer.concat([header, row('a')])), message('c')]);
    expect(() => new CopyBinaryDecoder().decode(early)).toThrow(/without its trailer/);
  });
});

describe('CopyBinaryDecoder into a buffer of its own', () => {
  it('writes the same bytes after what the buffer holds, whatever the chunks, and leaves the chunk as it was', () => {
    const { bytes, tail } = reply(RECORDS.slice(0, 4), Buffer.from('ext'));
    const whole = Buffer.from(RECORDS.slice(0, 4).join(''));
    for (let cut = 0; cut <= bytes.length; cut++) {
      const decoder = new CopyBinaryDecoder();
      const out = Buffer.alloc(3 + bytes.length, '#');
      let at = 3;
      let rest: Buffer | undefined;
      for (const chunk of [bytes.subarray(0, cut), bytes.subarray(cut)]) {
        if (rest) {
          rest = Buffer.concat([rest, chunk]);
          continue;
        }
        const copy = Buffer.from(chunk);
        const decoded = decoder.decode(copy, { buffer: out, at });
        expect(copy.equals(chunk)).toBe(true);
        expect(decoded.data.byteOffset).toBe(out.byteOffset + at);
        at += decoded.data.length;
        rest = decoded.end?.rest;
      }
      expect(out.subarray(0, 3).toString()).toBe('###');
      expect(out.subarray(3, at).equals(whole)).toBe(true);
      expect(rest?.equals(tail)).toBe(true);
    }
  });

  it('refuses a buffer without room for the chunk', () => {
    const { bytes } = reply(['a\r\n']);
    expect(() => new CopyBinaryDecoder().decode(bytes, { buffer: Buffer.alloc(8), at: 0 })).toThrow(
      /no room/,
    );
  });
});

describe('CopyBinaryDecoder with block numbers', () => {
  const ROWS: [number, string][] = [
    [0, 'a;1\r\n'],
    [0, ''],
    [0, 'b;"x"\r\n'],
    [2, ''],
    [4, 'c\r\n'],
    [4, `${'y'.repeat(20_000)}\r\n`],
    [5, 'd\r\n'],
    [7, 'e\r\n'],
    [-3, 'f\r\n'],
  ];

  it('stops before the first row of each new block, for chunks cut anywhere, and hands back what follows CopyDone', () => {
    const { bytes, tail } = blockReply(ROWS);
    for (const size of [1, 2, 3, 5, 13, 14, 15, 64, 4096, bytes.length]) {
      const decoder = new CopyBinaryDecoder(true);
      const segments: [number, string][] = [];
      let block = -1;
      let current = '';
      let rest: Buffer | null = null;
      const flush = () => {
        if (current) segments.push([block, current]);
        current = '';
      };
      for (let at = 0; at < bytes.length; at += size) {
        const chunk = Buffer.from(bytes.subarray(at, at + size));
        if (rest) {
          rest = Buffer.concat([rest, chunk]);
          continue;
        }
        for (let piece = chunk; ;) {
          const { data, end, next } = decoder.decode(piece);
          current += data.toString('utf8');
          if (next !== undefined) {
            // the data before it is the old block's; the decoder is at the new one
            expect(next).toBeGreaterThan(0);
            flush();
            block = decoder.block;
            piece = piece.subarray(next);
            continue;
          }
          if (end) {
            flush();
            rest = end.rest;
          }
          break;
        }
      }
      expect({ size, segments }).toEqual({ size, segments: byBlock(ROWS) });
      expect(decoder.rows).toBe(ROWS.length);
      expect(rest!.equals(tail)).toBe(true);
    }
  });

  it('throws on a row that is not a block number and a record', () => {
    const one = reply(['a\r\n']).bytes;
    expect(() => new CopyBinaryDecoder(true).decode(one)).toThrow(/two columns, not 1/);
    const wide = reply(['a'], undefined, [
      Buffer.concat([int16(2), int32(8), Buffer.alloc(8), int32(1), Buffer.from('a')]),
    ]).bytes;
    expect(() => new CopyBinaryDecoder(true).decode(wide)).toThrow(/not an int4/);
  });
});

/**
 * A connection as pg leaves it for a Submittable: its socket (here a PassThrough) with pg's one 'data'
 * listener, and `query`, which would send the statement.
 */
function fakeConnection() {
  const socket = new PassThrough();
  const handedBack: Buffer[] = [];
  socket.on('data', (chunk: Buffer) => handedBack.push(chunk));
  const connection = { stream: socket, query: () => undefined } as unknown as pg.Connection;
  return { socket, connection, handedBack };
}

/** Writes the bytes to the socket in pieces of 1 byte to 90 kB, each as a buffer of its own, a turn apart. */
async function writeInPieces(socket: PassThrough, bytes: Buffer): Promise<void> {
  for (let at = 0, n = 1; at < bytes.length; n = (n * 31 + 7) % 90_000) {
    socket.write(Buffer.from(bytes.subarray(at, at + n + 1)));
    at += n + 1;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('CopyBinaryColumn', () => {
  it('streams the records in blocks of at most 256 kB, reuses the blocks given back, and hands the rest to pg', async () => {
    // About 1.3 MB of records of every length up to 40 kB, in socket chunks of 1 byte to 90 kB.
    const records: string[] = [];
    for (let i = 0, size = 0; size < 1_300_000; i++) {
      const record = `${i};${'é'.repeat((i * 7919) % 20_000)}\r\n`;
      records.push(record);
      size += Buffer.byteLength(record);
    }
    const { bytes, tail } = reply(records);
    const { socket, connection, handedBack } = fakeConnection();
    const output = new OutputBlocks();
    const column = new CopyBinaryColumn('COPY (…) TO STDOUT (FORMAT binary)', { output });
    column.submit(connection);
    const writing = writeInPieces(socket, bytes);
    const blocks: Buffer[] = [];
    const seen = new Set<ArrayBufferLike>();
    for await (const { data: block } of column as AsyncIterable<CopySegment>) {
      expect(block.length).toBeLessThanOrEqual(256 * 1024);
      blocks.push(Buffer.from(block));
      seen.add(block.buffer);
      output.give(block);
    }
    await writing;
    expect(Buffer.concat(blocks).toString()).toBe(records.join(''));
    expect(column.decoder.rows).toBe(records.length);
    // every block after the first few was one given back
    expect(blocks.length).toBeGreaterThan(5);
    expect(seen.size).toBeLessThanOrEqual(3);
    await new Promise((resolve) => setImmediate(resolve));
    expect(Buffer.concat(handedBack).equals(tail)).toBe(true);
  });

  it('with block numbers pushes segments of one block each, in order, none larger than 256 kB, in buffers shared with another stream', async () => {
    // About 1.2 MB of records in 9 blocks of very different sizes, each record naming its block.
    const rows: [number, string][] = [];
    for (let i = 0, size = 0; size < 1_200_000; i++) {
      const block = 2 * Math.floor(Math.sqrt(i));
      const record = `${block}:${i};${'å'.repeat((i * 7919) % 30_000)}\r\n`;
      rows.push([block, record]);
      size += Buffer.byteLength(record);
    }
    const { bytes, tail } = blockReply(rows);
    const { socket, connection, handedBack } = fakeConnection();
    const output = new OutputBlocks(8);
    const column = new CopyBinaryColumn('COPY (…) TO STDOUT (FORMAT binary)', {
      blocks: true,
      output,
      highWaterMark: 4,
    });
    column.submit(connection);
    const writing = writeInPieces(socket, bytes);
    const segments: [number, Buffer][] = [];
    for await (const { block, data } of column as AsyncIterable<CopySegment>) {
      expect(data.length).toBeLessThanOrEqual(256 * 1024);
      segments.push([block, Buffer.from(data)]);
      output.give(data);
    }
    await writing;
    // the segments of a block come one after the other, and every record in them is of that block (a
    // segment may end inside a character: the bytes of a block are read together)
    const runs: [number, Buffer[]][] = [];
    for (const [block, data] of segments) {
      const last = runs[runs.length - 1];
      if (last?.[0] === block) last[1].push(data);
      else runs.push([block, [data]]);
    }
    const blocks = runs.map(([block, parts]): [number, string] => [
      block,
      Buffer.concat(parts).toString('utf8'),
    ]);
    for (const [block, text] of blocks)
      for (const record of text.split('\r\n').slice(0, -1)) expect(record.split(':')[0]).toBe(String(block));
    expect(blocks.map(([block]) => block)).toEqual([...new Set(rows.map(([block]) => block))]);
    expect(blocks).toEqual(byBlock(rows));
    expect(column.decoder.rows).toBe(rows.length);
    await new Promise((resolve) => setImmediate(resolve));
    expect(Buffer.concat(handedBack).equals(tail)).toBe(true);
  });

  it('decodes each read of a ReadIntoSocket from its one buffer, waits while the consumer does, and hands the rest to pg', async () => {
    const records: string[] = [];
    for (let i = 0, size = 0; size < 1_000_000; i++) {
      const record = `${i};${'ø'.repeat((i * 7919) % 9_000)}\r\n`;
      records.push(record);
      size += Buffer.byteLength(record);
    }
    const { bytes, tail } = reply(records);
    // 4 kB a read: a row is cut by most of them, and the buffer is read into again about 300 times
    const { client, server, close } = await loopbackPair(4096);
    try {
      const handedBack: Buffer[] = [];
      client.on('data', (chunk: Buffer) => handedBack.push(chunk));
      const connection = {
        stream: client,
        query: () => void writeTo(server, bytes),
      } as unknown as pg.Connection;
      const output = new OutputBlocks();
      const column = new CopyBinaryColumn('COPY (…) TO STDOUT (FORMAT binary)', { output });
      column.submit(connection);
      const blocks: Buffer[] = [];
      let slow = 0;
      for await (const { data: block } of column as AsyncIterable<CopySegment>) {
        blocks.push(Buffer.from(block));
        output.give(block);
        // now and then a consumer that takes its time: the socket stops being read meanwhile
        if (slow++ % 3 === 0) await new Promise((resolve) => setTimeout(resolve, 1));
      }
      expect(Buffer.concat(blocks).toString()).toBe(records.join(''));
      expect(column.decoder.rows).toBe(records.length);
      await new Promise((resolve) => setImmediate(resolve));
      expect(Buffer.concat(handedBack).equals(tail)).toBe(true);
      // pg's listener is back, and what comes next is pg's again
      const next = Buffer.from('Z'.repeat(4096));
      await writeTo(server, next);
      while (Buffer.concat(handedBack).length < tail.length + next.length)
        await new Promise((resolve) => setImmediate(resolve));
      // (the bytes pg was given at the hand-back were its own: the reads after it, which fill the whole
      // buffer, did not overwrite them)
      expect(Buffer.concat(handedBack).equals(Buffer.concat([tail, next]))).toBe(true);
    } finally {
      await close();
    }
  });

  it('after a short read of a ReadIntoSocket waits 1 ms for the socket to fill before it reads again; a full read goes on', () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate'] });
    const socket = new ReadIntoSocket();
    try {
      let tapped: SocketTap | null = null;
      socket.tap = (tap: SocketTap) => void (tapped = tap);
      const resumed = jest.spyOn(socket, 'resume').mockImplementation(() => socket);
      socket.on('data', () => undefined);
      const column = new CopyBinaryColumn('COPY (…) TO STDOUT (FORMAT binary)');
      column.submit({ stream: socket, query: () => undefined } as unknown as pg.Connection);
      column.read(0); // the consumer wants more (_read)
      const { bytes } = reply(['a;1\r\n', 'b;2\r\n', `c;${'x'.repeat(70_000)}\r\n`]);
      const cut = 40;
      // a short read: reading stops, and starts again 1 ms later
      expect(tapped!(bytes.subarray(0, cut))).toBe(false);
      const before = resumed.mock.calls.length;
      jest.advanceTimersByTime(0);
      expect(resumed.mock.calls.length).toBe(before);
      jest.advanceTimersByTime(1);
      expect(resumed.mock.calls.length).toBe(before + 1);
      // a read of 64 kB or more: reading goes on at once
      expect(tapped!(bytes.subarray(cut, cut + 65_536))).toBe(true);
      expect(jest.getTimerCount()).toBe(0);
      column.destroy();
    } finally {
      jest.useRealTimers();
      socket.destroy();
    }
  });

  it('stops reading a plain socket once the bytes are not a COPY: what follows is left unread', async () => {
    const { socket, connection } = fakeConnection();
    const column = new CopyBinaryColumn('COPY (…) TO STDOUT (FORMAT binary)');
    column.submit(connection);
    const failed = (async () => {
      for await (const segment of column as AsyncIterable<CopySegment>) void segment;
    })().catch((error: unknown) => error);
    socket.write(message('d', Buffer.from('not the binary format at all')));
    expect(String(await failed)).toMatch(/not the binary format/);
    socket.write(Buffer.from('more bytes'));
    await new Promise((resolve) => setImmediate(resolve));
    expect(socket.readableLength).toBe('more bytes'.length);
  });

  it("keeps a ReadIntoSocket read once handed back, even when pg's handler throws (the stream has the error)", () => {
    const socket = new ReadIntoSocket();
    try {
      let tapped: SocketTap | null = null;
      socket.tap = (tap: SocketTap) => void (tapped = tap);
      socket.untap = () => undefined;
      const failure = new Error('a handler of pg failed');
      socket.on('data', () => {
        throw failure;
      });
      const errors: unknown[] = [];
      const column = new CopyBinaryColumn('COPY (…) TO STDOUT (FORMAT binary)');
      column.on('error', (error) => errors.push(error));
      column.submit({ stream: socket, query: () => undefined } as unknown as pg.Connection);
      column.read(0);
      const { bytes } = reply(['a;1\r\n']);
      // the whole reply in one (short) read: the rows, CopyDone, and pg's part after it
      expect(tapped!(bytes)).toBe(true);
      expect(column.destroyed).toBe(true);
      return new Promise<void>((resolve) => setImmediate(resolve)).then(() =>
        expect(errors).toEqual([failure]),
      );
    } finally {
      socket.destroy();
    }
  });
});
