/**
 * Per-receiver queues inside one dispatcher. A lane is one receiver of one platform; it has at most one
 * send waiting for the platform's answer at a time, so a chat receives its messages in order. Rows
 * deferred to the ledger (a lane with more than a second's worth of messages) make later rows of the
 * lane wait for the same instant, so they cannot overtake.
 */
export class ReceiverLanes {
  private readonly busy = new Set<string>();
  private readonly deferred = new Map<string, { until: number; lastId: number }>();

  /** The lane of a platform and receiver key. */
  static of(platform: string, receiverKey: string): string {
    return `${platform}|${receiverKey}`;
  }

  /** Whether a send of the lane is waiting for the platform's answer. */
  isBusy(lane: string): boolean {
    return this.busy.has(lane);
  }

  /** A send of the lane began. */
  occupy(lane: string): void {
    this.busy.add(lane);
  }

  /** The lane's send was answered. */
  free(lane: string): void {
    this.busy.delete(lane);
  }

  /** Rows of the lane up to `rowId` were deferred until `until`. */
  noteDeferred(lane: string, rowId: number, until: number): void {
    this.deferred.set(lane, { until, lastId: rowId });
  }

  /**
   * The instant row `rowId` must wait for so it does not overtake deferred rows of its lane enqueued
   * before it (smaller ids); 0 when none are deferred or that instant has come. Deferred to the same
   * instant, the claim order (due time, then id) keeps the lane in order.
   */
  deferredUntil(lane: string, rowId: number, now: number): number {
    const deferred = this.deferred.get(lane);
    if (!deferred) return 0;
    if (deferred.until <= now) {
      this.deferred.delete(lane);
      return 0;
    }
    return rowId > deferred.lastId ? deferred.until : 0;
  }
}
