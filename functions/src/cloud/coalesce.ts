/**
 * Coalescing a burst of edits into one recalculation per spreadsheet: a run starts once edits have
 * been quiet for `quietMs` (or `maxWaitMs` after the first, under a steady stream); an edit that
 * arrives while a run is under way makes exactly one more run after it. A run that fails (Sheets or
 * Firestore down past their own retries) is tried again after `quietMs`, then twice that, and so on,
 * `retries` times, so the edits it was for are not left waiting for the next edit or the daily run.
 */

interface Pending {
  timer?: NodeJS.Timeout;
  firstAt: number;
  running?: Promise<void>;
  again: boolean;
  /** Failed runs in a row for this burst. */
  failures: number;
}

export class Coalescer {
  private readonly pending = new Map<string, Pending>();
  private readonly settledWaiters: (() => void)[] = [];

  constructor(
    private readonly run: (key: string) => Promise<void>,
    private readonly quietMs: number,
    private readonly maxWaitMs: number,
    private readonly now: () => number = Date.now,
    private readonly retries = 3,
  ) {}

  /** Notes an edit of `key`. */
  schedule(key: string): void {
    const p = this.pending.get(key);
    if (p?.running) {
      p.again = true;
      return;
    }
    // Waiting to try a failed run again: this edit goes with it.
    if (p?.timer && p.failures > 0) return;
    if (p?.timer) {
      // Past the longest wait, the run starts when the current timer fires, not later.
      if (this.now() - p.firstAt >= this.maxWaitMs) return;
      clearTimeout(p.timer);
      const left = Math.max(0, Math.min(this.quietMs, p.firstAt + this.maxWaitMs - this.now()));
      p.timer = setTimeout(() => this.fire(key), left);
      return;
    }
    this.pending.set(key, {
      firstAt: this.now(),
      again: false,
      failures: 0,
      timer: setTimeout(() => this.fire(key), this.quietMs),
    });
  }

  private fire(key: string): void {
    const p = this.pending.get(key);
    if (!p) return;
    delete p.timer;
    p.running = this.run(key).then(
      () => this.ran(key, p, false),
      () => this.ran(key, p, true),
    );
  }

  private ran(key: string, p: Pending, failed: boolean): void {
    delete p.running;
    if (failed && p.failures < this.retries) {
      // The same burst again, later; edits meanwhile join it.
      p.failures += 1;
      p.again = false;
      p.timer = setTimeout(() => this.fire(key), this.quietMs * 2 ** p.failures);
      return;
    }
    this.pending.delete(key);
    if (p.again) this.schedule(key);
    else this.notifyIfSettled();
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
