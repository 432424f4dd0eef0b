/**
 * The operator scripts: `deploy.sh --dry-run` prints the whole gcloud deployment without running
 * it, and `create-spreadsheet.mjs` creates a spreadsheet from the template through the Sheets API
 * (here the stand-in), or prints its calls with --dry-run.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { inputTabs } from '../sheets-templates/index.js';
import { startSheetsStandin, type SheetsStandin } from './sheets-standin/server.js';
import { ROOT } from './support/cli.js';
import { deployedEnvironment } from './support/runtime-env.js';

function run(
  command: string,
  args: readonly string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { cwd: ROOT, env: { ...process.env, PATH: process.env.PATH } },
      (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

let standin: SheetsStandin;
beforeAll(async () => {
  standin = await startSheetsStandin();
});
afterAll(async () => standin.close());

describe('scripts/deploy.sh', () => {
  test('--dry-run prints the gcloud commands of the whole deployment and runs none', async () => {
    const { code, stdout } = await run('bash', [
      path.join(ROOT, 'scripts/deploy.sh'),
      '--project',
      'salesperf-prod',
      '--spreadsheets',
      '1AbCdEfGhIjKlMnOpQrStUvWxYz012345,1ZyXwVuTsRqPoNmLkJiHgFeDcBa98765',
      '--dry-run',
    ]);
    expect(code).toBe(0);
    for (const expected of [
      'iam service-accounts create salesperf-runner',
      '--role=roles/datastore.user',
      'firestore databases create',
      'secrets create salesperf-webhook-secret',
      '--role=roles/secretmanager.secretAccessor',
      'pubsub topics create salesperf-daily',
      'functions deploy scheduledRecalc --gen2 --runtime=nodejs22',
      '--trigger-topic=salesperf-daily',
      'functions deploy sheetEdited',
      'functions deploy recalcNow',
      '--set-secrets=SALESPERF_WEBHOOK_SECRET=salesperf-webhook-secret:latest',
      'scheduler jobs create pubsub salesperf-daily',
      '--time-zone=Asia/Shanghai',
    ]) {
      expect(stdout).toContain(expected);
    }
    // The functions run in the environment the benchmark measures them in (the V8 heap, the allocator).
    const runtime = Object.entries(deployedEnvironment(ROOT));
    expect(runtime.map(([name]) => name)).toEqual(['NODE_OPTIONS', 'MALLOC_MMAP_THRESHOLD_']);
    for (const [name, value] of runtime) expect(stdout).toContain(`|${name}=${value.replaceAll(' ', '\\ ')}`);
    // Both ids stay in one variable.
    expect(stdout).toMatch(
      /SALESPERF_SPREADSHEET_IDS=1AbCdEfGhIjKlMnOpQrStUvWxYz012345\\,1ZyXwVuTsRqPoNmLkJiHgFeDcBa98765/,
    );
  });

  test('without a project it stops with a usage error', async () => {
    const { code, stderr } = await run('bash', [
      path.join(ROOT, 'scripts/deploy.sh'),
      '--spreadsheets',
      'x',
      '--dry-run',
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('--project is required');
  });
});

describe('scripts/create-spreadsheet.mjs', () => {
  test('--dry-run prints the three Sheets API calls and the sharing call', async () => {
    const { code, stdout } = await run(process.execPath, [
      path.join(ROOT, 'scripts/create-spreadsheet.mjs'),
      '--title',
      'Sales',
      '--locale',
      'en',
      '--share-with',
      'sa@p.iam.gserviceaccount.com',
      '--dry-run',
    ]);
    expect(code).toBe(0);
    expect(stdout.split('\n').filter((l) => l.startsWith('POST '))).toHaveLength(4);
    expect(stdout).toContain('valueInputOption RAW');
  });

  test('creates a spreadsheet with every input tab of the template', async () => {
    const { code, stdout, stderr } = await run(process.execPath, [
      path.join(ROOT, 'scripts/create-spreadsheet.mjs'),
      '--title',
      'Sales',
      '--locale',
      'en',
      '--root-url',
      standin.url,
    ]);
    expect(code, stderr).toBe(0);
    const id = /Spreadsheet id: (\S+)/.exec(stdout)?.[1] ?? '';
    expect(standin.state(id).sheets.map((s) => s.title)).toEqual(inputTabs.map((t) => t.id));
    expect(standin.values(id, 'Settings')[0]).toEqual(['key', 'value', 'note']);
  });
});
