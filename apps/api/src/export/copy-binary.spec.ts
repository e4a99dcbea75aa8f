import { CopyBinaryDecoder } from './copy-binary.js';

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
function reply(records: string[], extension = Buffer.alloc(0)): { bytes: Buffer; tail: Buffer } {
  const header = Buffer.concat([SIGNATURE, int32(0), int32(extension.length), extension]);
  const messages = [message('H', Buffer.from([1, 0, 1, 0, 1]))];
  records.forEach((record, i) =>
    messages.push(message('d', i === 0 ? Buffer.concat([header, row(record)]) : row(record))),
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
