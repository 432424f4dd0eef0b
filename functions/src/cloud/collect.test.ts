import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { deployedEnvironment } from '../../../test/support/runtime-env.js';

const MODULE = fileURLToPath(new URL('./collect.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * A process started with `options` that leaves 200 MB of garbage, as a run leaves its input cells,
 * then calls `collectGarbage()`: whether it collected, and the heap in use before and after (MB).
 */
function collectIn(options: readonly string[]): { collected: boolean; before: number; after: number } {
  const script = `
    const { collectGarbage } = await import(${JSON.stringify(MODULE)});
    let garbage = Array.from({ length: 2_000_000 }, (_, i) => ({ row: i, text: 'cell ' + i }));
    garbage = undefined;
    const used = () => Math.round(process.memoryUsage().heapUsed / 2 ** 20);
    const before = used();
    const collected = collectGarbage();
    console.log(JSON.stringify({ collected, before, after: used() }));
  `;
  const out = execFileSync(process.execPath, [...options, '--input-type=module', '--eval', script], {
    encoding: 'utf8',
  });
  return JSON.parse(out) as { collected: boolean; before: number; after: number };
}

describe('the full collection after a cloud run', () => {
  it('collects what a run let go, in the environment the functions are deployed with', () => {
    const options = (deployedEnvironment(ROOT).NODE_OPTIONS ?? '').split(' ').filter(Boolean);
    expect(options).toContain('--expose-gc');
    const { collected, before, after } = collectIn(options);
    expect(collected).toBe(true);
    expect(before).toBeGreaterThan(100);
    expect(after).toBeLessThan(before / 4);
  });

  it('does nothing where V8 does not expose its collector (the CLI, the tests)', () => {
    const { collected, before, after } = collectIn(['--max-old-space-size=800']);
    expect(collected).toBe(false);
    expect(after).toBeGreaterThan(before / 4);
  });
});
