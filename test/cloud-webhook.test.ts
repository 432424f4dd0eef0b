/**
 * The signed webhooks (`sheetEdited`, `recalcNow`) through the Functions Framework's test server,
 * against the Firestore emulator and the Sheets API stand-in: refusals start no run, accepted
 * requests do, and no log line carries the secret.
 */
import { createHmac } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { setLogSink } from '../functions/src/cloud/logs.js';
import {
  editEvent,
  postSigned,
  SECRET,
  startCloudWorld,
  type CloudWorld,
  type SignedOptions,
} from './cloud-support.js';
import { ROOT } from './support/cli.js';

let world: CloudWorld;
let edited: string;
let recalc: string;
const lines: string[] = [];

beforeAll(async () => {
  world = await startCloudWorld({ quietMs: 100 });
  setLogSink((line) => lines.push(line));
  edited = await world.serve('sheetEdited');
  recalc = await world.serve('recalcNow');
}, 60_000);
afterAll(async () => world?.close(), 30_000);

async function runsRecorded(): Promise<number> {
  const { firestore } = await import('../functions/src/store/firestore-db.js');
  const snap = await firestore(process.env.GOOGLE_CLOUD_PROJECT ?? '')
    .collection(`workbooks/${world.spreadsheetId}/runs`)
    .get();
  return snap.size;
}

async function settled(): Promise<void> {
  const { editsSettled } = await import('../functions/src/cloud/handlers.js');
  await new Promise((r) => setTimeout(r, 250));
  await editsSettled();
}

describe('refused requests', () => {
  const now = () => Math.floor(Date.now() / 1000);
  const cases: { name: string; options: () => SignedOptions }[] = [
    { name: 'unsigned', options: () => ({ unsigned: true }) },
    {
      name: 'signed with another secret',
      options: () => ({ secret: 'another-secret-0123456789abcdef0123456789' }),
    },
    { name: 'with a malformed signature', options: () => ({ signature: 'sha256=abc' }) },
    { name: 'more than five minutes old', options: () => ({ timestamp: now() - 301 }) },
    // Ahead by a clear margin: the request takes time to arrive, and a loaded machine can eat a second
    // of 301. The exact 300/301 s boundary is tested with a fixed clock in functions/src/cloud/auth.test.ts.
    { name: 'more than five minutes ahead', options: () => ({ timestamp: now() + 360 }) },
  ];

  test.each(cases)(
    'a request $name is refused with 401 by both functions and starts no run',
    async ({ options }) => {
      world.standin.resetCalls();
      for (const url of [edited, recalc]) {
        const res = await postSigned(url, editEvent(world.spreadsheetId, '目标', 'F2'), options());
        expect(res.status).toBe(401);
        expect(res.json).toEqual({ error: 'Not authenticated' });
      }
      await settled();
      expect(world.standin.count()).toBe(0);
      expect(await runsRecorded()).toBe(0);
    },
  );

  test('a body changed after signing is refused', async () => {
    const body = editEvent(world.spreadsheetId, '目标', 'F2');
    const timestamp = Math.floor(Date.now() / 1000);
    const { sign } = await import('../functions/src/cloud/auth.js');
    const signature = sign(SECRET, timestamp, JSON.stringify(body));
    const res = await postSigned(edited, { ...body, range: 'F3' }, { timestamp, signature });
    expect(res.status).toBe(401);
  });

  test('a replayed edit is refused with 401 and starts no second run', async () => {
    const body = editEvent(world.spreadsheetId, '目标', 'F2');
    const timestamp = Math.floor(Date.now() / 1000);
    world.standin.resetCalls();
    expect((await postSigned(edited, body, { timestamp })).status).toBe(202);
    await settled();
    expect(world.standin.count()).toBe(3);
    const runs = await runsRecorded();

    world.standin.resetCalls();
    const replay = await postSigned(edited, body, { timestamp });
    expect(replay.status).toBe(401);
    await settled();
    expect(world.standin.count()).toBe(0);
    expect(await runsRecorded()).toBe(runs);
  });

  test('a signed request for a spreadsheet this deployment does not serve is refused with 403', async () => {
    world.standin.resetCalls();
    const res = await postSigned(recalc, {
      ...editEvent('someone-elses-sheet-123', 'x', 'A1'),
      action: 'recalculate',
    });
    expect(res.status).toBe(403);
    expect(world.standin.count()).toBe(0);
  });

  test('a signed request with a malformed body is refused with 400', async () => {
    const res = await postSigned(edited, { spreadsheet_id: world.spreadsheetId });
    expect(res.status).toBe(400);
  });
});

describe('accepted requests', () => {
  test('"Recalculate now" runs at once and answers with the outcome', async () => {
    world.standin.resetCalls();
    const res = await postSigned(recalc, {
      event_id: `menu-${Date.now()}`,
      spreadsheet_id: world.spreadsheetId,
      action: 'recalculate',
      user: 'manager@example.com',
      time: new Date().toISOString(),
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ status: 'completed', data_issues: expect.any(Number) });
    expect(world.standin.count()).toBe(3);
  });

  test('"Validate" reads the workbook and writes nothing', async () => {
    world.standin.resetCalls();
    const res = await postSigned(recalc, {
      event_id: `menu-v-${Date.now()}`,
      spreadsheet_id: world.spreadsheetId,
      action: 'validate',
      time: new Date().toISOString(),
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ status: 'validated', data_issues: expect.any(Number) });
    expect(world.standin.calls.map((c) => c.kind)).toEqual(['spreadsheets.get', 'values.batchGet']);
  });

  test('log lines are JSON with a severity, and none carries the secret', () => {
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) {
      const entry = JSON.parse(line) as { severity?: string; event?: string };
      expect(['DEBUG', 'INFO', 'NOTICE', 'WARNING', 'ERROR']).toContain(entry.severity);
      expect(entry.event).toMatch(/^[a-z_]+$/);
      expect(line).not.toContain(SECRET);
    }
    const config = lines
      .map((l) => JSON.parse(l) as { event: string; config?: { webhookSecret?: string } })
      .find((l) => l.event === 'config_loaded');
    expect(config?.config?.webhookSecret).toBe('<omitted>');
  });
});

/** What the companion's UrlFetchApp.fetch was asked to send. */
interface Fetched {
  url: string;
  options: { method: string; payload: number[]; headers: Record<string, string>; contentType: string };
}

/** Runs Code.gs in a sandbox with Apps Script's services stubbed, signing as Apps Script does (signed bytes). */
async function appsScript(
  spreadsheetId: string,
  props: Record<string, string>,
): Promise<{ context: vm.Context; fetched: Fetched[] }> {
  const fetched: Fetched[] = [];
  const context = vm.createContext({
    console,
    Utilities: {
      Charset: { UTF_8: 'UTF-8' },
      getUuid: () => crypto.randomUUID(),
      computeHmacSha256Signature: (value: string, key: string) =>
        [...createHmac('sha256', key).update(value, 'utf8').digest()].map((b) => (b > 127 ? b - 256 : b)),
      newBlob: (text: string) => ({
        getBytes: () => [...Buffer.from(text, 'utf8')].map((b) => (b > 127 ? b - 256 : b)),
      }),
    },
    PropertiesService: { getScriptProperties: () => ({ getProperty: (k: string) => props[k] ?? null }) },
    UrlFetchApp: {
      fetch: (url: string, options: Fetched['options']) => {
        fetched.push({ url, options });
        return { getResponseCode: () => 202, getContentText: () => '{"status":"queued"}' };
      },
    },
    Session: { getActiveUser: () => ({ getEmail: () => 'manager@example.com' }) },
    SpreadsheetApp: {
      getActive: () => ({ getId: () => spreadsheetId, getSpreadsheetLocale: () => 'zh_CN' }),
    },
  });
  vm.runInContext(await readFile(path.join(ROOT, 'sheets-templates/apps-script/Code.gs'), 'utf8'), context);
  return { context, fetched };
}

describe('the Apps Script companion', () => {
  test('an edit reported by its trigger is signed so the function accepts it', async () => {
    const { context, fetched } = await appsScript(world.spreadsheetId, {
      SALESPERF_EDIT_URL: edited,
      SALESPERF_SECRET: SECRET,
    });
    const range = { getSheet: () => ({ getName: () => '目标' }), getA1Notation: () => 'F2:G3' };
    vm.runInContext(
      'reportEdit(event)',
      Object.assign(context, {
        event: {
          range,
          source: { getId: () => world.spreadsheetId },
          user: { getEmail: () => 'lin@example.com' },
        },
      }),
    );
    // An edit the engine made to an output tab is not reported.
    const output = { getSheet: () => ({ getName: () => '绩效评分' }), getA1Notation: () => 'A1' };
    vm.runInContext(
      'reportEdit(event)',
      Object.assign(context, { event: { range: output, source: { getId: () => world.spreadsheetId } } }),
    );
    expect(fetched).toHaveLength(1);

    const sent = fetched[0] as Fetched;
    const body = Buffer.from(sent.options.payload.map((b) => (b < 0 ? b + 256 : b)));
    expect(JSON.parse(body.toString('utf8'))).toMatchObject({
      spreadsheet_id: world.spreadsheetId,
      kind: 'edit',
      sheet: '目标',
      range: 'F2:G3',
      user: 'lin@example.com',
    });
    const res = await fetch(sent.url, {
      method: 'POST',
      headers: { ...sent.options.headers, 'content-type': sent.options.contentType },
      body,
    });
    expect(res.status).toBe(202);
    await settled();
  });
});
