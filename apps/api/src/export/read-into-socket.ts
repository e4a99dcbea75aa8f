import net from 'node:net';

/**
 * What a tap is given: the bytes of one read, valid only during the call (the buffer is read into again
 * next time). Returns whether to go on reading; false stops reading until `resume()`.
 */
export type SocketTap = (bytes: Buffer) => boolean;

/**
 * The size of the one buffer a ReadIntoSocket reads into: a read takes what the kernel holds, up to this.
 */
const READ_BUFFER = 128 * 1024;

/**
 * A TCP socket that reads into one buffer of its own, again and again (net.Socket's `onread` option),
 * instead of into a new buffer for every read as a plain socket does. The export connections use it
 * (ExportConnections): a full export reads about 1.6 GB off the connection in 50,000–150,000 reads, and a
 * new 64 kB buffer per read is memory the process maps, the kernel faults in page by page and the garbage
 * collector frees again (on this machine about a third of the API's CPU during an export, `perf`).
 *
 * While a tap is set (the COPY of an export: CopyBinaryColumn), the bytes go to it and nowhere else; it
 * copies what it keeps. Otherwise they go to the 'data' listeners, as from any socket (pg's parser, which
 * keeps the start of a message that the read cut, so it is given a copy of its own).
 */
export class ReadIntoSocket extends net.Socket {
  private tapped: SocketTap | null = null;

  constructor(bufferSize = READ_BUFFER) {
    const buffer = Buffer.allocUnsafeSlow(bufferSize);
    const self: { socket?: ReadIntoSocket } = {};
    // `onread` is an option of the constructor (Node's net.Socket) that @types/node lists for net.connect only.
    const onread: net.OnReadOpts = {
      buffer,
      callback: (length) => self.socket!.received(buffer.subarray(0, length)),
    };
    super({ onread } as net.SocketConstructorOpts);
    self.socket = this;
  }

  /** Gives the bytes read from now on to `tap` instead of the 'data' listeners (until `untap`). */
  tap(tap: SocketTap): void {
    this.tapped = tap;
  }

  /** Gives the bytes read from now on to the 'data' listeners again. */
  untap(): void {
    this.tapped = null;
  }

  private received(bytes: Buffer): boolean {
    if (this.tapped) return this.tapped(bytes);
    this.emit('data', Buffer.from(bytes));
    return true;
  }
}

/**
 * The socket for a pg connection (pg's `stream` option, called with the connection's settings): a
 * ReadIntoSocket, or pg's own plain socket when the connection is encrypted (TLS then reads the socket
 * itself).
 */
export function exportSocket(config?: { ssl?: unknown }): net.Socket {
  return config?.ssl ? new net.Socket() : new ReadIntoSocket();
}
