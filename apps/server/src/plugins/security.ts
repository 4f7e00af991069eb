import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The SHA-256 sources of the inline scripts of the built web app's index.html (the one that sets the page's
 * language and direction before first paint), so the policy allows exactly them and no other inline script.
 */
export function inlineScriptHashes(webDist: string | null): string[] {
  const index = webDist === null ? null : path.join(webDist, 'index.html');
  if (index === null || !existsSync(index)) {
    return [];
  }
  const html = readFileSync(index, 'utf8');
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (match) => `'sha256-${createHash('sha256').update(match[1]!).digest('base64')}'`,
  );
}

/** The content security policy of the app: this origin only, no inline code but the hashed start-up script. */
export function contentSecurityPolicy(webDist: string | null): Record<string, string[] | null> {
  return {
    defaultSrc: ["'self'"],
    baseUri: ["'self'"],
    scriptSrc: ["'self'", ...inlineScriptHashes(webDist)],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    // The product may be tried over plain http on loopback: never rewrite requests to https.
    upgradeInsecureRequests: null,
  };
}
