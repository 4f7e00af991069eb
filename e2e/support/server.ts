import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HEALTH_TIMEOUT_MS = 120_000;

/** A Tansiq server started for a test file, on its own port and its own fresh data directory. */
export interface TestServer {
  /** Origin of the server, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** Its data directory (embedded database and lock). */
  dataDir: string;
  /** Stops the server (its whole process group) and removes its data directory. */
  stop: () => Promise<void>;
}

/** A TCP port that is free on 127.0.0.1 at the time of asking. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No port')),
      );
    });
  });
}

/** Resolves when the server answers its health check; rejects if it exits first or takes too long. */
async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  while (Date.now() < deadline) {
    if (exited) {
      throw new Error(`The server exited before it was ready:\n${output()}`);
    }
    const healthy = await fetch(`${url}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) {
      return;
    }
    // Polling a condition with a short pause, not a fixed sleep: the loop ends as soon as the server answers.
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The server did not answer ${url}/api/health within ${HEALTH_TIMEOUT_MS / 1000} s:\n${output()}`);
}

/** Sends a signal to a whole process group (tsx runs the server in a child of its own). */
function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group has already gone.
  }
}

/** Kills a process group and resolves once its leader has exited. */
async function killGroup(child: ChildProcess): Promise<void> {
  const pid = child.pid;
  if (pid === undefined || child.exitCode !== null || child.signalCode !== null) {
    return;
  }
  const exited = new Promise((resolve) => child.once('exit', resolve));
  signalGroup(pid, 'SIGTERM');
  const timer = setTimeout(() => signalGroup(pid, 'SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/**
 * Starts the real server (`apps/server/src/main.ts` through tsx; it builds the web app when the build is missing
 * or older than its sources) on a free port of 127.0.0.1 with a fresh data
 * directory, the WTDC-17 demo and the demo clock from 1 Sep 2017, and waits until it is healthy.
 */
export async function startServer(): Promise<TestServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'tansiq-e2e-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      TANSIQ_DATA_DIR: dataDir,
      // The embedded database in the fresh directory, never a DATABASE_URL from the caller's environment.
      DATABASE_URL: '',
      TANSIQ_DEMO: '1',
      TANSIQ_CLOCK_START: '2017-09-01T00:00:00Z',
    },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const stop = async () => {
    await killGroup(child);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(url, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, dataDir, stop };
}
