/**
 * A full garbage collection once a cloud run has computed and written its outputs, before its results
 * are saved and shared. The recalculation leaves hundreds of MB of garbage in the heap (the input
 * cells, the checked rows, the steps' working data); V8 would collect it only when the heap next
 * reaches its limit, so saving the results (their JSON, the Firestore client's buffers) and writing the
 * leadership copy grew the process on top of it. At a million activity rows a full run's peak was
 * 919-938 MiB in saving and sharing, the recalculation's own 827-832 MiB (a probe printing the peak at
 * each stage); with this collection (about 190 ms) the same probe peaked at 845 MiB, and the
 * benchmark's three full runs at 855-860 MiB (bench/results.md).
 *
 * V8 gives `gc` only with `--expose-gc`, which the functions run with (functions/runtime.env). Without
 * it (the CLI, the tests) this does nothing.
 */
export function collectGarbage(): boolean {
  const gc = (globalThis as { gc?: unknown }).gc;
  if (typeof gc !== 'function') return false;
  (gc as () => void)();
  return true;
}
