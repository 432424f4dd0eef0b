/**
 * Who may read a copy: its Drive permissions made exactly the listed addresses, as readers. The
 * owner (the engine's service account) is never touched; anyone else is removed.
 */
import type { drive_v3 } from '@googleapis/drive';
import { withRetry, type RetryPolicy } from '../workbook/retry.js';

export interface PermissionChange {
  added: string[];
  removed: string[];
  calls: number;
}

/** Lower-cased addresses from a Settings cell: separated by commas, semicolons, spaces or new lines. */
export function parseEmails(text: string | undefined | null): string[] {
  return [
    ...new Set(
      (text ?? '')
        .split(/[\s,;，；]+/)
        .map((e) => e.trim().toLowerCase())
        .filter((e) => e.includes('@')),
    ),
  ].sort();
}

/** Makes the readers of `fileId` exactly `emails`; one list call, then one call per change. */
export async function syncReaders(
  drive: drive_v3.Drive,
  fileId: string,
  emails: readonly string[],
  retry: RetryPolicy,
): Promise<PermissionChange> {
  const wanted = new Set(emails.map((e) => e.toLowerCase()));
  const request = { retry: false } as const;
  const existing: drive_v3.Schema$Permission[] = [];
  let calls = 0;
  let pageToken: string | undefined;
  do {
    const token = pageToken;
    const res = await withRetry(
      () =>
        drive.permissions.list(
          {
            fileId,
            pageSize: 100,
            fields: 'nextPageToken,permissions(id,type,role,emailAddress)',
            ...(token ? { pageToken: token } : {}),
          },
          request,
        ),
      retry,
    );
    calls += 1;
    existing.push(...(res.data.permissions ?? []));
    pageToken = res.data.nextPageToken ?? undefined;
  } while (pageToken);

  const removed: string[] = [];
  const kept = new Set<string>();
  for (const p of existing) {
    if (p.role === 'owner' || !p.id) continue;
    const email = p.emailAddress?.toLowerCase();
    // A wanted address with more than read access is taken back to reader (removed, then granted).
    if (p.type === 'user' && email && wanted.has(email) && p.role === 'reader' && !kept.has(email)) {
      kept.add(email);
      continue;
    }
    const id = p.id;
    await withRetry(() => drive.permissions.delete({ fileId, permissionId: id }, request), retry);
    calls += 1;
    removed.push(email ?? `${p.type ?? 'unknown'}:${id}`);
  }
  const added: string[] = [];
  for (const email of [...wanted].sort()) {
    if (kept.has(email)) continue;
    await withRetry(
      () =>
        drive.permissions.create(
          {
            fileId,
            sendNotificationEmail: true,
            fields: 'id',
            requestBody: { type: 'user', role: 'reader', emailAddress: email },
          },
          request,
        ),
      retry,
    );
    calls += 1;
    added.push(email);
  }
  return { added, removed: removed.filter((r) => !added.includes(r)), calls };
}
