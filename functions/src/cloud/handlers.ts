/**
 * The three functions' handlers, kept thin: check the request, then hand the spreadsheet to the
 * runner. `sheetEdited` answers at once and coalesces a burst of edits into one run; `recalcNow`
 * (the menu) runs and answers with the outcome; `scheduledRecalc` runs every spreadsheet a Pub/Sub
 * message names.
 */
import type { CloudEvent, Request, Response } from '@google-cloud/functions-framework';
import { z } from 'zod';
import { verify } from './auth.js';
import { Coalescer } from './coalesce.js';
import { ConfigError, SPREADSHEET_ID, type Config } from './config.js';
import * as logs from './logs.js';
import { runSpreadsheet, type RunOutcome } from './runner.js';
import { getConfig, getServices } from './services.js';

/** Claims are kept past the skew window, so a replay is refused while its timestamp is still fresh. */
const REPLAY_WINDOW_MS = 15 * 60_000;

const eventId = z.string().regex(/^[A-Za-z0-9_.:-]{8,128}$/);
const isoTime = z.string().max(40);

const editSchema = z.object({
  event_id: eventId,
  spreadsheet_id: z.string().regex(SPREADSHEET_ID),
  kind: z.enum(['edit', 'change']).default('edit'),
  sheet: z.string().max(200).default(''),
  range: z.string().max(200).default(''),
  user: z.string().max(320).default(''),
  time: isoTime,
});

const recalcSchema = z.object({
  event_id: eventId,
  spreadsheet_id: z.string().regex(SPREADSHEET_ID),
  action: z.enum(['recalculate', 'validate']).default('recalculate'),
  user: z.string().max(320).default(''),
  time: isoTime,
});

const pubSubSchema = z.object({
  message: z.object({
    data: z.string().optional(),
    messageId: z.string().optional(),
    message_id: z.string().optional(),
  }),
});

const scheduleSchema = z.object({ spreadsheets: z.array(z.string()).min(1) });

function configOrAnswer(fn: string, res: Response): Config | undefined {
  try {
    return getConfig();
  } catch (error) {
    if (error instanceof ConfigError) logs.configInvalid(error.variable, error.message);
    logs.requestRejected(fn, 500, 'configuration');
    res.status(500).json({ error: 'The function is not configured; see its logs.' });
    return undefined;
  }
}

/**
 * Authenticates a signed request and parses its body; answers and returns undefined when refused.
 * The event id is claimed last, so a forged or stale request cannot use up a real id.
 */
async function authenticated<T extends { event_id: string; spreadsheet_id: string }>(
  fn: string,
  req: Request,
  res: Response,
  schema: z.ZodType<T>,
): Promise<{ body: T; config: Config } | undefined> {
  const refuse = (status: number, reason: string, text: string) => {
    logs.requestRejected(fn, status, reason);
    res.status(status).json({ error: text });
    return undefined;
  };
  if (req.method !== 'POST') return refuse(405, 'method', 'POST only');
  const config = configOrAnswer(fn, res);
  if (!config) return undefined;
  const verdict = verify(config.webhookSecret, req.headers, req.rawBody);
  if (!verdict.ok) return refuse(401, verdict.reason, 'Not authenticated');
  const parsed = schema.safeParse(req.body);
  if (!parsed.success) return refuse(400, 'malformed', 'Malformed request');
  if (!config.spreadsheetIds.includes(parsed.data.spreadsheet_id)) {
    logs.unknownSpreadsheet(parsed.data.spreadsheet_id, fn);
    return refuse(403, 'unknown_spreadsheet', 'This spreadsheet is not served here');
  }
  const { db } = await getServices();
  const { FirestoreReplayGuard } = await import('../store/firestore-lease.js');
  if (!(await new FirestoreReplayGuard(db).claim(parsed.data.event_id, REPLAY_WINDOW_MS)))
    return refuse(401, 'replayed', 'Not authenticated');
  return { body: parsed.data, config };
}

let coalescer: Coalescer | undefined;

function edits(config: Config): Coalescer {
  coalescer ??= new Coalescer(
    async (spreadsheetId) => {
      try {
        await runSpreadsheet(spreadsheetId, { trigger: 'edit' });
      } catch (error) {
        logs.recalcFailed(spreadsheetId, error);
        // The coalescer tries the burst again later.
        throw error;
      }
    },
    config.editQuietMs,
    config.editMaxWaitMs,
  );
  return coalescer;
}

/** Resolves once queued edits have run (tests; graceful shutdown). */
export function editsSettled(): Promise<void> {
  return coalescer?.settled() ?? Promise.resolve();
}

/** `sheetEdited`: an edit reported by the Apps Script trigger. Answers 202 and runs after the burst. */
export async function sheetEdited(req: Request, res: Response): Promise<void> {
  const accepted = await authenticated('sheetEdited', req, res, editSchema);
  if (!accepted) return;
  const { body, config } = accepted;
  const { db } = await getServices();
  const { FirestoreRunStore } = await import('../store/firestore-store.js');
  // The audit trail keeps who edited what; the log line does not name the person.
  await new FirestoreRunStore(db, body.spreadsheet_id).appendHistory({
    at: new Date().toISOString(),
    kind: 'edit',
    detail: {
      event_id: body.event_id,
      kind: body.kind,
      sheet: body.sheet,
      range: body.range,
      user: body.user,
      edited_at: body.time,
    },
  });
  logs.editQueued(body.spreadsheet_id, body.event_id, body.sheet, body.range);
  edits(config).schedule(body.spreadsheet_id);
  res.status(202).json({ status: 'queued' });
}

function answer(res: Response, outcome: RunOutcome): void {
  switch (outcome.status) {
    case 'completed':
      res.status(200).json({
        status: 'completed',
        run_id: outcome.run.id,
        as_of: outcome.run.as_of,
        scorecards: outcome.scorecards,
        data_issues: outcome.run.data_issues,
        duration_ms: outcome.run.duration_ms,
      });
      return;
    case 'stopped':
      res.status(200).json({ status: 'stopped', message: outcome.message });
      return;
    case 'queued':
      res.status(202).json({ status: 'queued' });
      return;
    case 'validated':
      res.status(200).json(outcome);
      return;
  }
}

/** `recalcNow`: the menu's "Recalculate now" and "Validate"; answers with the outcome. */
export async function recalcNow(req: Request, res: Response): Promise<void> {
  const accepted = await authenticated('recalcNow', req, res, recalcSchema);
  if (!accepted) return;
  const { body } = accepted;
  try {
    answer(
      res,
      await runSpreadsheet(body.spreadsheet_id, {
        trigger: 'manual',
        validateOnly: body.action === 'validate',
      }),
    );
  } catch (error) {
    logs.recalcFailed(body.spreadsheet_id, error);
    res
      .status(500)
      .json({ status: 'failed', error: 'The recalculation failed; it is in the function logs.' });
  }
}

/** The spreadsheets a scheduled message names (JSON `{"spreadsheets": [...]}` in the message data). */
export function scheduledSpreadsheets(event: CloudEvent<unknown>): {
  messageId: string;
  spreadsheets: string[];
} {
  const envelope = pubSubSchema.parse(event.data);
  const text = Buffer.from(envelope.message.data ?? '', 'base64').toString('utf8');
  const { spreadsheets } = scheduleSchema.parse(JSON.parse(text === '' ? '{}' : text));
  return { messageId: envelope.message.messageId ?? envelope.message.message_id ?? event.id, spreadsheets };
}

/**
 * `scheduledRecalc`: the daily Cloud Scheduler job through Pub/Sub. A failed run throws after the
 * others have run, so Pub/Sub delivers the message again (runs overwrite whole tabs: safe to repeat).
 */
export async function scheduledRecalc(event: CloudEvent<unknown>): Promise<void> {
  const config = getConfig();
  let named: { messageId: string; spreadsheets: string[] };
  try {
    named = scheduledSpreadsheets(event);
  } catch {
    // A message that can never be read is not retried.
    logs.requestRejected('scheduledRecalc', 400, 'malformed');
    return;
  }
  logs.scheduleReceived(named.messageId, named.spreadsheets.length);
  const failed: string[] = [];
  for (const id of named.spreadsheets) {
    if (!config.spreadsheetIds.includes(id)) {
      logs.unknownSpreadsheet(id, 'scheduledRecalc');
      continue;
    }
    try {
      await runSpreadsheet(id, { trigger: 'schedule' });
    } catch (error) {
      logs.recalcFailed(id, error);
      failed.push(id);
    }
  }
  if (failed.length > 0) throw new Error(`Recalculation failed for ${failed.length} spreadsheet(s)`);
}
