/**
 * Coalescing a burst of edits into one recalculation per spreadsheet: a run starts once edits have
 * been quiet for `quietMs` (or `maxWaitMs` after the first, under a steady stream); an edit that
 * arrives while a run is under way makes exactly one more run after it.
 */

interface Pending {
  timer?: NodeJS.Timeout;
  firstAt: number;
  running?: Promise<void>;
  again: boolean;
}

export class Coalescer {
  private readonly pending = new Map<string, Pending>();
  private readonly settledWaiters: (() => void)[] = [];

  constructor(
    private readonly run: (key: string) => Promise<void>,
    private readonly quietMs: number,
    private readonly maxWaitMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Notes an edit of `key`. */
  schedule(key: string): void {
    const p = this.pending.get(key);
    if (p?.running) {
      p.again = true;
      return;
    }
    if (p?.timer) {
      // Past the longest wait, the run starts when the current timer fires, not later.
      if (this.now() - p.firstAt >= this.maxWaitMs) return;
      clearTimeout(p.timer);
      const left = Math.max(0, Math.min(this.quietMs, p.firstAt + this.maxWaitMs - this.now()));
      p.timer = setTimeout(() => this.fire(key), left);
      return;
    }
    this.pending.set(key, { firstAt: this.now(), again: false, timer: setTimeout(() => this.fire(key), this.quietMs) });
  }

  private fire(key: string): void {
    const p = this.pending.get(key);
    if (!p) return;
    delete p.timer;
    p.running = this.run(key)
      .catch(() => undefined)
      .finally(() => {
        delete p.running;
        this.pending.delete(key);
        if (p.again) this.schedule(key);
        else this.notifyIfSettled();
      });
  }

  private notifyIfSettled(): void {
    if (this.pending.size > 0) return;
    for (const resolve of this.settledWaiters.splice(0)) resolve();
  }

  /** Resolves when no edit is waiting and no run is under way (tests, shutdown). */
  settled(): Promise<void> {
    if (this.pending.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.settledWaiters.push(resolve));
  }
}
