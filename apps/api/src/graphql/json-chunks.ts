import { type ListSplice, type SpliceTrie, spliceTrie } from './list-splices.js';

/**
 * JSON text as UTF-8 in chunks, without ever holding the whole text as one string: the bytes of
 * `JSON.stringify(value)`, exactly, for the GraphQL answers (http-handler.ts).
 *
 * Why: V8 keeps any string or object of 128 KiB or more in its large-object space, where every allocation
 * gets fresh pages from the operating system. JSON.stringify builds its text as a chain of pieces; sending it
 * copies the chain into one flat string first. A page of 50 initiatives with their participants is about
 * 570,000 characters, stored two bytes each as soon as one «–» is in it (initiative names have them), so that
 * copy is a 1.1 MB large object on fresh pages: measured on this machine at 7 µs per 1,000 characters against
 * 0.7 µs below 64,000 characters (about 4 ms of a 30 ms request; docs/performance.md, issue 18). Here each
 * list element is stringified on its own (a piece well below that size), and the pieces are encoded into
 * 64 KiB chunks, so no request allocates a large object for its answer.
 *
 * How: plain objects outside lists and every list are walked; each list element is stringified whole, and
 * walked in turn only when its text is longer than PIECE_CHARS (a national initiative with 372 participants
 * is about 48,000 characters, one piece). Values JSON.stringify treats specially (toJSON, class instances,
 * undefined, functions) are left to JSON.stringify itself, so the bytes are the same in every case. Pieces
 * are gathered up to GATHER_CHARS before they are encoded, and a small answer is one buffer of its exact length.
 */

/** The longest text written as one piece: 60,000 characters, below 128 KiB even at two bytes a character. */
export const PIECE_CHARS = 60_000;
/** The size of the chunks the pieces are encoded into (below glibc's threshold for a fresh mapping). */
export const CHUNK_BYTES = 64 * 1024;

export interface JsonChunks {
  chunks: Buffer[];
  byteLength: number;
}

/**
 * `JSON.stringify(value)` as UTF-8 chunks (value: what JSON.stringify turns into text, not undefined). With
 * `splices` (list-splices.ts: lists registered for this answer), a registered parent's list is written as
 * the registered list's kept bytes, where the list in the answer has as many items.
 */
export function jsonChunks(value: unknown, splices?: readonly ListSplice[]): JsonChunks {
  const out = new ChunkWriter();
  const trie = splices?.length ? spliceTrie(splices) : undefined;
  if (walkable(value)) walk(value, out, trie);
  else {
    const text = JSON.stringify(value) as string | undefined;
    if (text === undefined) throw new TypeError('jsonChunks: the value has no JSON text');
    out.write(text);
  }
  return out.finish();
}

/**
 * Texts are gathered into one string up to this many characters and encoded together: one encoding call
 * for the many small pieces (`{`, `,`, a key) rather than one each, and an answer that stays below it (most
 * answers: a benefit, a mutation's result) becomes one buffer of its exact length (below 4 KiB a slice of
 * Node's shared 8 KiB pool), without a 64 KiB chunk.
 * Measured on this machine: a benefit's answer 8.0–8.3 µs against 14.5–17.1 µs, a mutation's 0.7 µs against
 * 8–14 µs, a page of 50 initiatives unchanged; and no 64 KiB buffer outside the heap per request for the
 * garbage collector to count (docs/performance.md, issue 18).
 */
export const GATHER_CHARS = 8_192;

class ChunkWriter {
  private readonly chunks: Buffer[] = [];
  private chunk: Buffer | null = null;
  /** Where the current chunk's bytes not yet kept in `chunks` begin. */
  private start = 0;
  private offset = 0;
  private total = 0;
  private gathered = '';

  write(text: string): void {
    if (this.gathered.length + text.length <= GATHER_CHARS) {
      this.gathered += text;
      return;
    }
    this.encodeGathered();
    if (text.length <= GATHER_CHARS) this.gathered = text;
    else this.encode(text);
  }

  /** Bytes made before (a kept list's text): kept as they are, after what was written so far. */
  writeBytes(bytes: Buffer): void {
    this.encodeGathered();
    this.keep();
    this.chunks.push(bytes);
    this.total += bytes.length;
  }

  finish(): JsonChunks {
    if (this.chunk === null && this.chunks.length === 0) {
      // Everything was gathered: one buffer of the answer's length.
      const only = Buffer.from(this.gathered);
      return { chunks: [only], byteLength: only.length };
    }
    this.encodeGathered();
    this.keep();
    return { chunks: this.chunks, byteLength: this.total };
  }

  private encodeGathered(): void {
    if (!this.gathered) return;
    const text = this.gathered;
    this.gathered = '';
    this.encode(text);
  }

  private encode(text: string): void {
    // offset is 0 while there is no chunk. UTF-8 needs at most 3 bytes per UTF-16 unit (a surrogate pair:
    // 4 bytes for 2 units).
    if (text.length * 3 > CHUNK_BYTES - this.offset) {
      const bytes = Buffer.byteLength(text);
      if (bytes > CHUNK_BYTES - this.offset) {
        this.keep();
        this.chunk = null;
        this.start = this.offset = 0;
        if (bytes > CHUNK_BYTES) {
          // A text longer than a chunk gets a buffer of its own (no chunk is taken for it).
          this.chunks.push(Buffer.from(text));
          this.total += bytes;
          return;
        }
      }
    }
    this.chunk ??= Buffer.allocUnsafe(CHUNK_BYTES);
    this.offset += this.chunk.write(text, this.offset);
  }

  /** Keeps the current chunk's bytes written since the last keep; later texts follow them in the chunk. */
  private keep(): void {
    if (this.chunk !== null && this.offset > this.start) {
      this.chunks.push(this.chunk.subarray(this.start, this.offset));
      this.total += this.offset - this.start;
    }
    this.start = this.offset;
  }
}

/** An array, or an object JSON.stringify reads property by property (no toJSON, a plain prototype). */
function walkable(value: unknown): value is Record<string, unknown> | unknown[] {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return typeof (value as { toJSON?: unknown }).toJSON !== 'function';
  const prototype = Object.getPrototypeOf(value) as unknown;
  return (
    (prototype === Object.prototype || prototype === null) &&
    typeof (value as { toJSON?: unknown }).toJSON !== 'function'
  );
}

let splicedLists = 0;

/** How many lists this process has written from kept bytes (for tests). */
export function splicedListsWritten(): number {
  return splicedLists;
}

/**
 * Writes `value` as JSON.stringify would. `trie`: the registered lists below it (list-splices.ts);
 * `spliced`: members of this object to write from kept bytes (splicedFields).
 */
function walk(
  value: Record<string, unknown> | unknown[],
  out: ChunkWriter,
  trie?: SpliceTrie,
  spliced?: ReadonlyMap<string, Buffer>,
): void {
  if (Array.isArray(value)) {
    out.write('[');
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out.write(',');
      const element: unknown = value[i];
      if (trie?.splices.length && walkable(element) && !Array.isArray(element)) {
        const spliced = splicedFields(element, trie.splices, i);
        if (spliced) {
          walk(element, out, undefined, spliced);
          continue;
        }
      }
      // as JSON.stringify: an element without JSON text (undefined, a function) is null
      const text = (JSON.stringify(element) as string | undefined) ?? 'null';
      if (text.length > PIECE_CHARS && walkable(element)) walk(element, out);
      else out.write(text);
    }
    out.write(']');
    return;
  }
  out.write('{');
  let first = true;
  for (const key of Object.keys(value)) {
    const member = value[key];
    const bytes = spliced?.get(key);
    const name = `${first ? '' : ','}${JSON.stringify(key)}:`;
    if (bytes) {
      out.write(name);
      out.writeBytes(bytes);
      splicedLists++;
    } else if (walkable(member)) {
      out.write(name);
      walk(member, out, trie?.children.get(key));
    } else {
      // as JSON.stringify: a member without JSON text (undefined, a function) is left out
      const text = JSON.stringify(member) as string | undefined;
      if (text === undefined) continue;
      out.write(name + text);
    }
    first = false;
  }
  out.write('}');
}

/**
 * The kept bytes to write for the element at `index` of a registered parents' list, by the element's key:
 * only where the element holds a list of as many items as the registered one (an element that is null, or
 * whose field is something else, is written as it is).
 */
function splicedFields(
  element: Record<string, unknown>,
  splices: readonly ListSplice[],
  index: number,
): Map<string, Buffer> | undefined {
  let spliced: Map<string, Buffer> | undefined;
  for (const splice of splices) {
    const text = splice.texts[index];
    const member = element[splice.field];
    if (text && Array.isArray(member) && member.length === text.items)
      (spliced ??= new Map()).set(splice.field, text.bytes);
  }
  return spliced;
}
