interface Waiting<T, R> {
  item: T;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: the items added in one turn of the event loop are written together, one write at a
 * time; what arrives while a write is under way (or waits for a lock) goes into the next one, written
 * right after. `write` answers each item of its batch in order; when it throws, every item of the batch
 * fails with its error (the platform then delivers those events again).
 */
export class TurnBatch<T, R> {
  private pending: Waiting<T, R>[] = [];
  private scheduled = false;
  private writing = false;

  constructor(private readonly write: (items: T[]) => Promise<R[]>) {}

  /** Adds an item to the next write and resolves with its answer. */
  add(item: T): Promise<R> {
    return new Promise((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.writing || this.pending.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.writing = true;
    const batch = this.pending;
    this.pending = [];
    try {
      const results = await this.write(batch.map(({ item }) => item));
      batch.forEach(({ resolve }, i) => resolve(results[i] as R));
    } catch (error) {
      for (const { reject } of batch) reject(error);
    } finally {
      this.writing = false;
      this.schedule();
    }
  }
}
