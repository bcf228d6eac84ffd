/**
 * Work on the extension host's thread in slices of a few milliseconds, with a turn of the event loop
 * between them, so a folder of thousands of files is parsed, merged or read from the cache without
 * holding the thread (a keystroke, another extension, runs in between). No `vscode` import.
 */
export class Slices {
  private started = performance.now();

  constructor(private readonly ms: number) {}

  /** Whether this slice is used up. */
  get due(): boolean {
    return performance.now() - this.started >= this.ms;
  }

  /** Lets the thread go for a turn of the event loop, then starts the next slice. */
  async next(): Promise<void> {
    await new Promise<void>(resolve => setTimeout(resolve, 0));
    this.started = performance.now();
  }
}
