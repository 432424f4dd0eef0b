/**
 * The functions' configuration, parsed once from the environment and validated: a bad or missing
 * variable throws one `ConfigError` naming it. The shared secret is never shown (`<omitted>`).
 */
import { z } from 'zod';
import type { RetryPolicy } from '../workbook/retry.js';

export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`${variable}: ${problem}`);
  }
}

/** A spreadsheet id as Google issues them (letters, digits, `-` and `_`). */
export const SPREADSHEET_ID = /^[A-Za-z0-9_-]{10,128}$/;

const int = (min: number, max: number, fallback: number) =>
  z
    .string()
    .regex(/^\d+$/, 'a whole number')
    .transform(Number)
    .pipe(z.number().min(min).max(max))
    .default(fallback);

const schema = z.object({
  SALESPERF_WEBHOOK_SECRET: z
    .string()
    .min(32, 'at least 32 characters (generate with `openssl rand -hex 32`)'),
  SALESPERF_SPREADSHEET_IDS: z
    .string()
    .transform((s) =>
      s
        .split(',')
        .map((id) => id.trim())
        .filter((id) => id !== ''),
    )
    .pipe(
      z
        .array(z.string().regex(SPREADSHEET_ID, 'spreadsheet ids separated by commas'))
        .min(1, 'at least one spreadsheet id'),
    ),
  GOOGLE_CLOUD_PROJECT: z.string().regex(/^[a-z][a-z0-9-]{4,61}[a-z0-9]$/, 'a Google Cloud project id'),
  SALESPERF_FIRESTORE_DATABASE: z.string().min(1).default('(default)'),
  SALESPERF_SHEETS_ROOT_URL: z.url().optional(),
  SALESPERF_DRIVE_ROOT_URL: z.url().optional(),
  SALESPERF_EDIT_QUIET_MS: int(0, 600_000, 5_000),
  SALESPERF_EDIT_MAX_WAIT_MS: int(0, 3_600_000, 60_000),
  SALESPERF_LEASE_TTL_MS: int(10_000, 3_600_000, 540_000),
  SALESPERF_RETRY_BASE_MS: int(1, 60_000, 500),
  SALESPERF_AS_OF: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'a day, YYYY-MM-DD')
    .optional(),
});

export interface Config {
  webhookSecret: string;
  spreadsheetIds: readonly string[];
  projectId: string;
  firestoreDatabase: string;
  /** Another server speaking the Sheets API (tests); absent for Google's. */
  sheetsRootUrl?: string;
  /** Another server speaking the Drive API v3 (tests); absent for Google's. */
  driveRootUrl?: string;
  /** Quiet time after an edit before the run starts, so a burst of edits makes one run. */
  editQuietMs: number;
  /** The longest a run waits behind a steady stream of edits. */
  editMaxWaitMs: number;
  leaseTtlMs: number;
  /** The first wait before a Sheets call is tried again; each later wait doubles (six attempts in all). */
  retryBaseMs: number;
  /** A fixed day to compute as of (tests, replaying a past day); absent: today in the workbook's time zone. */
  asOf?: string;
}

/** Parses the configuration; throws `ConfigError` naming the first bad variable. */
export function parseConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const picked = Object.fromEntries(
    Object.keys(schema.shape).map((k) => [k, env[k] === '' ? undefined : env[k]]),
  );
  const parsed = schema.safeParse(picked);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? 'environment');
    throw new ConfigError(
      variable,
      env[variable] === undefined || env[variable] === '' ? 'not set' : (issue?.message ?? 'invalid'),
    );
  }
  const c = parsed.data;
  return {
    webhookSecret: c.SALESPERF_WEBHOOK_SECRET,
    spreadsheetIds: c.SALESPERF_SPREADSHEET_IDS,
    projectId: c.GOOGLE_CLOUD_PROJECT,
    firestoreDatabase: c.SALESPERF_FIRESTORE_DATABASE,
    ...(c.SALESPERF_SHEETS_ROOT_URL ? { sheetsRootUrl: c.SALESPERF_SHEETS_ROOT_URL } : {}),
    ...(c.SALESPERF_DRIVE_ROOT_URL ? { driveRootUrl: c.SALESPERF_DRIVE_ROOT_URL } : {}),
    editQuietMs: c.SALESPERF_EDIT_QUIET_MS,
    editMaxWaitMs: c.SALESPERF_EDIT_MAX_WAIT_MS,
    leaseTtlMs: c.SALESPERF_LEASE_TTL_MS,
    retryBaseMs: c.SALESPERF_RETRY_BASE_MS,
    ...(c.SALESPERF_AS_OF ? { asOf: c.SALESPERF_AS_OF } : {}),
  };
}

/** The configuration as it may be logged: the secret replaced by `<omitted>`. */
export function describeConfig(config: Config): Record<string, unknown> {
  return { ...config, webhookSecret: '<omitted>' };
}

/** How Google API calls are retried: six attempts, waits doubling from the configured first one. */
export function retryPolicy(config: Config, onRetry?: RetryPolicy['onRetry']): RetryPolicy {
  return {
    attempts: 6,
    baseDelayMs: config.retryBaseMs,
    maxDelayMs: 32_000,
    ...(onRetry ? { onRetry } : {}),
  };
}
