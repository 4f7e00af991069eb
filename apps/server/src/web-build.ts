import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { acquireDataDirectoryLock, DataDirectoryLockedError, type DataDirectoryLock } from '@tansiq/db';

/** The web app's sources; its build goes to `dist/` beside them. */
export const WEB_ROOT = fileURLToPath(new URL('../../web', import.meta.url));

/** The newest modification time under a path, in milliseconds. */
function newestChange(target: string): number {
  const stats = statSync(target);
  if (!stats.isDirectory()) {
    return stats.mtimeMs;
  }
  return Math.max(stats.mtimeMs, ...readdirSync(target).map((name) => newestChange(path.join(target, name))));
}

/** True when the web app (at `root`) has a build at least as new as its sources. */
export function webBuildIsCurrent(root = WEB_ROOT): boolean {
  const built = path.join(root, 'dist', 'index.html');
  if (!existsSync(built)) {
    return false;
  }
  const sources = ['src', 'index.html', 'vite.config.ts'].map((name) => path.join(root, name));
  return statSync(built).mtimeMs >= Math.max(...sources.filter((source) => existsSync(source)).map(newestChange));
}

/** How long a process waits for another's build before giving up. */
const BUILD_WAIT_MS = 10 * 60_000;

/**
 * Takes the build lock (a file holding the builder's pid, taken over when its process is dead: the data
 * directory's lock, `acquireDataDirectoryLock`), waiting while another live process holds it.
 */
async function takeBuildLock(root: string, log: (message: string) => void): Promise<DataDirectoryLock> {
  const until = Date.now() + BUILD_WAIT_MS;
  let told = false;
  for (;;) {
    try {
      // One build at a time on this machine, whichever process starts it.
      return acquireDataDirectoryLock(path.join(root, '.build-lock'), 'web build');
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
export async function ensureWebBuilt(
  log: (message: string) => void,
  options: { root?: string; build?: (root: string, outDir: string) => Promise<void> } = {},
): Promise<string> {
  const root = options.root ?? WEB_ROOT;
  const dist = path.join(root, 'dist');
  if (webBuildIsCurrent(root)) {
    return dist;
  }
  const lock = await takeBuildLock(root, log);
  try {
    if (webBuildIsCurrent(root)) {
      return dist;
    }
    log('Building the web app...');
    const draft = `${dist}.build-${process.pid}`;
    const old = `${dist}.old-${process.pid}`;
    rmSync(draft, { recursive: true, force: true });
    try {
      await (options.build ?? viteBuild)(root, draft);
      // A directory cannot be renamed over a full one: the old build steps aside first, for an instant.
      if (existsSync(dist)) {
        renameSync(dist, old);
      }
      renameSync(draft, dist);
    } finally {
      rmSync(draft, { recursive: true, force: true });
      rmSync(old, { recursive: true, force: true });
    }
    return dist;
  } finally {
    lock.release();
  }
}

/** Builds the web app at `root` into `outDir` with Vite and the app's own configuration. */
async function viteBuild(root: string, outDir: string): Promise<void> {
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    throw new Error('The web app is not built and Vite is not installed: run `npm install`, then `npm run build`.');
  }
  await vite.build({
    root,
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}
