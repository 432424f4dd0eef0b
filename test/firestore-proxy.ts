/**
 * A gRPC-level proxy in front of Google's Firestore emulator, for fault injection: the Admin SDK
 * talks to it exactly as to Firestore (HTTP/2, gRPC framing), every call is passed through and
 * logged by method, and a call can be made to fail the way Firestore fails (a gRPC status such as
 * UNAVAILABLE or RESOURCE_EXHAUSTED, or the stream reset under it) before it reaches the emulator.
 */
import http2 from 'node:http2';
import type { AddressInfo } from 'node:net';

/** gRPC status codes used here. */
export const GRPC = {
  PERMISSION_DENIED: 7,
  INTERNAL: 13,
  UNAVAILABLE: 14,
  RESOURCE_EXHAUSTED: 8,
  DEADLINE_EXCEEDED: 4,
} as const;

export type FirestoreFault = { status: number; message?: string } | { reset: true };

export interface FirestoreCall {
  /** The RPC, e.g. `Commit`, `BatchGetDocuments`, `RunQuery`, `BeginTransaction`. */
  method: string;
  /** The gRPC status answered, 0 for OK; `reset` when the stream was cut. */
  outcome: number | 'reset';
  injected: boolean;
  /** Documents a `Commit` or `BatchWrite` asked to write, by name (read on the wire). */
  documents?: string[];
}

/** The top-level fields of a protobuf message: field number and, for length-delimited ones, the bytes. */
function fields(body: Buffer, from: number, end: number): { field: number; bytes?: Buffer }[] {
  const out: { field: number; bytes?: Buffer }[] = [];
  let at = from;
  const varint = (): number => {
    let value = 0;
    let shift = 0;
    for (;;) {
      const byte = body[at++] ?? 0;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
      shift += 7;
    }
  };
  while (at < end) {
    const tag = varint();
    const wire = tag & 7;
    if (wire === 2) {
      const length = varint();
      out.push({ field: tag >>> 3, bytes: body.subarray(at, at + length) });
      at += length;
    } else {
      if (wire === 0) varint();
      else at += wire === 1 ? 8 : 4;
      out.push({ field: tag >>> 3 });
    }
  }
  return out;
}

/**
 * The documents a unary `Commit` or `BatchWrite` request writes, by name: after the 5-byte gRPC
 * frame header, each `writes` (field 2) holds an `update` (field 1, a Document named in its field 1)
 * or a `delete` (field 2, the name itself).
 */
export function documentsInRequest(body: Buffer): string[] {
  if (body.length < 5 || body[0] !== 0) return [];
  const names: string[] = [];
  for (const write of fields(body, 5, 5 + body.readUInt32BE(1))) {
    if (write.field !== 2 || !write.bytes) continue;
    for (const op of fields(write.bytes, 0, write.bytes.length)) {
      if (op.field === 1 && op.bytes)
        names.push(String(fields(op.bytes, 0, op.bytes.length).find((f) => f.field === 1)?.bytes ?? ''));
      else if (op.field === 2 && op.bytes) names.push(`delete ${String(op.bytes)}`);
    }
  }
  return names;
}

export interface FirestoreProxy {
  /** `127.0.0.1:PORT`, for FIRESTORE_EMULATOR_HOST. */
  host: string;
  calls: FirestoreCall[];
  /** Fails calls whose number (0-based, counted from now) is in `at`, or all from `from` on. */
  inject(plan: {
    at?: readonly number[];
    from?: number;
    fault: FirestoreFault;
    methods?: readonly string[];
  }): void;
  /** Forgets the log and any plan. */
  reset(): void;
  close(): Promise<void>;
}

const HOP_HEADERS = new Set([
  ':scheme',
  ':authority',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
]);

function forwardable(headers: http2.IncomingHttpHeaders): http2.OutgoingHttpHeaders {
  const out: http2.OutgoingHttpHeaders = {};
  for (const [k, v] of Object.entries(headers)) if (!HOP_HEADERS.has(k) && v !== undefined) out[k] = v;
  return out;
}

/** Starts the proxy in front of `target` (`host:port` of the emulator). */
export async function startFirestoreProxy(target: string): Promise<FirestoreProxy> {
  const upstream = http2.connect(`http://${target}`);
  upstream.on('error', () => undefined);
  const calls: FirestoreCall[] = [];
  let counted = 0;
  let plan:
    { at: Set<number>; from: number; fault: FirestoreFault; methods?: ReadonlySet<string> } | undefined;

  const server = http2.createServer();
  server.on('stream', (stream, headers) => {
    stream.on('error', () => undefined);
    const method =
      String(headers[':path'] ?? '')
        .split('/')
        .pop() ?? '';
    const index = counted++;
    const targeted =
      plan && (!plan.methods || plan.methods.has(method)) && (plan.at.has(index) || index >= plan.from);
    if (plan && targeted) {
      const fault = plan.fault;
      stream.resume();
      if ('reset' in fault) {
        calls.push({ method, outcome: 'reset', injected: true });
        stream.close(http2.constants.NGHTTP2_INTERNAL_ERROR);
        return;
      }
      calls.push({ method, outcome: fault.status, injected: true });
      // A trailers-only answer, as a gRPC server sends for an error before any message.
      stream.respond(
        {
          ':status': 200,
          'content-type': 'application/grpc',
          'grpc-status': String(fault.status),
          'grpc-message': encodeURIComponent(fault.message ?? 'injected fault'),
        },
        { endStream: true },
      );
      return;
    }
    const call: FirestoreCall = { method, outcome: 0, injected: false };
    calls.push(call);
    if (method === 'Commit' || method === 'BatchWrite') {
      const body: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => body.push(chunk));
      stream.on('end', () => (call.documents = documentsInRequest(Buffer.concat(body))));
    }
    const request = upstream.request(forwardable(headers));
    request.on('error', () => stream.close(http2.constants.NGHTTP2_INTERNAL_ERROR));
    stream.pipe(request);
    let trailers: http2.OutgoingHttpHeaders = { 'grpc-status': '0' };
    request.on('trailers', (t) => {
      trailers = forwardable(t);
      call.outcome = Number(t['grpc-status'] ?? 0);
    });
    request.on('response', (h) => {
      if (stream.destroyed) return;
      if (h['grpc-status'] !== undefined) {
        // The emulator answered trailers-only: pass it on as it came.
        call.outcome = Number(h['grpc-status']);
        stream.respond(forwardable(h), { endStream: true });
        request.resume();
        return;
      }
      stream.respond(forwardable(h), { waitForTrailers: true });
      stream.on('wantTrailers', () => stream.sendTrailers(trailers));
      request.pipe(stream);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  const sessions = new Set<http2.ServerHttp2Session>();
  server.on('session', (s) => {
    sessions.add(s);
    s.on('close', () => sessions.delete(s));
  });

  return {
    host,
    calls,
    inject: ({ at = [], from = Number.POSITIVE_INFINITY, fault, methods }) => {
      counted = 0;
      calls.length = 0;
      plan = { at: new Set(at), from, fault, ...(methods ? { methods: new Set(methods) } : {}) };
    },
    reset: () => {
      counted = 0;
      calls.length = 0;
      plan = undefined;
    },
    close: async () => {
      for (const s of sessions) s.destroy();
      upstream.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
