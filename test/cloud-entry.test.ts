/**
 * The functions' entry module stays light: importing it (what a cold start does before the first
 * request) registers the three functions and loads neither Firestore, nor the Sheets client, nor the
 * engine. Checked on the built entry (`npm run build`) in a fresh Node process that records every
 * module resolved.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { ROOT } from './support/cli.js';

const ENTRY = path.join(ROOT, 'functions/lib/functions/src/index.js');

const PROBE = `
import { registerHooks } from 'node:module';
const loaded = new Set();
registerHooks({ resolve(specifier, context, next) { const r = next(specifier, context); loaded.add(r.url); return r; } });
const started = performance.now();
await import(process.env.ENTRY);
const ms = performance.now() - started;
const { getFunction } = await import('@google-cloud/functions-framework/testing');
const registered = ['scheduledRecalc', 'sheetEdited', 'recalcNow'].filter((n) => getFunction(n));
console.log(JSON.stringify({ ms, registered, loaded: [...loaded] }));
`;

function probe(): Promise<{ ms: number; registered: string[]; loaded: string[] }> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--input-type=module', '-e', PROBE],
      { cwd: path.join(ROOT, 'functions'), env: { ...process.env, ENTRY: pathToFileURL(ENTRY).href } },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${error.message}\n${stderr}`));
        else resolve(JSON.parse(stdout.trim().split('\n').pop() ?? '{}'));
      },
    );
  });
}

describe('the functions entry module', () => {
  test('registers the three functions and loads no heavy module until a request needs it', async () => {
    const { ms, registered, loaded } = await probe();
    expect(registered).toEqual(['scheduledRecalc', 'sheetEdited', 'recalcNow']);
    for (const heavy of [
      'firebase-admin',
      '@google-cloud/firestore',
      '@googleapis/sheets',
      'googleapis-common',
      'exceljs',
      '/recalculate.js',
      '/workbook/ingest.js',
    ]) {
      expect(
        loaded.filter((url) => url.includes(heavy)),
        heavy,
      ).toEqual([]);
    }
    console.log(`entry import: ${Math.round(ms)} ms, ${loaded.length} modules`);
  });
});
