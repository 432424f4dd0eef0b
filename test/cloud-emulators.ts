/**
 * Google's own emulators for tests, started from the gcloud SDK on a free loopback port and stopped
 * after: Firestore (`gcloud emulators firestore start`) and Pub/Sub (`gcloud beta emulators pubsub
 * start`). Each needs the gcloud SDK with the emulator component and Java on the PATH.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export interface Emulator {
  /** `127.0.0.1:PORT`, for FIRESTORE_EMULATOR_HOST / PUBSUB_EMULATOR_HOST. */
  host: string;
  stop(): Promise<void>;
}

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilAnswering(
  url: string,
  child: ChildProcess,
  output: () => string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The emulator exited (${child.exitCode}):\n${output()}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The emulator did not answer at ${url} within ${timeoutMs} ms:\n${output()}`);
}

/** Starts `gcloud <args> --host-port=127.0.0.1:PORT` and waits until it answers. */
async function startEmulator(args: readonly string[], timeoutMs = 60_000): Promise<Emulator> {
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  // gcloud makes itself a process-group leader, with the Java emulator in its group. A small shell
  // stops that whole group when told to (TERM), and also when this test process dies without
  // stopping it (a timeout, a crash), so no emulator outlives its tests.
  const watchdog = [
    'gcloud "$@" & pid=$!',
    'stop() { kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; exit 0; }',
    'trap stop TERM INT',
    `while kill -0 ${process.pid} 2>/dev/null && kill -0 "$pid" 2>/dev/null; do sleep 1; done`,
    'stop',
  ].join('\n');
  const child = spawn('bash', ['-c', watchdog, 'emulator', ...args, `--host-port=${host}`, '--quiet'], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const started = new Promise<void>((resolve, reject) => {
    child.once('error', (e) =>
      reject(
        new Error(
          `Could not start gcloud (${e.message}); install the gcloud SDK with its emulators and Java.`,
        ),
      ),
    );
    child.once('spawn', resolve);
  });
  await started;
  const kill = (signal: NodeJS.Signals) => {
    try {
      child.kill(signal);
    } catch {
      // Already gone.
    }
  };
  const onExit = () => kill('SIGTERM');
  process.once('exit', onExit);
  try {
    await waitUntilAnswering(`http://${host}/`, child, () => log, timeoutMs);
  } catch (error) {
    kill('SIGTERM');
    throw error;
  }
  return {
    host,
    stop: async () => {
      process.off('exit', onExit);
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      kill('SIGTERM');
      await exited;
    },
  };
}

export function startFirestoreEmulator(): Promise<Emulator> {
  return startEmulator(['emulators', 'firestore', 'start']);
}

export function startPubSubEmulator(): Promise<Emulator> {
  return startEmulator(['beta', 'emulators', 'pubsub', 'start']);
}

/** Deletes every document of a project in the Firestore emulator (its REST reset endpoint). */
export async function clearFirestore(host: string, projectId: string): Promise<void> {
  const res = await fetch(`http://${host}/emulator/v1/projects/${projectId}/databases/(default)/documents`, {
    method: 'DELETE',
  });
  if (!res.ok) throw new Error(`Could not clear the Firestore emulator: ${res.status}`);
}
