/**
 * The Drive API v3 client, loaded only when sharing needs it. In the cloud it authenticates as the
 * function's service account; pointed at a stand-in through `rootUrl`, it sends no credentials.
 */
import type { drive_v3 } from '@googleapis/drive';

/** Drive access to the files this engine created (its leadership and rep copies) and no other. */
export const DRIVE_SCOPE = 'https://www.googleapis.com/auth/drive.file';

export async function driveClient(options: { rootUrl?: string } = {}): Promise<drive_v3.Drive> {
  const { drive, auth } = await import('@googleapis/drive');
  if (options.rootUrl) return drive({ version: 'v3', rootUrl: options.rootUrl });
  return drive({
    version: 'v3',
    auth: new auth.GoogleAuth({ scopes: [DRIVE_SCOPE, 'https://www.googleapis.com/auth/spreadsheets'] }),
  });
}
