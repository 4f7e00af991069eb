import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { acquireDataDirectoryLock, DataDirectoryLockedError, type DataDirectoryLock } from '@tansiq/db';

/** The web app's sources and its build output. */
export const WEB_ROOT = fileURLToPath(new URL('../../web', import.meta.url));
export const WEB_DIST = path.join(WEB_ROOT, 'dist');

/** The newest modification time under a path, in milliseconds. */
function newestChange(target: string): number {
  const stats = statSync(target);
  if (!stats.isDirectory()) {
    return stats.mtimeMs;
  }
  return Math.max(stats.mtimeMs, ...readdirSync(target).map((name) => newestChange(path.join(target, name))));
}

/** True when the web app has a build at least as new as its sources. */
export function webBuildIsCurrent(): boolean {
  const built = path.join(WEB_DIST, 'index.html');
  if (!existsSync(built)) {
    return false;
  }
  const sources = ['src', 'index.html', 'vite.config.ts'].map((name) => path.join(WEB_ROOT, name));
  return statSync(built).mtimeMs >= Math.max(...sources.filter((source) => existsSync(source)).map(newestChange));
}

/** Where the lock of a build lives: one build at a time on this machine, whichever process starts it. */
const BUILD_LOCK_DIR = path.join(WEB_ROOT, '.build-lock');

/** How long a process waits for another's build before giving up. */
const BUILD_WAIT_MS = 10 * 60_000;

/**
 * Takes the build lock (a file holding the builder's pid, taken over when its process is dead: the data
 * directory's lock, `acquireDataDirectoryLock`), waiting while another live process holds it.
 */
async function takeBuildLock(log: (message: string) => void): Promise<DataDirectoryLock> {
  const until = Date.now() + BUILD_WAIT_MS;
  let told = false;
  for (;;) {
    try {
      return acquireDataDirectoryLock(BUILD_LOCK_DIR, 'web build');
    } catch (error) {
      if (!(error instanceof DataDirectoryLockedError) || Date.now() > until) {
        throw error;
      }
      if (!told) {
        log(`Waiting for process ${error.holderPid} to finish building the web app...`);
        told = true;
      }
      await sleep(250);
    }
  }
}

/**
 * Builds the web app with Vite when it has no build (the first `npm start` after `npm install`) or when its
 * sources changed after the build (after a pull), so the server never serves a stale app. Several processes
 * starting together never race: one builds under the build lock while the others wait and find it current, and
 * the build is written to a directory of its own, then renamed into place, so no process reads half a build.
 */
export async function ensureWebBuilt(log: (message: string) => void): Promise<string> {
  if (webBuildIsCurrent()) {
    return WEB_DIST;
  }
  const lock = await takeBuildLock(log);
  try {
    if (webBuildIsCurrent()) {
      return WEB_DIST;
    }
    log('Building the web app...');
    let vite: typeof import('vite');
    try {
      vite = await import('vite');
    } catch {
      throw new Error('The web app is not built and Vite is not installed: run `npm install`, then `npm run build`.');
    }
    const draft = `${WEB_DIST}.build-${process.pid}`;
    const old = `${WEB_DIST}.old-${process.pid}`;
    rmSync(draft, { recursive: true, force: true });
    try {
      await vite.build({
        root: WEB_ROOT,
        configFile: path.join(WEB_ROOT, 'vite.config.ts'),
        logLevel: 'warn',
        build: { outDir: draft, emptyOutDir: true },
      });
      // A directory cannot be renamed over a full one: the old build steps aside first, for an instant.
      if (existsSync(WEB_DIST)) {
        renameSync(WEB_DIST, old);
      }
      renameSync(draft, WEB_DIST);
    } finally {
      rmSync(draft, { recursive: true, force: true });
      rmSync(old, { recursive: true, force: true });
    }
    return WEB_DIST;
  } finally {
    lock.release();
  }
}
