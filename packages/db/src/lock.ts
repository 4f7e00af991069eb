import { linkSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';

/** Raised when another live process holds the data directory. */
export class DataDirectoryLockedError extends Error {
  override readonly name = 'DataDirectoryLockedError';
  readonly code = 'data_directory_locked';
  constructor(
    readonly directory: string,
    readonly holderPid: number,
    readonly holderCommand: string,
  ) {
    super(
      `The data directory ${directory} is in use by process ${holderPid} (${holderCommand}). ` +
        'The embedded database allows one process at a time: stop that process first, or use PostgreSQL (DATABASE_URL).',
    );
  }
}

interface LockContent {
  pid: number;
  hostname: string;
  command: string;
  since: string;
}

export const LOCK_FILE = 'tansiq.lock';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(file: string): { raw: string; content: LockContent | null } | null {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return null;
    }
    throw error;
  }
  try {
    const content = JSON.parse(raw) as LockContent;
    return { raw, content: Number.isInteger(content.pid) ? content : null };
  } catch {
    return { raw, content: null };
  }
}

/** A held lock; `release` is idempotent and also runs when the process exits. */
export interface DataDirectoryLock {
  file: string;
  release(): void;
}

/**
 * Takes the exclusive lock on a data directory (opening one PGlite directory from two processes corrupts it).
 * The lock is a file holding the holder's pid, put in place atomically (see placeLockFile). A lock whose holder is dead (same host, no
 * such process) is taken over: it is first renamed away, which only one contender can do, and checked to be
 * the same stale lock before it is removed. Throws DataDirectoryLockedError while a live process holds it.
 */
export function acquireDataDirectoryLock(directory: string, command: string): DataDirectoryLock {
  const dir = path.resolve(directory);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, LOCK_FILE);
  const content: LockContent = { pid: process.pid, hostname: hostname(), command, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 5; attempt++) {
    if (placeLockFile(file, JSON.stringify(content))) {
      return holdLock(file, content);
    }
    const existing = readLock(file);
    if (existing === null) {
      continue; // released between our two calls: try again
    }
    const holder = existing.content;
    if (holder !== null && (holder.hostname !== content.hostname || isAlive(holder.pid))) {
      throw new DataDirectoryLockedError(dir, holder.pid, holder.command);
    }
    takeOverStaleLock(file, existing.raw);
  }
  throw new Error(`Could not take the lock on ${dir}: it changed hands repeatedly.`);
}

/**
 * Puts the lock file in place whole: written beside it first, then hard-linked to its name, which fails if the
 * name exists. A contender therefore never reads a half-written lock. False when the lock exists.
 */
function placeLockFile(file: string, text: string): boolean {
  const draft = `${file}.${process.pid}.draft`;
  writeFileSync(draft, text, { flag: 'w' });
  try {
    linkSync(draft, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      return false;
    }
    throw error;
  } finally {
    unlinkSync(draft);
  }
}

function takeOverStaleLock(file: string, staleRaw: string): void {
  const aside = `${file}.stale-${process.pid}`;
  try {
    renameSync(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return; // another contender moved it first
    }
    throw error;
  }
  if (readFileSync(aside, 'utf8') !== staleRaw) {
    // We moved a fresh lock that a contender had just written: put it back.
    renameSync(aside, file);
    return;
  }
  unlinkSync(aside);
}

function holdLock(file: string, content: LockContent): DataDirectoryLock {
  let held = true;
  const release = () => {
    if (!held) {
      return;
    }
    held = false;
    process.off('exit', release);
    const current = readLock(file);
    if (current?.content?.pid === content.pid && current.content.since === content.since) {
      unlinkSync(file);
    }
  };
  process.on('exit', release);
  return { file, release };
}
