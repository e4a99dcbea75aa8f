import { Readable } from 'node:stream';
import type pg from 'pg';
import { ReadIntoSocket } from './read-into-socket.js';

/**
 * `COPY (…) TO STDOUT (FORMAT binary)` of one text column that is never NULL, read straight off the
 * connection's socket: the stream gives the column's bytes, row after row, with nothing in between, in
 * segments of up to OUTPUT_BLOCK bytes (CopySegment). The CSV export's statement writes each whole record,
 * CRLF included, so these bytes are the file. With `blocks`, each row is an int4 block number and then
 * the text: a segment holds the rows of one block only, and says which (the export's parts, csv-copy.ts).
 *
 * Why not pg-copy-streams: it cuts a Buffer per row and joins them again (about as much CPU a row in Node
 * as the database spends writing it); CopyBinaryDecoder decodes each socket chunk in one pass into one
 * buffer, with one copy per row. The socket is taken from pg as pg-copy-streams does it, while the COPY
 * runs: the connection's one 'data' listener is set aside and given back, with the bytes after CopyDone
 * or an ErrorResponse, so pg reads the rest of the reply (or the error) itself. Backpressure holds: the
 * socket is read only while the consumer wants more. The export connections' sockets are ReadIntoSockets:
 * their reads are tapped and decoded from the socket's one buffer; any other socket is read as a stream.
 */
export class CopyBinaryColumn extends Readable implements pg.Submittable {
  readonly decoder: CopyBinaryDecoder;
  /** The statement's own count of rows, once it has completed. */
  rowCount = 0;

  private socket: Socket | null = null;
  private pgDataHandler: ((chunk: Buffer) => void) | null = null;
  private readonly onReadable = () => this.forward();
  /** The buffer the decoded rows are collected in, how much of it they fill, and their block number. */
  private readonly blocks: OutputBlocks;
  private output: Buffer;
  private outputLength = 0;
  private outputBlock = 0;
  private wanted = false;
  private forwarding = false;
  private handedBack = false;
  /** While set, reading waits for the socket to fill (see readTapped). */
  private waiting: NodeJS.Timeout | null = null;

  constructor(
    private readonly text: string,
    options: { blocks?: boolean; output?: OutputBlocks; highWaterMark?: number } = {},
  ) {
    // A segment at a time by default: the consumer's backpressure reaches the socket at once.
    super({ objectMode: true, highWaterMark: options.highWaterMark ?? 1 });
    this.decoder = new CopyBinaryDecoder(options.blocks ?? false);
    this.blocks = options.output ?? new OutputBlocks();
    this.output = this.blocks.take();
  }

  submit(connection: pg.Connection): void {
    const socket = (connection as unknown as { stream: Socket }).stream;
    const listeners = socket.listeners('data') as ((chunk: Buffer) => void)[];
    if (listeners.length !== 1) throw new Error('COPY: the connection is not in the state pg leaves it in');
    this.socket = socket;
    this.pgDataHandler = listeners[0];
    socket.removeListener('data', this.pgDataHandler);
    if (socket instanceof ReadIntoSocket) {
      // Each read is decoded straight from the socket's own buffer (see ReadIntoSocket).
      socket.tap((bytes) => this.readTapped(bytes));
    } else {
      socket.pause();
      socket.on('readable', this.onReadable);
    }
    connection.query(this.text);
  }

  override _read(): void {
    this.wanted = true;
    if (this.socket instanceof ReadIntoSocket) {
      if (!this.handedBack && !this.waiting) this.socket.resume();
    } else this.forward();
  }

  /**
   * A stream destroyed before the end of the COPY (its consumer stopped, or the bytes were wrong) leaves
   * the socket as it is, still tapped or paused: its connection must be released as broken (the
   * consumer's part, as copyCsv does), so that pg closes it.
   */
  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    if (this.waiting) clearTimeout(this.waiting);
    this.waiting = null;
    callback(error);
  }

  /**
   * A read of a ReadIntoSocket. The server sends its output 8 kB at a time, and a process that reads each
   * piece as it comes is woken up, and makes a system call, for each: for a full export about 170,000
   * times, about as much of this process's CPU as the bytes themselves (on this machine a wake-up is
   * costly, `perf`). So after a short read the socket is left to fill for PAUSE_MS, and then read in
   * reads of up to the socket's whole buffer. The server keeps writing meanwhile: the kernel holds what
   * it sends (megabytes on loopback) until then.
   */
  private readTapped(bytes: Buffer): boolean {
    const more = this.decodeRead(bytes);
    if (!more || this.handedBack || bytes.length >= SHORT_READ) return more;
    this.waiting = setTimeout(() => {
      this.waiting = null;
      if (this.wanted && !this.handedBack && !this.destroyed) this.socket!.resume();
    }, PAUSE_MS);
    return false;
  }

  /** pg: the ErrorResponse handed back, or a broken connection. */
  handleError(error: Error): void {
    if (!this.destroyed) this.destroy(error);
  }

  handleCommandComplete(message: { text?: string }): void {
    const match = /COPY (\d+)/.exec(message?.text ?? '');
    if (match) this.rowCount = Number(match[1]);
  }

  handleReadyForQuery(): void {
    // the end of the rows was pushed at CopyDone
  }

  /** A plain socket: reads while the consumer wants more. */
  private forward(): void {
    if (this.forwarding || !this.wanted || this.handedBack || this.destroyed || !this.socket) return;
    this.forwarding = true;
    try {
      let chunk: Buffer | null;
      // decodeRead says false once the stream has failed: what follows is left unread
      while (this.wanted && !this.handedBack && (chunk = this.socket.read()) !== null)
        if (!this.decodeRead(chunk)) break;
    } finally {
      this.forwarding = false;
    }
  }

  /**
   * Decodes the bytes of one read into the blocks, all of them (a ReadIntoSocket reads into the same
   * buffer next time), and says whether to go on reading: while the consumer wants more, and always once
   * the socket is pg's again.
   */
  private decodeRead(chunk: Buffer): boolean {
    try {
      // The rows go into a block of OUTPUT_BLOCK bytes, pushed once it is nearly full: the response is
      // written in a few large writes instead of one per socket read (a read is often one 8 kB packet
      // of the server), which costs this process and the client a system call and a wake-up each.
      for (let offset = 0; offset < chunk.length && !this.handedBack;) {
        const piece = chunk.subarray(offset, offset + this.output.length - this.outputLength);
        const { data, end, next } = this.decoder.decode(piece, {
          buffer: this.output,
          at: this.outputLength,
        });
        this.outputLength += data.length;
        if (next !== undefined) {
          // A row of another block: the rows before it are a segment of their own.
          offset += next;
          this.pushOutput();
          this.outputBlock = this.decoder.block;
          continue;
        }
        offset += piece.length;
        if (end) {
          this.pushOutput();
          // pg gets bytes of its own (concat copies even one piece): the chunk may be read into again.
          this.handBack({ ...end, rest: Buffer.concat([end.rest, chunk.subarray(offset)]) });
        } else if (this.output.length - this.outputLength < OUTPUT_FREE_MIN) this.pushOutput();
      }
    } catch (error) {
      // Bytes that are not what the decoder expects: the stream fails, and its consumer releases the
      // connection as broken.
      this.destroy(error as Error);
      // once handed back (pg's handler threw), the socket is pg's: it goes on being read
      return this.handedBack;
    }
    return this.handedBack || this.wanted;
  }

  /** Pushes the rows collected so far (if any) as a segment and starts a new buffer. */
  private pushOutput(): void {
    if (this.outputLength === 0) return;
    const segment: CopySegment = {
      block: this.outputBlock,
      data: this.output.subarray(0, this.outputLength),
    };
    this.output = this.blocks.take();
    this.outputLength = 0;
    this.wanted = this.push(segment);
  }

  /**
   * At CopyDone or an ErrorResponse: gives the socket back to pg with the bytes from there on (pg reads
   * CommandComplete and ReadyForQuery, or the error, from them) and, at CopyDone, ends the stream.
   */
  private handBack(end: CopyEnd): void {
    const socket = this.socket!;
    this.handedBack = true;
    if (socket instanceof ReadIntoSocket) socket.untap();
    else socket.removeListener('readable', this.onReadable);
    socket.on('data', this.pgDataHandler!);
    // pg's handler may pause the socket (its own backpressure): resume once it has returned (queued first,
    // so that the socket is read on even if the handler throws).
    process.nextTick(() => socket.resume());
    this.pgDataHandler!(end.rest);
    if (!end.error && !this.destroyed) this.push(null);
  }
}

/**
 * The size of the blocks the rows are pushed in, and the room below which a block is pushed (so that a
 * socket read is decoded in at most a few pieces). With the response's backpressure, the export holds a
 * few blocks at a time.
 */
const OUTPUT_BLOCK = 256 * 1024;
const OUTPUT_FREE_MIN = 32 * 1024;
/** Written buffers kept to be filled again, by default. */
const SPARE_BLOCKS = 4;

/** Rows of one block (0 without blocks), in a buffer of OUTPUT_BLOCK bytes or part of one. */
export interface CopySegment {
  block: number;
  data: Buffer;
}

/**
 * The buffers of OUTPUT_BLOCK bytes that COPY streams decode their rows into, given back once their bytes
 * have been written (the write's callback) to be filled again: so an export keeps using the same few
 * buffers instead of allocating (and the process mapping and the kernel zeroing) a new one for every
 * 256 kB. The streams of one export share them. Bytes that are not a whole such buffer are ignored; each
 * must be given back once.
 */
export class OutputBlocks {
  private readonly spare: Buffer[] = [];

  constructor(private readonly keep = SPARE_BLOCKS) {}

  take(): Buffer {
    return this.spare.pop() ?? Buffer.allocUnsafeSlow(OUTPUT_BLOCK);
  }

  give(data: Buffer): void {
    if (data.buffer.byteLength !== OUTPUT_BLOCK || this.spare.length >= this.keep) return;
    this.spare.push(Buffer.from(data.buffer, 0, OUTPUT_BLOCK));
  }
}
/** A read shorter than this makes a ReadIntoSocket wait PAUSE_MS before it reads again. */
const SHORT_READ = 64 * 1024;
const PAUSE_MS = 1;

type Socket = NodeJS.EventEmitter & { read(): Buffer | null; pause(): void; resume(): void };

/** Where the COPY data ended: the bytes from the next message on, and whether it ended in an error. */
export interface CopyEnd {
  rest: Buffer;
  error: boolean;
}

/**
 * The server's messages during `COPY … TO STDOUT (FORMAT binary)` of one non-NULL column → the column's
 * bytes, row after row. Pure: bytes in, bytes out, in chunks split anywhere. With `blocks`, each row has
 * a non-NULL int4 first (its block number), which is not output: decoding stops before the text of a row
 * whose block differs from the row before it (`next`), so that the caller can cut the output there.
 *
 * The protocol (PostgreSQL manual, «Frontend/Backend Protocol», «COPY Operations»): CopyOutResponse, then
 * the data in CopyData messages ('d', a 32-bit length that counts itself), then CopyDone ('c'); an
 * ErrorResponse ('E') instead if the statement fails; notices may come in between. The binary format
 * (manual, «COPY», «Binary Format»), split over the CopyData messages anywhere: an 11-byte signature, a
 * 32-bit flags field, a 32-bit header-extension length and that many bytes; per row a 16-bit field count
 * (1 here) and per field a 32-bit length (-1: NULL) and the bytes; a field count of -1 ends the data.
 */
export class CopyBinaryDecoder {
  /** Rows decoded. */
  rows = 0;
  /** The protocol message being read: its type, and how many of its bytes are still to come. */
  private messageType = 0;
  private messageLeft = 0;
  /** What the binary data expects next, and how many bytes of it are still to come. */
  private expect: Expect = 'file';
  private left = FILE_HEADER;
  /** The bytes of a header that a chunk boundary split: a message's, and the binary format's. */
  private readonly messageHeader = new SplitHeader(5);
  private readonly formatHeader = new SplitHeader(FILE_HEADER);
  private ended = false;
  /** With blocks: the block of the last row begun (-1 before the first). */
  block = -1;
  /** Where `data` stopped before the text of a row of a new block, or -1. */
  private stop = -1;
  /** The fields of a row, and the bytes of its header after the field count. */
  private readonly columns: number;
  private readonly fieldsHeader: number;

  constructor(private readonly blocks = false) {
    this.columns = blocks ? 2 : 1;
    this.fieldsHeader = blocks ? 12 : 4;
  }

  /**
   * Decodes one chunk, in place: `data`, the field bytes in it (the front of `chunk`, which is
   * overwritten); `end` once CopyDone or an ErrorResponse has come (the chunk's bytes after CopyDone, or
   * from the ErrorResponse on, are the rest of the reply); with blocks, `next` when it stopped before the
   * text of a row of a new block (`block`): decode on from chunk[next]. Throws on bytes that are not such
   * a COPY.
   */
  decode(
    chunk: Buffer,
    into?: { buffer: Buffer; at: number },
  ): { data: Buffer; end?: CopyEnd; next?: number } {
    if (this.ended) throw new Error('COPY: bytes after the end of the COPY');
    // Without `into`, the field bytes are moved to the front of the chunk itself (they never overtake what
    // is still to be read, and Buffer#copy may overlap), so decoding allocates nothing: the chunk becomes
    // the data. With `into`, they are copied to into.buffer from into.at on, which must have room for
    // chunk.length bytes (the data is never longer than the chunk).
    const out = into ? into.buffer : chunk;
    const from = into ? into.at : 0;
    if (out.length - from < chunk.length && into) throw new Error('COPY: no room for the decoded chunk');
    let to = from;
    let at = 0;
    while (at < chunk.length) {
      if (this.messageLeft === 0) {
        const header = this.messageHeader.take(chunk, at, chunk.length);
        if (!header) break;
        const [bytes, offset] = header;
        at = this.messageHeader.next;
        const type = bytes[offset];
        if (type === ERROR_RESPONSE) {
          this.ended = true;
          // pg reads the error from the whole message, its header included.
          const rest = Buffer.concat([bytes.subarray(offset, offset + 5), chunk.subarray(at)]);
          return { data: out.subarray(from, to), end: { rest, error: true } };
        }
        this.messageType = type;
        this.messageLeft = bytes.readInt32BE(offset + 1) - 4;
        if (this.messageLeft < 0) throw new Error('COPY: a message of a negative length');
      }
      const end = Math.min(chunk.length, at + this.messageLeft);
      this.messageLeft -= end - at;
      // CopyOutResponse, and notices and parameter changes in between, are not the data: skipped.
      if (this.messageType === COPY_DATA) {
        to = this.data(chunk, at, end, out, to);
        if (this.stop >= 0) {
          const next = this.stop;
          this.stop = -1;
          this.messageLeft += end - next;
          return { data: out.subarray(from, to), next };
        }
      }
      at = end;
      if (this.messageLeft === 0 && this.messageType === COPY_DONE) {
        if (this.expect !== 'end') throw new Error('COPY: the binary data ended without its trailer');
        this.ended = true;
        return { data: out.subarray(from, to), end: { rest: chunk.subarray(at), error: false } };
      }
    }
    return { data: out.subarray(from, to) };
  }

  /**
   * The binary data in chunk[at, end): copies the text bytes to `out` from `to`; returns the new `to`. Sets
   * `stop` when it stops before the text of a row of a new block.
   */
  private data(chunk: Buffer, at: number, end: number, out: Buffer, to: number): number {
    while (at < end) {
      if (this.expect === 'field') {
        const n = Math.min(this.left, end - at);
        chunk.copy(out, to, at, at + n);
        to += n;
        at += n;
        this.left -= n;
        if (this.left === 0) this.expectRow();
        continue;
      }
      if (this.expect === 'row' && end - at >= 2 + this.fieldsHeader && this.formatHeader.empty) {
        // The common case: a whole row header (field count and lengths) in this chunk.
        const count = chunk.readInt16BE(at);
        if (count === -1) {
          this.expect = 'end';
          at += 2;
          continue;
        }
        if (count !== this.columns) throw this.columnsError(count);
        const newBlock = this.fields(chunk, at + 2);
        at += 2 + this.fieldsHeader;
        if (newBlock) {
          this.stop = at;
          return to;
        }
        continue;
      }
      if (this.expect === 'extension') {
        const n = Math.min(this.left, end - at);
        at += n;
        this.left -= n;
        if (this.left === 0) this.expectRow();
        continue;
      }
      if (this.expect === 'end') throw new Error('COPY: bytes after the end of the binary data');
      const header = this.formatHeader.take(chunk, at, end, this.left);
      if (!header) return to;
      const [bytes, offset] = header;
      at = this.formatHeader.next;
      if (this.expect === 'file') {
        if (!bytes.subarray(offset, offset + SIGNATURE.length).equals(SIGNATURE))
          throw new Error('COPY: not the binary format');
        this.left = bytes.readInt32BE(offset + 15);
        if (this.left < 0) throw new Error('COPY: a header extension of a negative length');
        if (this.left > 0) this.expect = 'extension';
        else this.expectRow();
      } else if (this.expect === 'row') {
        // A row header split by the chunk: the field count alone first.
        const count = bytes.readInt16BE(offset);
        if (count === -1) this.expect = 'end';
        else if (count !== this.columns) throw this.columnsError(count);
        else {
          this.expect = 'length';
          this.left = this.fieldsHeader;
        }
      } else if (this.fields(bytes, offset)) {
        this.stop = at;
        return to;
      }
    }
    return to;
  }

  private expectRow(): void {
    this.expect = 'row';
    this.left = 2;
  }

  private columnsError(count: number): Error {
    return new Error(`COPY: expected ${this.blocks ? 'two columns' : 'one column'}, not ${count}`);
  }

  /**
   * A row's header after its field count: the text's length, after the block's length (4) and number with
   * blocks. Says whether the row begins a new block.
   */
  private fields(bytes: Buffer, offset: number): boolean {
    if (!this.blocks) {
      this.field(bytes.readInt32BE(offset));
      return false;
    }
    if (bytes.readInt32BE(offset) !== 4) throw new Error('COPY: the block number is not an int4');
    const block = bytes.readInt32BE(offset + 4);
    this.field(bytes.readInt32BE(offset + 8));
    if (block === this.block) return false;
    this.block = block;
    return true;
  }

  private field(length: number): void {
    if (length < 0) throw new Error('COPY: a NULL record');
    this.rows++;
    this.left = length;
    if (length > 0) this.expect = 'field';
    else this.expectRow();
  }
}

type Expect = 'file' | 'extension' | 'row' | 'length' | 'field' | 'end';

/** A header of a fixed size that may arrive split over chunks. */
class SplitHeader {
  private readonly bytes: Buffer;
  private length = 0;
  /** Where the chunk goes on after the header that `take` returned. */
  next = 0;

  constructor(size: number) {
    this.bytes = Buffer.alloc(size);
  }

  get empty(): boolean {
    return this.length === 0;
  }

  /**
   * `size` bytes from chunk[at, end), after any kept from earlier chunks: [buffer, offset] (and `next`),
   * or null when the chunk ends first, keeping what it had.
   */
  take(chunk: Buffer, at: number, end: number, size = this.bytes.length): [Buffer, number] | null {
    if (this.length === 0 && end - at >= size) {
      this.next = at + size;
      return [chunk, at];
    }
    const n = Math.min(size - this.length, end - at);
    chunk.copy(this.bytes, this.length, at, at + n);
    this.length += n;
    this.next = at + n;
    if (this.length < size) return null;
    this.length = 0;
    return [this.bytes, 0];
  }
}

/** The binary format's header: the signature (11 bytes), flags (4) and the extension's length (4). */
const FILE_HEADER = 19;
const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
const COPY_DATA = 0x64; // 'd'
const COPY_DONE = 0x63; // 'c'
const ERROR_RESPONSE = 0x45; // 'E'
