/**
 * What the handlers work with, built on first use so that loading the functions stays fast: the
 * configuration (parsed once), Firestore, the Sheets client and the orchestrator are loaded only when
 * a request needs them.
 */
import { randomUUID } from 'node:crypto';
import type { sheets_v4 } from '@googleapis/sheets';
import type { Firestore } from 'firebase-admin/firestore';
import { describeConfig, parseConfig, type Config } from './config.js';
import * as logs from './logs.js';

let config: Config | undefined;

/** The configuration, parsed and logged (secret omitted) the first time. */
export function getConfig(): Config {
  if (!config) {
    config = parseConfig();
    logs.configLoaded(describeConfig(config));
  }
  return config;
}

/** Who holds a lease: this instance of the function. */
export const INSTANCE_ID = `${process.env.K_REVISION ?? 'local'}-${randomUUID().slice(0, 8)}`;

export interface Services {
  config: Config;
  db: Firestore;
  sheets: sheets_v4.Sheets;
}

let services: Promise<Services> | undefined;

export function getServices(): Promise<Services> {
  services ??= (async () => {
    const c = getConfig();
    const [{ firestore }, { sheetsClient }] = await Promise.all([
      import('../store/firestore-db.js'),
      import('../workbook/sheets-client.js'),
    ]);
    return {
      config: c,
      db: firestore(c.projectId, c.firestoreDatabase),
      sheets: await sheetsClient(c.sheetsRootUrl ? { rootUrl: c.sheetsRootUrl } : {}),
    };
  })();
  // A failed start is not kept: the next request tries again.
  services.catch(() => {
    services = undefined;
  });
  return services;
}
