/**
 * A Google Drive API v3 stand-in for permissions: an HTTP server on 127.0.0.1 that the real client
 * library reaches through `rootUrl`. It speaks the wire format of `permissions.create`, `list` and
 * `delete` (paths, query parameters, resources with `kind`, paged lists, Google's error bodies) and
 * counts every call. Every file starts with its owner's permission, as on Drive.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type DriveCallKind = 'permissions.create' | 'permissions.list' | 'permissions.delete' | 'unknown';

export interface DriveCall {
  kind: DriveCallKind;
  method: string;
  fileId?: string;
  status: number;
  body?: unknown;
  query: URLSearchParams;
}

export interface Permission {
  kind: 'drive#permission';
  id: string;
  type: 'user' | 'group' | 'domain' | 'anyone';
  role: 'owner' | 'organizer' | 'fileOrganizer' | 'writer' | 'commenter' | 'reader';
  emailAddress?: string;
}

export interface DriveStandin {
  url: string;
  calls: DriveCall[];
  count(kind?: DriveCallKind): number;
  resetCalls(): void;
  /** A file's permissions (not an API call). */
  permissions(fileId: string): Permission[];
  close(): Promise<void>;
}

export const OWNER = 'salesperf-runner@salesperf-cloud-test.iam.gserviceaccount.com';
const ROLES = new Set(['owner', 'organizer', 'fileOrganizer', 'writer', 'commenter', 'reader']);
const TYPES = new Set(['user', 'group', 'domain', 'anyone']);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PAGE = 100;

class DriveError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly reason: string,
  ) {
    super(message);
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=UTF-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** Fields of a resource kept by a `fields` mask such as `permissions(id,emailAddress),nextPageToken` (one level of nesting). */
function pick(
  resource: Record<string, unknown>,
  fields: string | null,
  inner?: string,
): Record<string, unknown> {
  if (!fields && !inner) return resource;
  const mask = inner ?? fields ?? '';
  const out: Record<string, unknown> = {};
  for (const m of mask.matchAll(/(\w+)(?:\(([^)]*)\))?/g)) {
    const [, name = '', sub] = m;
    const value = resource[name];
    if (value === undefined) continue;
    out[name] =
      sub && Array.isArray(value) ? value.map((v: Record<string, unknown>) => pick(v, null, sub)) : value;
  }
  return out;
}

export async function startDriveStandin(
  options: { fileExists?: (fileId: string) => boolean } = {},
): Promise<DriveStandin> {
  const files = new Map<string, Permission[]>();
  const calls: DriveCall[] = [];
  let nextId = 1;

  function file(fileId: string): Permission[] {
    let list = files.get(fileId);
    if (!list) {
      if (options.fileExists && !options.fileExists(fileId))
        throw new DriveError(404, `File not found: ${fileId}.`, 'notFound');
      list = [
        { kind: 'drive#permission', id: `owner-${fileId}`, type: 'user', role: 'owner', emailAddress: OWNER },
      ];
      files.set(fileId, list);
    }
    return list;
  }

  function handle(call: DriveCall, res: ServerResponse, permissionId: string | undefined): void {
    const fileId = call.fileId ?? '';
    const fields = call.query.get('fields');
    switch (call.kind) {
      case 'permissions.create': {
        const body = (call.body ?? {}) as Partial<Permission>;
        if (!body.type || !TYPES.has(body.type))
          throw new DriveError(400, 'The permission type field is required.', 'required');
        if (!body.role || !ROLES.has(body.role))
          throw new DriveError(400, 'The permission role field is required.', 'required');
        if ((body.type === 'user' || body.type === 'group') && !EMAIL.test(body.emailAddress ?? '')) {
          throw new DriveError(400, 'Bad Request. User message: "The email address is invalid."', 'invalid');
        }
        if (body.role === 'owner' && call.query.get('transferOwnership') !== 'true') {
          throw new DriveError(
            403,
            "The transferOwnership parameter must be enabled when the permission role is 'owner'.",
            'forbidden',
          );
        }
        const list = file(fileId);
        const email = body.emailAddress?.toLowerCase();
        // Drive keeps one permission per address: a second grant updates the role of the first.
        const existing = list.find((p) => p.emailAddress !== undefined && p.emailAddress === email);
        const permission: Permission = existing ?? {
          kind: 'drive#permission',
          id: String(10_000_000 + nextId++),
          type: body.type,
          role: body.role,
          ...(email ? { emailAddress: email } : {}),
        };
        permission.role = body.role;
        if (!existing) list.push(permission);
        return sendJson(res, 200, pick({ ...permission }, fields));
      }
      case 'permissions.list': {
        const list = file(fileId);
        const size = Math.min(Number(call.query.get('pageSize') ?? PAGE) || PAGE, PAGE);
        const start = Number(call.query.get('pageToken') ?? 0);
        const page = list.slice(start, start + size);
        const next = start + size < list.length ? { nextPageToken: String(start + size) } : {};
        return sendJson(
          res,
          200,
          pick({ kind: 'drive#permissionList', ...next, permissions: page.map((p) => ({ ...p })) }, fields),
        );
      }
      case 'permissions.delete': {
        const list = file(fileId);
        const index = list.findIndex((p) => p.id === permissionId);
        if (index < 0) throw new DriveError(404, `Permission not found: ${permissionId ?? ''}.`, 'notFound');
        if (list[index]?.role === 'owner')
          throw new DriveError(403, 'The owner of a file cannot be removed.', 'cannotRemoveOwner');
        list.splice(index, 1);
        res.writeHead(204);
        res.end();
        return;
      }
      default:
        throw new DriveError(404, `Method not found: ${call.method}`, 'notFound');
    }
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const parsed = new URL(req.url ?? '/', 'http://standin');
    const m = /^\/drive\/v3\/files\/([^/]+)\/permissions(?:\/([^/]+))?\/?$/.exec(parsed.pathname);
    const method = req.method ?? 'GET';
    const kind: DriveCallKind = !m
      ? 'unknown'
      : method === 'POST' && !m[2]
        ? 'permissions.create'
        : method === 'GET' && !m[2]
          ? 'permissions.list'
          : method === 'DELETE' && m[2]
            ? 'permissions.delete'
            : 'unknown';
    const call: DriveCall = {
      kind,
      method,
      status: 0,
      query: parsed.searchParams,
      ...(m?.[1] ? { fileId: decodeURIComponent(m[1]) } : {}),
    };
    calls.push(call);
    void (async () => {
      try {
        const chunks: Buffer[] = [];
        for await (const chunk of req) chunks.push(chunk as Buffer);
        const text = Buffer.concat(chunks).toString('utf8');
        if (text !== '') call.body = JSON.parse(text);
        handle(call, res, m?.[2] ? decodeURIComponent(m[2]) : undefined);
      } catch (error) {
        const e = error instanceof DriveError ? error : new DriveError(500, String(error), 'backendError');
        sendJson(res, e.code, {
          error: {
            code: e.code,
            message: e.message,
            errors: [{ domain: 'global', reason: e.reason, message: e.message }],
          },
        });
      } finally {
        call.status = res.statusCode;
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    calls,
    count: (kind) => calls.filter((c) => kind === undefined || c.kind === kind).length,
    resetCalls: () => void (calls.length = 0),
    permissions: (fileId) => (files.get(fileId) ?? []).map((p) => ({ ...p })),
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
