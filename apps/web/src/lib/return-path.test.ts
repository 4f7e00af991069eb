import { describe, expect, it } from 'vitest';
import { safeReturnPath, signInPath } from './return-path.ts';

describe('safeReturnPath', () => {
  it('keeps a path of the app with its query', () => {
    expect(safeReturnPath('/meetings/rpm-arb-2017/edit?lang=ar')).toBe('/meetings/rpm-arb-2017/edit?lang=ar');
  });

  it('refuses other sites, odd forms and the sign-in page itself', () => {
    for (const next of [null, undefined, '', 'https://evil.example', '//evil.example', '/\\evil.example', 'audit']) {
      expect(safeReturnPath(next)).toBe('/');
    }
    expect(safeReturnPath('/sign-in?next=/audit')).toBe('/');
  });
});

describe('signInPath', () => {
  it('carries the page to return to, encoded', () => {
    expect(signInPath('/audit?action=meeting.update')).toBe('/sign-in?next=%2Faudit%3Faction%3Dmeeting.update');
    expect(signInPath('/')).toBe('/sign-in');
  });
});
