/** `salesperf report` on the demo: one self-contained page with four charts, in the workbook's language. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { main } from '../functions/src/cli/main.js';
import { DEMO_AS_OF } from '../functions/src/demo/organisation.js';

const quiet = { out: () => undefined, err: () => undefined };

test.each(['en', 'zh-CN'] as const)(
  'the demo report in %s is one offline page with four SVG charts',
  async (locale) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'salesperf-report-'));
    try {
      const book = path.join(dir, 'demo.xlsx');
      expect(await main(['init', '--out', book, '--demo', '--locale', locale], quiet)).toBe(0);
      const out = path.join(dir, 'report.html');
      expect(await main(['report', '--workbook', book, '--out', out, '--as-of', DEMO_AS_OF], quiet)).toBe(0);
      const html = await readFile(out, 'utf8');
      expect(html.match(/<svg /g)).toHaveLength(4);
      expect(html).not.toMatch(/<script|<link|src=|url\(/);
      expect(html).toContain(locale === 'zh-CN' ? '团队业绩达成率' : 'Team revenue attainment');
      expect(html).toContain(`lang="${locale === 'zh-CN' ? 'zh-CN' : 'en'}"`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
  60_000,
);
