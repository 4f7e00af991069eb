import { describe, it, expect, afterEach } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { DataDirectoryLockedError, LOCK_FILE, acquireDataDirectoryLock, type DataDirectoryLock } from './lock.ts';

/** The repository root, from which `--import tsx` resolves. */
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const LOCK_MODULE = new URL('./lock.ts', import.meta.url).href;

const directories: string[] = [];
const children: ChildProcess[] = [];
const locks: DataDirectoryLock[] = [];

function freshDirectory(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tansiq-lock-'));
  directories.push(dir);
  return dir;
}

function acquire(dir: string, command = 'test'): DataDirectoryLock {
  const lock = acquireDataDirectoryLock(dir, command);
  locks.push(lock);
  return lock;
}

function lockFileOf(dir: string): string {
  return path.join(dir, LOCK_FILE);
}

function holderPidOf(dir: string): unknown {
  return (JSON.parse(readFileSync(lockFileOf(dir), 'utf8')) as { pid: unknown }).pid;
}

/** The error `run` throws (failing the test when it throws nothing). */
function errorOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('Expected an error, but nothing was thrown.');
}

/**
 * Starts another node process that takes the lock on `dir`, prints `locked` and holds it until its stdin ends
 * (then releases it and exits). Resolves once it holds the lock.
 */
async function childHoldingLock(dir: string): Promise<ChildProcess & { pid: number }> {
  const script = [
    `import { acquireDataDirectoryLock } from ${JSON.stringify(LOCK_MODULE)};`,
    `const lock = acquireDataDirectoryLock(${JSON.stringify(dir)}, 'child-holder');`,
    `process.stdout.write('locked\\n');`,
    `process.stdin.resume();`,
    `process.stdin.on('end', () => { lock.release(); process.exit(0); });`,
  ].join('\n');
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  children.push(child);
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const lines = createInterface({ input: child.stdout });
  await new Promise<void>((resolve, reject) => {
    const onExit = (code: number | null, signal: string | null) =>
      reject(new Error(`The child exited (${code ?? signal}) before taking the lock: ${stderr}`));
    child.once('error', reject);
    child.once('exit', onExit);
    lines.on('line', (line) => {
      if (line === 'locked') {
        child.off('exit', onExit);
        resolve();
      }
    });
  });
  lines.close();
  if (child.pid === undefined) {
    throw new Error('The child has no pid.');
  }
  return child as ChildProcess & { pid: number };
}

/** Kills `child` with SIGKILL (so it cannot release anything) and waits until it has been reaped. */
async function killHard(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return;
  }
  const exited = once(child, 'exit');
  child.kill('SIGKILL');
  await exited;
}

afterEach(async () => {
  await Promise.all(children.splice(0).map(killHard));
  for (const lock of locks.splice(0)) {
    lock.release();
  }
  for (const dir of directories.splice(0)) {
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('acquireDataDirectoryLock', () => {
  it('writes a lock file naming this process, and removes it on release', () => {
    const dir = freshDirectory();
    const lock = acquire(dir, 'tansiq serve');
    expect(lock.file).toBe(lockFileOf(dir));
    expect(JSON.parse(readFileSync(lock.file, 'utf8'))).toMatchObject({ pid: process.pid, command: 'tansiq serve' });
    lock.release();
    expect(existsSync(lock.file)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('creates the data directory when it does not exist yet', () => {
    const dir = path.join(freshDirectory(), 'data', 'pglite');
    const lock = acquire(dir);
    expect(existsSync(lockFileOf(dir))).toBe(true);
    lock.release();
    expect(existsSync(lockFileOf(dir))).toBe(false);
  });

  it('can be taken again after release, and a second release is harmless', () => {
    const dir = freshDirectory();
    const first = acquire(dir);
    first.release();
    const second = acquire(dir);
    expect(holderPidOf(dir)).toBe(process.pid);
    // The first holder's release must not remove the lock it no longer holds.
    first.release();
    expect(existsSync(second.file)).toBe(true);
    second.release();
    expect(existsSync(second.file)).toBe(false);
  });

  it('refuses a second lock while this process holds it', () => {
    const dir = freshDirectory();
    acquire(dir, 'first');
    const error = errorOf(() => acquire(dir, 'second'));
    expect(error).toBeInstanceOf(DataDirectoryLockedError);
    expect((error as DataDirectoryLockedError).holderPid).toBe(process.pid);
    expect((error as DataDirectoryLockedError).holderCommand).toBe('first');
  });

  it('refuses the lock while another live process holds it, naming the directory and the process', async () => {
    const dir = freshDirectory();
    const child = await childHoldingLock(dir);
    expect(holderPidOf(dir)).toBe(child.pid);

    const error = errorOf(() => acquire(dir));
    expect(error).toBeInstanceOf(DataDirectoryLockedError);
    const locked = error as DataDirectoryLockedError;
    expect(locked.code).toBe('data_directory_locked');
    expect(locked.holderPid).toBe(child.pid);
    expect(locked.holderCommand).toBe('child-holder');
    expect(locked.directory).toBe(path.resolve(dir));
    expect(locked.message).toContain(path.resolve(dir));
    expect(locked.message).toContain(`process ${child.pid}`);
    // The refused attempt leaves the holder's lock alone.
    expect(holderPidOf(dir)).toBe(child.pid);
  });

  it('takes over the lock of a process that died without releasing it', async () => {
    const dir = freshDirectory();
    const child = await childHoldingLock(dir);
    await killHard(child);
    expect(holderPidOf(dir)).toBe(child.pid);

    const lock = acquire(dir);
    expect(holderPidOf(dir)).toBe(process.pid);
    expect(readdirSync(dir)).toEqual([LOCK_FILE]);
    lock.release();
    expect(existsSync(lock.file)).toBe(false);
  });

  it('can be taken once the other process has released it', async () => {
    const dir = freshDirectory();
    const child = await childHoldingLock(dir);
    const exited = once(child, 'exit');
    child.stdin?.end();
    const [code] = (await exited) as [number | null];
    expect(code).toBe(0);
    expect(existsSync(lockFileOf(dir))).toBe(false);

    acquire(dir);
    expect(holderPidOf(dir)).toBe(process.pid);
  });

  it.each([
    ['garbage', 'not json {'],
    ['an empty file', ''],
    ['JSON without a pid', '{"hostname":"elsewhere"}'],
  ])('takes over a lock file holding %s', (_case, content) => {
    const dir = freshDirectory();
    writeFileSync(lockFileOf(dir), content);
    const lock = acquire(dir);
    expect(holderPidOf(dir)).toBe(process.pid);
    expect(readdirSync(dir)).toEqual([LOCK_FILE]);
    lock.release();
    expect(existsSync(lockFileOf(dir))).toBe(false);
  });
});
