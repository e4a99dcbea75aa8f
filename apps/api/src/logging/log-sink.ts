import type { DestinationStream } from 'pino';

/**
 * Where the application's log lines go: standard output by default, pino-pretty's stream in
 * development, a test's capture, or nowhere. nestjs-pino builds one pino instance per process; this sink
 * is its destination, so that whoever creates the application (main.ts, a test) can choose the target
 * after the fact (see createApp).
 */
class LogSink implements DestinationStream {
  private target: DestinationStream | null = process.stdout;

  /** Sends the lines to `target`; null drops them. */
  use(target: DestinationStream | null): void {
    this.target = target;
  }

  write(line: string): void {
    this.target?.write(line);
  }
}

export const logSink = new LogSink();
