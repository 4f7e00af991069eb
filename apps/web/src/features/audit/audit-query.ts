import type { AuditEvent, AuditQuery } from '@tansiq/api';

/** Rows per page of the audit view. */
export const AUDIT_PAGE_SIZE = 25;

/** The kinds of record the trail knows today, for the entity-type filter. */
export const AUDIT_ENTITY_TYPES = [
  'meeting',
  'cycle',
  'deadline-rules',
  'member-state',
  'entity',
  'user',
  'api-token',
  'document',
  'instrument-version',
] as const;

/** The actions the trail records today, suggested in the action filter (any other may be typed). */
export const AUDIT_ACTIONS = [
  'meeting.create',
  'meeting.update',
  'cycle.create',
  'deadline-rules.replace',
  'entity.create',
  'participation.record',
  'session.create',
  'session.delete',
  'user.create',
  'user.update',
  'user.password-change',
  'api-token.create',
  'api-token.revoke',
  'instrument-version.import',
  'contribution.create',
  'contribution.submit',
  'proposal.add',
  'proposal.remove',
  'common-proposal.sign',
  'common-proposal.object',
  'common-proposal.withdraw',
] as const;

/** The audit view's filters and page, as the address carries them; dates are calendar days in UTC. */
export interface AuditFilters {
  entityType: string;
  entityId: string;
  action: string;
  actorId: string;
  from: string;
  to: string;
  page: number;
}

export const AUDIT_FILTER_NAMES = ['entityType', 'entityId', 'action', 'actorId', 'from', 'to'] as const;

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the filters from the address; a malformed date or page is ignored. */
export function readAuditFilters(params: URLSearchParams): AuditFilters {
  const text = (name: string) => params.get(name)?.trim() ?? '';
  const date = (name: string) => (CALENDAR_DATE.test(text(name)) ? text(name) : '');
  const page = Number.parseInt(text('page'), 10);
  return {
    entityType: text('entityType'),
    entityId: text('entityId'),
    action: text('action'),
    actorId: text('actorId'),
    from: date('from'),
    to: date('to'),
    page: Number.isSafeInteger(page) && page > 1 ? page : 1,
  };
}

/** The day after a calendar date. */
function nextDay(calendarDate: string): string {
  const date = new Date(`${calendarDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** The API query of the filters: `to` includes its whole day (the API's `to` is exclusive). */
export function auditQuery(filters: AuditFilters): Partial<AuditQuery> {
  const query: Partial<AuditQuery> = { limit: AUDIT_PAGE_SIZE, offset: (filters.page - 1) * AUDIT_PAGE_SIZE };
  for (const name of ['entityType', 'entityId', 'action', 'actorId'] as const) {
    if (filters[name] !== '') {
      query[name] = filters[name];
    }
  }
  if (filters.from !== '') {
    query.from = `${filters.from}T00:00:00.000Z`;
  }
  if (filters.to !== '') {
    query.to = `${nextDay(filters.to)}T00:00:00.000Z`;
  }
  return query;
}

/** The address parameters for new filters (back to the first page), keeping the others (`lang` among them). */
export function withAuditFilters(params: URLSearchParams, filters: Partial<AuditFilters>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [name, value] of Object.entries(filters)) {
    const text = String(value).trim();
    if (text === '' || (name === 'page' && text === '1')) {
      next.delete(name);
    } else {
      next.set(name, text);
    }
  }
  if (!('page' in filters)) {
    next.delete('page');
  }
  return next;
}

/** A value before or after a change, as text: strings as they are, null as null, anything else as JSON. */
export function changeValueText(value: unknown): string | null {
  if (value === null || value === undefined) {
    return null;
  }
  return typeof value === 'string' ? value : JSON.stringify(value, null, 1).replace(/\n\s*/g, ' ');
}

/** The app's page of the record an event is about, when there is one. */
export function recordPath(event: Pick<AuditEvent, 'entityType' | 'entityId'>): string | null {
  const id = encodeURIComponent(event.entityId);
  switch (event.entityType) {
    case 'meeting':
      return `/meetings/${id}`;
    case 'member-state':
      return `/member-states/${id}`;
    case 'document':
      return `/contributions/${id}`;
    case 'instrument-version':
      return `/texts/versions/${id}`;
    default:
      return null;
  }
}
