import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const MODULE = fileURLToPath(new URL('./heap-growth.ts', import.meta.url));

/**
 * A process capped as the functions are that makes 12 million small objects and keeps every third,
 * as a run keeps its results among its garbage, and counts its full collections; with `grow`, after
 * `growHeapForRuns()` first.
 */
function fullCollections(grow: boolean): number {
  const script = `
    import { PerformanceObserver, constants } from 'node:perf_hooks';
    if (${grow}) (await import(${JSON.stringify(MODULE)})).growHeapForRuns();
    let full = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.detail.kind === constants.NODE_PERFORMANCE_GC_MAJOR) full++;
    }).observe({ entryTypes: ['gc'] });
    const kept = [];
    for (let i = 0; i < 12_000_000; i++) {
      const made = { row: i, text: 'r' + i };
      if (i % 3 === 0) kept.push(made);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    console.log(full, kept.length);
  `;
  const out = execFileSync(
    process.execPath,
    ['--max-old-space-size=800', '--input-type=module', '--eval', script],
    { encoding: 'utf8' },
  );
  return Number(out.split(' ')[0]);
}

describe('heap growth during a run', () => {
  it('the V8 of this Node knows the flag (an unknown one would be ignored without a word)', () => {
    const options = execFileSync(process.execPath, ['--v8-options'], { encoding: 'utf8' });
    expect(options).toContain('--heap-growing-percent');
  });

  it('set once a process has started, it leaves fewer full collections for the same live heap', () => {
    const without = fullCollections(false);
    const withGrowth = fullCollections(true);
    expect(without).toBeGreaterThan(0);
    expect(withGrowth).toBeLessThan(without);
  });
});
