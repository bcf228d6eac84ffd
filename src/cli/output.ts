/**
 * Standard output with backpressure: a write that fills the pipe's buffer makes the next one wait
 * for `drain`, so a slow reader (a `| gzip`, a Spark executor) holds the run back instead of the
 * output piling up in memory. A reader that goes away (`| head`) ends the run quietly.
 */
export class Output {
  private closed = false;

  constructor(private readonly stream: NodeJS.WritableStream, private readonly onClosed: () => void) {
    stream.on('error', (error: NodeJS.ErrnoException) => this.failed(error));
  }

  /** A pipe whose reader left fails a later write with an `error` event. */
  private failed(error: NodeJS.ErrnoException): void {
    if (error.code !== 'EPIPE') throw error;
    if (!this.closed) this.onClosed();
    this.closed = true;
  }

  /** True once the reader has gone: there is nothing left worth computing. */
  get isClosed(): boolean {
    return this.closed;
  }

  async write(text: string | Uint8Array): Promise<void> {
    if (text.length === 0 || this.closed) return;
    if (!this.stream.write(text)) await this.drained();
  }

  /** The next `drain`, or the end of the stream (its error is handled by the listener above). */
  private drained(): Promise<void> {
    return new Promise(resolve => {
      const done = () => {
        for (const event of ['drain', 'close', 'error']) this.stream.off(event, done);
        resolve();
      };
      for (const event of ['drain', 'close', 'error']) this.stream.on(event, done);
    });
  }
}
