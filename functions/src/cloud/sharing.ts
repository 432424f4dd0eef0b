/**
 * Sharing after a completed cloud run: the leadership copy and the rep copies (SPEC section 9),
 * with their own calls after the run's three. A failure is logged and never undoes the run: the
 * next run shares again.
 */
import type { drive_v3 } from '@googleapis/drive';
import type { RunReport } from '../recalculate.js';
import { isSharingStore } from '../store/port.js';
import { retryPolicy } from './config.js';
import * as logs from './logs.js';
import { getServices } from './services.js';

let drive: Promise<drive_v3.Drive> | undefined;

/** Shares the results of a run of `spreadsheetId`; a store without sharing shares nothing. */
export async function shareAfterRun(spreadsheetId: string, store: unknown, report: RunReport): Promise<void> {
  if (!isSharingStore(store)) return;
  try {
    const { config, sheets } = await getServices();
    const { driveClient } = await import('../sharing/drive-client.js');
    drive ??= driveClient(config.driveRootUrl ? { rootUrl: config.driveRootUrl } : {});
    const { shareRun } = await import('../sharing/share.js');
    const retry = retryPolicy(config);
    const shared = await shareRun(
      { sheets, drive: await drive, store, retry },
      report,
      `salesperf ${spreadsheetId}`,
    );
    logs.sharingCompleted(spreadsheetId, {
      leadership: shared.leadership !== undefined,
      reps: shared.reps.length,
      revoked: shared.revoked.length,
      sheets_calls: shared.sheetsCalls,
      drive_calls: shared.driveCalls,
    });
  } catch (error) {
    drive = undefined;
    logs.sharingFailed(spreadsheetId, error);
  }
}
