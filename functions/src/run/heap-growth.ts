/**
 * How fast V8 lets the heap grow between full collections during a run. After each full
 * (mark-compact) collection V8 sets the next one's limit at the live heap times a factor it picks from
 * the heap's cap: 1.5 for the 800 MB the functions run with (`functions/runtime.env`; read off V8's
 * own trace), against up to 4 for a heap left uncapped. A run keeps hundreds of MB of results live
 * while it makes them, so at 1.5 it collects again soon after each collection, and every collection
 * marks all of them.
 *
 * A run sets the factor to 2. The cap still holds (V8 never sets a limit past halfway from the heap
 * to the cap), so memory stays bounded. At a million activity rows and a thousand reps, in-process,
 * four interleaved pairs: compute 4.11-4.68 s against 4.52-4.85 s, with the same results and tabs,
 * and a peak of 782-909 MiB against 746-756 MiB. Through the Sheets adapter (`npm run bench`,
 * `--rows 1000000`) compute took 4.70 s with 1.07 s of pauses for garbage collection, where the
 * last full benchmark had 5.77 s and 1.53 s; peaks 715-757 MiB, and the cloud path 827-889 MiB. The
 * factor cannot be given in NODE_OPTIONS (Node refuses this V8 flag there), so it is set when a run
 * starts; V8 reads it each time it sets a limit.
 */
import { setFlagsFromString } from 'node:v8';

/** The old generation's limit after a full collection: the live heap × (1 + this ÷ 100). */
const HEAP_GROWING_PERCENT = 100;

/** Sets the factor; setting it again, at each run, changes nothing. */
export function growHeapForRuns(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
