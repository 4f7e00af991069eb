import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The web app's sources and its build output. */
export const WEB_ROOT = fileURLToPath(new URL('../../web', import.meta.url));
export const WEB_DIST = path.join(WEB_ROOT, 'dist');

/** Builds the web app with Vite when no build is present (the first `npm start` after `npm install`). */
export async function ensureWebBuilt(log: (message: string) => void): Promise<string> {
  if (existsSync(path.join(WEB_DIST, 'index.html'))) {
    return WEB_DIST;
  }
  log('Building the web app (first start)...');
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    throw new Error('The web app is not built and Vite is not installed: run `npm install`, then `npm run build`.');
  }
  await vite.build({ root: WEB_ROOT, configFile: path.join(WEB_ROOT, 'vite.config.ts'), logLevel: 'warn' });
  return WEB_DIST;
}
