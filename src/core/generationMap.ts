/**
 * A map of values computed from strings, bounded in two generations: when the recent one fills up
 * it becomes the older one and the one before is let go. What a story asks again and again stays at
 * hand; memory stays bounded on a document or an archive of any size.
 */
export class GenerationMap<V> {
  private recent = new Map<string, V>();
  private older = new Map<string, V>();

  constructor(private readonly generation: number) {}

  get(key: string): V | undefined {
    const v = this.recent.get(key);
    if (v !== undefined) return v;
    const old = this.older.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  /** The value kept for `key`, computed (and kept) when there is none. */
  fetch(key: string, compute: (key: string) => V): V {
    let v = this.get(key);
    if (v === undefined) {
      v = compute(key);
      this.set(key, v);
    }
    return v;
  }

  set(key: string, value: V): void {
    if (this.recent.size >= this.generation) {
      this.older = this.recent;
      this.recent = new Map();
    }
    this.recent.set(key, value);
  }
}
