import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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

/**
 * Builds the web app with Vite when it has no build (the first `npm start` after `npm install`) or when its
 * sources changed after the build (after a pull), so the server never serves a stale app.
 */
export async function ensureWebBuilt(log: (message: string) => void): Promise<string> {
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
  await vite.build({ root: WEB_ROOT, configFile: path.join(WEB_ROOT, 'vite.config.ts'), logLevel: 'warn' });
  return WEB_DIST;
}
