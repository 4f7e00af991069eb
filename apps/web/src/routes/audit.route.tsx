import { canReadAudit } from '@tansiq/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { QueriesStatus } from '../components/query-state.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { AuditFiltersForm } from '../features/audit/audit-filters-form.tsx';
import { AUDIT_PAGE_SIZE, auditQuery, readAuditFilters, withAuditFilters } from '../features/audit/audit-query.ts';
import { AuditTable } from '../features/audit/audit-table.tsx';
import { useAllMeetings, useAuditEvents } from '../features/audit/audit.queries.ts';
import { RequireUser } from '../features/auth/require-user.tsx';
import { formatNumber } from '../lib/format.ts';
import { useLocale } from '../lib/use-locale.ts';

function AuditTrail() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const [params] = useSearchParams();
  const filters = readAuditFilters(params);
  const events = useAuditEvents(auditQuery(filters), true);
  const meetings = useAllMeetings(true);
  const meetingsById = useMemo(() => new Map((meetings.data ?? []).map((m) => [m.id, m])), [meetings.data]);
  useDocumentTitle(t('audit.title'));

  const number = { format: (value: number) => formatNumber(locale, value) };
  const page = events.data?.page;
  const pageLink = (target: number) => `?${withAuditFilters(params, { page: target }).toString()}`;
  return (
    <>
      <div className="page-intro">
        <h1>{t('audit.title')}</h1>
        <p>{t('audit.intro')}</p>
      </div>
      <AuditFiltersForm />
      {!events.data ? (
        <QueriesStatus queries={[events]} />
      ) : events.data.data.length === 0 ? (
        <p className="notice" role="status">
          {t('audit.none')}
        </p>
      ) : (
        <div className="results" aria-busy={events.isPlaceholderData}>
          <p className="results-count" role="status">
            {t('audit.showing', {
              first: number.format((page?.offset ?? 0) + 1),
              last: number.format((page?.offset ?? 0) + events.data.data.length),
              total: page?.total ?? 0,
            })}
          </p>
          <div className="table-scroll">
            <AuditTable events={events.data.data} meetings={meetingsById} />
          </div>
          <nav className="pager" aria-label={t('audit.pages')}>
            {filters.page > 1 && (
              <Link className="button button--secondary" to={pageLink(filters.page - 1)} rel="prev">
                {t('audit.newer')}
              </Link>
            )}
            {page !== undefined && page.offset + AUDIT_PAGE_SIZE < page.total && (
              <Link className="button button--secondary" to={pageLink(filters.page + 1)} rel="next">
                {t('audit.older')}
              </Link>
            )}
          </nav>
        </div>
      )}
    </>
  );
}

/** `/audit`: the secretariat reads and filters the trail of every write. */
export function AuditPage() {
  const { t } = useTranslation();
  return (
    <RequireUser allow={canReadAudit} title={t('audit.title')}>
      {() => <AuditTrail />}
    </RequireUser>
  );
}
