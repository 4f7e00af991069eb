import type { AuditEvent, Meeting } from '@tansiq/api';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ZonedTime } from '../../components/zoned-time.tsx';
import { LocalizedText } from '../../components/localized-text.tsx';
import { changeValueText, recordPath, withAuditFilters } from './audit-query.ts';
import { entityTypeName } from './entity-type-name.ts';

function ChangeValue({ value }: { value: unknown }) {
  const { t } = useTranslation();
  const text = changeValueText(value);
  return text === null ? <span className="muted">{t('audit.empty')}</span> : <span dir="auto">{text}</span>;
}

/** The fields an event changed, each with its value before and after. */
function Changes({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const fields = Object.entries(event.changes);
  if (fields.length === 0) {
    return <p className="muted">{t('audit.noChanges')}</p>;
  }
  return (
    <table className="changes">
      <caption className="visually-hidden">{t('audit.changesCaption', { sequence: event.sequence })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('audit.field')}</th>
          <th scope="col">{t('audit.before')}</th>
          <th scope="col">{t('audit.after')}</th>
        </tr>
      </thead>
      <tbody>
        {fields.map(([field, change]) => (
          <tr key={field} data-field={field}>
            <th scope="row">
              <code>{field}</code>
            </th>
            <td className="changes__before">
              <ChangeValue value={change.before} />
            </td>
            <td className="changes__after">
              <ChangeValue value={change.after} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The record an event is about: a link to a meeting's page (named by its title), else its kind and id. */
function RecordCell({ event, meetings }: { event: AuditEvent; meetings: ReadonlyMap<string, Meeting> }) {
  const { t } = useTranslation();
  const path = recordPath(event);
  const meeting = meetings.get(event.entityId);
  return (
    <>
      <span className="audit__type">{entityTypeName(t, event.entityType)}</span>{' '}
      {path === null ? (
        <bdi className="audit__id">{event.entityId}</bdi>
      ) : (
        <Link to={path}>{meeting ? <LocalizedText text={meeting.title} /> : <bdi>{event.entityId}</bdi>}</Link>
      )}
    </>
  );
}

/** The audit trail as a table, newest first; each row opens to show the fields it changed. */
export function AuditTable({
  events,
  meetings,
}: {
  events: readonly AuditEvent[];
  meetings: ReadonlyMap<string, Meeting>;
}) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) {
        next.add(id);
      }
      return next;
    });
  const actorLink = (actorId: string) => `?${withAuditFilters(params, { actorId }).toString()}`;

  return (
    <table className="table audit">
      <caption className="visually-hidden">{t('audit.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('audit.when')}</th>
          <th scope="col">{t('audit.actor')}</th>
          <th scope="col">{t('audit.action')}</th>
          <th scope="col">{t('audit.record')}</th>
          <th scope="col">{t('audit.details')}</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => {
          const expanded = open.has(event.id);
          const detailsId = `audit-changes-${event.sequence}`;
          return (
            <Fragment key={event.id}>
              <tr data-action={event.action} data-sequence={event.sequence}>
                <td>
                  <ZonedTime instant={event.occurredAt} />
                </td>
                <td>
                  {event.actorId === null ? (
                    <span className="muted">{t('audit.anonymous')}</span>
                  ) : (
                    <Link to={actorLink(event.actorId)} title={t('audit.onlyThisActor')}>
                      <bdi>{event.actorName ?? event.actorId}</bdi>
                    </Link>
                  )}
                  {event.actorKind === 'system' && <span className="muted"> {t('audit.system')}</span>}
                </td>
                <td>
                  <code className="audit__action">{event.action}</code>
                </td>
                <td>
                  <RecordCell event={event} meetings={meetings} />
                </td>
                <td>
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    aria-expanded={expanded}
                    aria-controls={expanded ? detailsId : undefined}
                    onClick={() => toggle(event.id)}
                  >
                    {expanded
                      ? t('audit.hideChanges')
                      : t('audit.showChanges', { count: Object.keys(event.changes).length })}
                  </button>
                </td>
              </tr>
              {expanded && (
                <tr className="audit__details" id={detailsId}>
                  <td colSpan={5}>
                    <Changes event={event} />
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}
