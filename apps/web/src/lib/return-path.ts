/** Where sign-in returns to: a path of this app only, so that `?next=` cannot send the reader to another site. */
export function safeReturnPath(next: string | null | undefined): string {
  if (next === null || next === undefined || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) {
    return '/';
  }
  return next.startsWith('/sign-in') ? '/' : next;
}

/** The sign-in page's address, returning to `from` (a path with its search) afterwards. */
export function signInPath(from: string): string {
  const next = safeReturnPath(from);
  return next === '/' ? '/sign-in' : `/sign-in?${new URLSearchParams({ next }).toString()}`;
}
