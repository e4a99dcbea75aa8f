import type { EventEmitter } from 'node:events';
import type { Writable } from 'node:stream';

/** Whether the client has gone away (the response was closed or destroyed before it finished). */
export function gone(out: Writable): boolean {
  return out.destroyed || out.writableEnded || (out as Writable & { closed?: boolean }).closed === true;
}

/** Resolves true on `source`'s next 'drain', false when `out` closes or fails first. */
export function drainOf(source: EventEmitter, out: Writable): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      source.off('drain', onDrain);
      out.off('close', onClose);
      out.off('error', onClose);
      resolve(ok);
    };
    const onDrain = () => done(true);
    const onClose = () => done(false);
    source.on('drain', onDrain);
    out.on('close', onClose);
    out.on('error', onClose);
  });
}

/**
 * Resolves when `out` can take more: at once, or after 'drain' when its buffer is full. Resolves false
 * when the client has gone away instead (the export should stop).
 */
export function drained(out: Writable): Promise<boolean> {
  if (gone(out)) return Promise.resolve(false);
  if (!out.writableNeedDrain) return Promise.resolve(true);
  return drainOf(out, out);
}

/**
 * Writes a chunk with backpressure: waits for 'drain' when `write` says the buffer is full. `written`, if
 * given, is called once the chunk has left the process (or the write failed): the chunk may be reused then.
 */
export async function writeChunk(
  out: Writable,
  chunk: string | Uint8Array,
  written?: () => void,
): Promise<boolean> {
  if (gone(out)) return false;
  if (out.write(chunk, written && (() => written()))) return true;
  return drained(out);
}
