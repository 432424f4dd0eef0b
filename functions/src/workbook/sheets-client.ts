/**
 * The Sheets API client, loaded only when a run needs it (the module is large). In the cloud it
 * authenticates as the function's service account (Application Default Credentials); pointed at a
 * stand-in through `rootUrl`, it sends no credentials.
 */
import type { sheets_v4 } from '@googleapis/sheets';

/** The only scope the engine asks for: the spreadsheets shared with its service account. */
export const SHEETS_SCOPE = 'https://www.googleapis.com/auth/spreadsheets';

export interface SheetsClientOptions {
  /** Another server speaking the Sheets API v4 (tests); default Google's. */
  rootUrl?: string;
}

export async function sheetsClient(options: SheetsClientOptions = {}): Promise<sheets_v4.Sheets> {
  const { sheets, auth } = await import('@googleapis/sheets');
  if (options.rootUrl) return sheets({ version: 'v4', rootUrl: options.rootUrl });
  return sheets({ version: 'v4', auth: new auth.GoogleAuth({ scopes: [SHEETS_SCOPE] }) });
}
