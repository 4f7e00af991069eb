import type { Organization, Region } from '@tansiq/api';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useLocale } from '../../lib/use-locale.ts';
import { readDirectoryFilters, withFilter } from './directory.ts';

/** How long typing must pause before the search goes into the address (and to the server). */
const SEARCH_DELAY_MS = 300;

/**
 * The directory's search box and filters. Each lives in the address (`?q=&region=&organization=`), so a search
 * can be shared and the back button undoes it; the search box writes there once typing pauses.
 */
export function DirectoryFilters({
  regions,
  organizations,
}: {
  regions: readonly Region[];
  organizations: readonly Organization[];
}) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const [params, setParams] = useSearchParams();
  const filters = readDirectoryFilters(params);
  const [text, setText] = useState(filters.q);
  const lastWritten = useRef(filters.q);

  // The address changed by other means (back button, "clear"): the box follows it.
  useEffect(() => {
    if (filters.q !== lastWritten.current) {
      lastWritten.current = filters.q;
      setText(filters.q);
    }
  }, [filters.q]);

  useEffect(() => {
    if (text === lastWritten.current) {
      return undefined;
    }
    const timer = setTimeout(() => {
      lastWritten.current = text;
      setParams((current) => withFilter(current, 'q', text), { replace: true });
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, setParams]);

  const choose = (name: 'region' | 'organization', value: string) =>
    setParams((current) => withFilter(current, name, value));
  const clear = () => {
    lastWritten.current = '';
    setText('');
    setParams((current) => {
      const next = new URLSearchParams(current);
      ['q', 'region', 'organization'].forEach((name) => next.delete(name));
      return next;
    });
  };
  const filtered = text !== '' || filters.region !== null || filters.organization !== null;

  return (
    <form
      className="filters"
      role="search"
      aria-label={t('directory.searchLabel')}
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="filters__field filters__field--wide">
        <label htmlFor="directory-q">{t('directory.search')}</label>
        <input
          id="directory-q"
          type="search"
          value={text}
          autoComplete="off"
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <div className="filters__field">
        <label htmlFor="directory-region">{t('directory.region')}</label>
        <select id="directory-region" value={filters.region ?? ''} onChange={(e) => choose('region', e.target.value)}>
          <option value="">{t('directory.allRegions')}</option>
          {regions.map((region) => (
            <option key={region.id} value={region.id}>
              {region.name[language] ?? region.name.en}
            </option>
          ))}
        </select>
      </div>
      <div className="filters__field">
        <label htmlFor="directory-organization">{t('directory.organization')}</label>
        <select
          id="directory-organization"
          value={filters.organization ?? ''}
          onChange={(e) => choose('organization', e.target.value)}
        >
          <option value="">{t('directory.allOrganizations')}</option>
          {organizations.map((organization) => (
            <option key={organization.code} value={organization.code}>
              {`${organization.code} · ${organization.name[language] ?? organization.name.en}`}
            </option>
          ))}
        </select>
      </div>
      {filtered && (
        <button type="button" className="button button--secondary filters__clear" onClick={clear}>
          {t('directory.clear')}
        </button>
      )}
    </form>
  );
}
