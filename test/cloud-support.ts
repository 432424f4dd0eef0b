/**
 * The cloud functions' test world: the Firestore emulator, the Sheets API stand-in, a spreadsheet
 * made from the template in it, the environment the functions read, the functions served by the
 * Functions Framework's test server, and requests signed the way the Apps Script companion signs them.
 */
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_AS_OF, demoOrganisation } from '../functions/src/demo/organisation.js';
import { outputTabs } from '../sheets-templates/index.js';
import type { TemplateRows } from '../functions/src/template/template.js';
import { templateWorkbook } from '../functions/src/template/template.js';
import { sign } from '../functions/src/cloud/auth.js';
import { sheetsClient } from '../functions/src/workbook/sheets-client.js';
import { createSpreadsheetFromTemplate } from '../functions/src/workbook/sheets-template.js';
import { startFirestoreEmulator, type Emulator } from './cloud-emulators.js';
import { startFirestoreProxy, type FirestoreProxy } from './firestore-proxy.js';
import { startSheetsStandin, type SheetsStandin } from './sheets-standin/server.js';

export const SECRET = 'test-secret-0123456789abcdef0123456789abcdef';
export const PROJECT = 'salesperf-cloud-test';

export interface CloudWorld {
  firestore: Emulator;
  /** The fault-injecting proxy the functions reach Firestore through, when asked for. */
  proxy?: FirestoreProxy;
  standin: SheetsStandin;
  spreadsheetId: string;
  /** Serves a registered function on a free port; returns its URL. */
  serve(name: string): Promise<string>;
  close(): Promise<void>;
}

/** Starts everything and sets the environment; the functions are imported afterwards. */
export async function startCloudWorld(
  options: {
    rows?: TemplateRows;
    quietMs?: number;
    locale?: 'zh-CN' | 'en';
    proxy?: boolean;
    env?: Record<string, string>;
  } = {},
): Promise<CloudWorld> {
  const locale = options.locale ?? 'zh-CN';
  const [firestore, standin] = await Promise.all([startFirestoreEmulator(), startSheetsStandin()]);
  const proxy = options.proxy ? await startFirestoreProxy(firestore.host) : undefined;
  const client = await sheetsClient({ rootUrl: standin.url });
  const { spreadsheetId } = await createSpreadsheetFromTemplate(
    client,
    templateWorkbook(locale, options.rows ?? {}),
    {
      title: 'salesperf test',
      locale,
      timeZone: 'Asia/Shanghai',
    },
  );
  Object.assign(process.env, {
    FIRESTORE_EMULATOR_HOST: proxy?.host ?? firestore.host,
    GOOGLE_CLOUD_PROJECT: PROJECT,
    SALESPERF_WEBHOOK_SECRET: SECRET,
    SALESPERF_SPREADSHEET_IDS: `${spreadsheetId},another-sheet-0000000`,
    SALESPERF_SHEETS_ROOT_URL: standin.url,
    SALESPERF_EDIT_QUIET_MS: String(options.quietMs ?? 300),
    // Results depend on the day; tests compute as of the demo's day, whatever today is.
    SALESPERF_AS_OF: DEMO_AS_OF,
    ...options.env,
  });
  await import('../functions/src/index.js');
  const { getTestServer } = await import('@google-cloud/functions-framework/testing');
  const servers: Server[] = [];
  return {
    firestore,
    ...(proxy ? { proxy } : {}),
    standin,
    spreadsheetId,
    serve: async (name) => {
      const server = getTestServer(name);
      servers.push(server);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    },
    close: async () => {
      for (const s of servers) s.closeAllConnections();
      await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
      const { firestore: db } = await import('../functions/src/store/firestore-db.js');
      await db(PROJECT).terminate();
      await proxy?.close();
      await Promise.all([firestore.stop(), standin.close()]);
    },
  };
}

export interface SignedOptions {
  secret?: string;
  /** Unix seconds; default now. */
  timestamp?: number;
  /** Replace the signature header. */
  signature?: string;
  unsigned?: boolean;
}

/** POSTs JSON the way the Apps Script companion does: raw body signed with the timestamp. */
export async function postSigned(
  url: string,
  body: Record<string, unknown>,
  options: SignedOptions = {},
): Promise<{ status: number; json: unknown; ms: number }> {
  const raw = JSON.stringify(body);
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (!options.unsigned) {
    headers['x-salesperf-timestamp'] = String(timestamp);
    headers['x-salesperf-signature'] = options.signature ?? sign(options.secret ?? SECRET, timestamp, raw);
  }
  const started = performance.now();
  const res = await fetch(url, { method: 'POST', headers, body: raw });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : null, ms: performance.now() - started };
}

/** An edit event as the Apps Script trigger sends it. */
export function editEvent(spreadsheetId: string, sheet: string, range: string): Record<string, unknown> {
  return {
    event_id: randomUUID(),
    spreadsheet_id: spreadsheetId,
    kind: 'edit',
    sheet,
    range,
    user: 'manager@example.com',
    time: new Date().toISOString(),
  };
}

/** The demo (in English) with this year's activity only: three closed months, frozen, and two open. */
export function thisYearsDemo(): TemplateRows {
  const rows = demoOrganisation('en');
  return { ...rows, Activity: (rows.Activity ?? []).filter((a) => String(a.date) >= '2026-01-01') };
}

/** English titles of the output tabs that depend on the inputs alone (not on a store's past runs). */
export const COMPARABLE_OUTPUTS: readonly string[] = outputTabs
  .map((t) => t.id)
  .filter((t) => t !== 'Run Log' && t !== 'Change Log');

/** Those tabs' values in a spreadsheet of the stand-in, by title. */
export function comparableOutputs(
  standin: SheetsStandin,
  spreadsheetId: string,
): Record<string, unknown[][]> {
  return Object.fromEntries(COMPARABLE_OUTPUTS.map((t) => [t, standin.values(spreadsheetId, t)]));
}
