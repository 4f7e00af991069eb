import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureWebBuilt, webBuildIsCurrent } from '../src/web-build.ts';

const roots: string[] = [];

afterEach(() => {
  for (const root of roots.splice(0)) {
    rmSync(root, { recursive: true, force: true });
  }
});

/** A web app's sources in a directory of their own, a second in the past so that a build is newer. */
function sources(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'tansiq-web-'));
  roots.push(root);
  mkdirSync(path.join(root, 'src'));
  for (const file of ['src/main.tsx', 'index.html', 'vite.config.ts']) {
    writeFileSync(path.join(root, file), file);
    utimesSync(path.join(root, file), new Date(Date.now() - 2000), new Date(Date.now() - 2000));
  }
  utimesSync(path.join(root, 'src'), new Date(Date.now() - 2000), new Date(Date.now() - 2000));
  return root;
}

/** A build that takes a while, writing its files one by one and counting its runs. */
function slowBuild(label: string) {
  const runs: string[] = [];
  const build = async (_root: string, outDir: string) => {
    runs.push(outDir);
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, 'index.html'), `${label} ${runs.length}`);
    await sleep(200);
    writeFileSync(path.join(outDir, 'app.js'), `${label} ${runs.length}`);
  };
  return { runs, build };
}

describe('the web build', () => {
  it('is built once when several starts find it missing together, into a directory renamed into place', async () => {
    const root = sources();
    const { runs, build } = slowBuild('first');
    const logs: string[] = [];
    const dists = await Promise.all(
      [1, 2, 3].map(() => ensureWebBuilt((message) => logs.push(message), { root, build })),
    );
    expect(runs).toHaveLength(1);
    expect(path.dirname(runs[0]!)).toBe(root);
    expect(path.basename(runs[0]!)).toMatch(/^dist\.build-\d+$/);
    expect(dists).toEqual([1, 2, 3].map(() => path.join(root, 'dist')));
    expect(readFileSync(path.join(root, 'dist', 'app.js'), 'utf8')).toBe('first 1');
    expect(logs.filter((line) => line === 'Building the web app...')).toHaveLength(1);
    expect(
      logs.filter((line) => /^Waiting for process \d+ to finish building the web app\.\.\.$/.test(line)),
    ).toHaveLength(2);
    expect(readdirSync(root).sort()).toEqual(['.build-lock', 'dist', 'index.html', 'src', 'vite.config.ts']);
    expect(readdirSync(path.join(root, '.build-lock'))).toEqual([]);
    expect(webBuildIsCurrent(root)).toBe(true);
  });

  it('rebuilds once when a source is newer, and keeps the old build whole while the new one is written', async () => {
    const root = sources();
    await ensureWebBuilt(() => undefined, { root, build: slowBuild('old').build });
    writeFileSync(path.join(root, 'src', 'main.tsx'), 'changed');
    utimesSync(path.join(root, 'src', 'main.tsx'), new Date(Date.now() + 1000), new Date(Date.now() + 1000));
    expect(webBuildIsCurrent(root)).toBe(false);
    const { runs, build } = slowBuild('new');
    const building = ensureWebBuilt(() => undefined, { root, build });
    await sleep(100);
    // Half-way through the new build, the old one is still there, whole.
    expect(readFileSync(path.join(root, 'dist', 'app.js'), 'utf8')).toBe('old 1');
    await building;
    expect(runs).toHaveLength(1);
    expect(readFileSync(path.join(root, 'dist', 'app.js'), 'utf8')).toBe('new 1');
  });

  it('leaves the previous build and no draft when a build fails, and frees the lock', async () => {
    const root = sources();
    await ensureWebBuilt(() => undefined, { root, build: slowBuild('kept').build });
    utimesSync(path.join(root, 'index.html'), new Date(Date.now() + 1000), new Date(Date.now() + 1000));
    const failing = async (_root: string, outDir: string) => {
      mkdirSync(outDir);
      writeFileSync(path.join(outDir, 'index.html'), 'half');
      throw new Error('the build failed');
    };
    await expect(ensureWebBuilt(() => undefined, { root, build: failing })).rejects.toThrow('the build failed');
    expect(readFileSync(path.join(root, 'dist', 'app.js'), 'utf8')).toBe('kept 1');
    expect(readdirSync(root).filter((name) => name.startsWith('dist'))).toEqual(['dist']);
    expect(readdirSync(path.join(root, '.build-lock'))).toEqual([]);
  });
});
