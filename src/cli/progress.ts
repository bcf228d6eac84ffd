/**
 * The progress bar on standard error, drawn only when it is a terminal (never into a log or a pipe):
 * articles done, the rate in MB/s and, once the total is known, the time left. It is redrawn at most
 * every 100 ms, after a batch is written, so it costs nothing when the terminal is not watching.
 */
export interface Totals {
  /** Unknown for JSON lines, whose articles are counted only as they are read. */
  readonly articles?: number;
  readonly bytes: number;
}

export interface ProgressState {
  readonly articles: number;
  readonly bytes: number;
  readonly elapsedMs: number;
  /** What the whole run reads, once counted (undefined while counting, or for a pipe). */
  readonly total?: Totals;
}

const MB = 1_000_000;

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60));
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${mm.padStart(2, '0')}:${ss}` : `${mm}:${ss}`;
}

/** The bar's text for a terminal `width` columns wide. */
export function progressLine(state: ProgressState, width: number): string {
  const seconds = state.elapsedMs / 1000;
  const rate = seconds > 0 ? state.bytes / MB / seconds : 0;
  const total = state.total;
  const done = state.articles.toLocaleString('en');
  const count = total?.articles !== undefined ? `${done}/${total.articles.toLocaleString('en')} articles` : `${done} articles`;
  const speed = `${rate.toFixed(1)} MB/s`;
  if (!total || total.bytes === 0) return `isnad ${count}  ${speed}`.slice(0, width - 1);
  const share = Math.min(1, state.bytes / total.bytes);
  const left = rate > 0 ? clock((total.bytes - state.bytes) / MB / rate) : '?';
  const tail = ` ${Math.floor(share * 100)}%  ${count}  ${speed}  ${left} left`;
  const barWidth = Math.max(0, Math.min(30, width - 1 - tail.length - 'isnad [] '.length));
  const filled = Math.round(share * barWidth);
  return `isnad [${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}]${tail}`.slice(0, width - 1);
}

export class Progress {
  private readonly started = Date.now();
  private drawn = 0;
  private total: Totals | undefined;

  constructor(private readonly stream: NodeJS.WriteStream) {}

  setTotal(total: Totals): void {
    this.total = total;
  }

  update(articles: number, bytes: number, force = false): void {
    const now = Date.now();
    if (!force && now - this.drawn < 100) return;
    this.drawn = now;
    const line = progressLine({ articles, bytes, elapsedMs: now - this.started, ...(this.total ? { total: this.total } : {}) }, this.stream.columns || 80);
    this.stream.write(`\r${line}\x1b[K`);
  }

  /** Clears the bar, so what follows on the terminal starts on a clean line. */
  clear(): void {
    this.stream.write('\r\x1b[K');
  }
}
