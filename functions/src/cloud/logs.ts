/**
 * Log events of the cloud functions, one function per event, each a JSON line with `severity` and
 * `message` as Cloud Logging reads them. No secret, no cell value and no person's pay ever goes in a
 * line: runs are described by counts, ids and tab/cell references.
 */
import type { RunRecord } from '../store/port.js';

type Severity = 'DEBUG' | 'INFO' | 'NOTICE' | 'WARNING' | 'ERROR';
type Fields = Record<string, unknown>;

let sink: (line: string) => void = (line) => process.stdout.write(`${line}\n`);

/** Sends log lines elsewhere (tests); returns the previous sink. */
export function setLogSink(next: (line: string) => void): (line: string) => void {
  const previous = sink;
  sink = next;
  return previous;
}

function log(severity: Severity, event: string, message: string, fields: Fields = {}): void {
  sink(
    JSON.stringify({
      severity,
      event,
      message,
      ...fields,
      'logging.googleapis.com/labels': { component: 'salesperf' },
    }),
  );
}

export const configLoaded = (config: Fields) =>
  log('INFO', 'config_loaded', 'Configuration loaded', { config });

export const configInvalid = (variable: string, problem: string) =>
  log('ERROR', 'config_invalid', `Configuration variable ${variable} is not usable`, { variable, problem });

export const requestRejected = (fn: string, status: number, reason: string) =>
  log('WARNING', 'request_rejected', `${fn} refused a request (${reason})`, { function: fn, status, reason });

export const editQueued = (spreadsheetId: string, eventId: string, sheet: string, range: string) =>
  log('INFO', 'edit_queued', 'Edit received; a recalculation is queued', {
    spreadsheet_id: spreadsheetId,
    event_id: eventId,
    sheet,
    range,
  });

export const scheduleReceived = (messageId: string, spreadsheets: number) =>
  log('INFO', 'schedule_received', 'Scheduled recalculation received', {
    message_id: messageId,
    spreadsheets,
  });

export const unknownSpreadsheet = (spreadsheetId: string, source: string) =>
  log(
    'WARNING',
    'unknown_spreadsheet',
    'A spreadsheet not configured for this deployment was named; skipped',
    { spreadsheet_id: spreadsheetId, source },
  );

export const recalcStarted = (spreadsheetId: string, trigger: RunRecord['trigger']) =>
  log('INFO', 'recalc_started', 'Recalculation started', { spreadsheet_id: spreadsheetId, trigger });

export const recalcCompleted = (
  spreadsheetId: string,
  run: RunRecord,
  stored: { snapshots: number; results: number },
) =>
  log('NOTICE', 'recalc_completed', 'Recalculation completed', {
    spreadsheet_id: spreadsheetId,
    run_id: run.id,
    trigger: run.trigger,
    as_of: run.as_of,
    rows_read: run.rows_read,
    rows_skipped: run.rows_skipped,
    data_issues: run.data_issues,
    duration_ms: run.duration_ms,
    documents_written: stored.snapshots + stored.results,
  });

export const recalcStopped = (
  spreadsheetId: string,
  stops: readonly { tab: string; cell?: string | null; code: string }[],
) =>
  log('WARNING', 'recalc_stopped', 'A rule table stopped the recalculation; nothing was written', {
    spreadsheet_id: spreadsheetId,
    stops: stops.map((s) => ({ tab: s.tab, cell: s.cell ?? null, code: s.code })),
  });

export const recalcFailed = (spreadsheetId: string, error: unknown) =>
  log('ERROR', 'recalc_failed', 'Recalculation failed', {
    spreadsheet_id: spreadsheetId,
    error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
  });

export const leaseBusy = (spreadsheetId: string) =>
  log('INFO', 'lease_busy', 'Another run holds the spreadsheet; it will run once more when done', {
    spreadsheet_id: spreadsheetId,
  });

export const leaseLost = (spreadsheetId: string, token: number) =>
  log('WARNING', 'lease_lost', 'The run lost its lease before writing; nothing was written', {
    spreadsheet_id: spreadsheetId,
    token,
  });

export const sheetsRetry = (
  spreadsheetId: string,
  attempt: number,
  status: number | string,
  delayMs: number,
) =>
  log('WARNING', 'sheets_retry', 'Sheets API call failed; retrying', {
    spreadsheet_id: spreadsheetId,
    attempt,
    status,
    delay_ms: delayMs,
  });

export const sharingCompleted = (
  spreadsheetId: string,
  fields: { leadership: boolean; reps: number; revoked: number; sheets_calls: number; drive_calls: number },
) =>
  log('INFO', 'sharing_completed', `Shared the results of ${spreadsheetId}`, {
    spreadsheet: spreadsheetId,
    ...fields,
  });

export const sharingFailed = (spreadsheetId: string, error: unknown) =>
  log('ERROR', 'sharing_failed', `Sharing the results of ${spreadsheetId} failed; the next run tries again`, {
    spreadsheet: spreadsheetId,
    error: error instanceof Error ? error.message : String(error),
  });
