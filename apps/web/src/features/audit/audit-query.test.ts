import { describe, expect, it } from 'vitest';
import { auditQuery, changeValueText, readAuditFilters, recordPath, withAuditFilters } from './audit-query.ts';

describe('audit filters in the address', () => {
  it('reads filters and page, ignoring malformed dates and pages', () => {
    const params = new URLSearchParams('action=meeting.update&from=2017-09-01&to=yesterday&page=3&lang=ar');
    expect(readAuditFilters(params)).toEqual({
      entityType: '',
      entityId: '',
      action: 'meeting.update',
      actorId: '',
      from: '2017-09-01',
      to: '',
      page: 3,
    });
    expect(readAuditFilters(new URLSearchParams('page=-2')).page).toBe(1);
  });

  it('makes the API query, with the whole of the last day', () => {
    const filters = { ...readAuditFilters(new URLSearchParams()), entityType: 'meeting', from: '2017-09-01' };
    expect(auditQuery({ ...filters, to: '2017-09-30', page: 2 })).toEqual({
      limit: 25,
      offset: 25,
      entityType: 'meeting',
      from: '2017-09-01T00:00:00.000Z',
      to: '2017-10-01T00:00:00.000Z',
    });
  });

  it('returns to the first page when a filter changes, and keeps the language', () => {
    const params = new URLSearchParams('lang=ar&page=4&action=user.create');
    expect(withAuditFilters(params, { action: '' }).toString()).toBe('lang=ar');
    expect(withAuditFilters(params, { page: 5 }).toString()).toBe('lang=ar&page=5&action=user.create');
    expect(withAuditFilters(params, { page: 1 }).toString()).toBe('lang=ar&action=user.create');
  });
});

describe('changeValueText', () => {
  it('shows strings as they are, null as null, objects as compact JSON', () => {
    expect(changeValueText('Khartoum')).toBe('Khartoum');
    expect(changeValueText(null)).toBeNull();
    expect(changeValueText({ en: 'A', fr: 'B' })).toBe('{ "en": "A", "fr": "B" }');
    expect(changeValueText(['ar', 'en'])).toBe('[ "ar", "en" ]');
  });
});

describe('recordPath', () => {
  it('links meetings and Member States to their pages, and nothing else', () => {
    expect(recordPath({ entityType: 'meeting', entityId: 'abc' })).toBe('/meetings/abc');
    expect(recordPath({ entityType: 'member-state', entityId: 'EGY' })).toBe('/member-states/EGY');
    expect(recordPath({ entityType: 'document', entityId: 'abc' })).toBe('/contributions/abc');
    expect(recordPath({ entityType: 'instrument-version', entityId: 'abc' })).toBe('/texts/versions/abc');
    expect(recordPath({ entityType: 'user', entityId: 'abc' })).toBeNull();
  });
});
