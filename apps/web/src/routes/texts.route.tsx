import type { Instrument, InstrumentsQuery } from '@tansiq/api';
import { canImportTexts } from '@tansiq/domain';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { VERSION_STATUSES } from '@tansiq/domain';
import { QueriesStatus } from '../components/query-state.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { useCurrentUser } from '../features/auth/session.queries.ts';
import { InstrumentEntry } from '../features/texts/instrument-entry.tsx';
import { TextImportForm } from '../features/texts/text-import-form.tsx';
import { INSTRUMENT_KINDS, sortInstruments } from '../features/texts/provisions.ts';
import { useInstruments } from '../features/texts/texts.queries.ts';

/** The library's filters as the address carries them (`?kind=&status=&q=`); unknown values are ignored. */
function readFilters(params: URLSearchParams): Partial<InstrumentsQuery> {
  const kind = INSTRUMENT_KINDS.find((candidate) => candidate === params.get('kind'));
  const status = VERSION_STATUSES.find((candidate) => candidate === params.get('status'));
  const q = params.get('q')?.trim() ?? '';
  return { ...(kind ? { kind } : {}), ...(status ? { status } : {}), ...(q === '' ? {} : { q }) };
}

function InstrumentFilters() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const [text, setText] = useState(filters.q ?? '');
  // The address changed by other means (the back button): the box follows it.
  useEffect(() => setText(filters.q ?? ''), [filters.q]);
  const set = (name: string, value: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value === '') {
        next.delete(name);
      } else {
        next.set(name, value);
      }
      return next;
    });
  const search = (event: FormEvent) => {
    event.preventDefault();
    set('q', text.trim());
  };
  return (
    <form className="filters" role="search" aria-label={t('texts.filters')} onSubmit={search}>
      <div className="filters__field filters__field--wide">
        <label htmlFor="texts-q">{t('texts.search')}</label>
        <input id="texts-q" type="search" value={text} onChange={(event) => setText(event.target.value)} />
      </div>
      <div className="filters__field">
        <label htmlFor="texts-kind">{t('texts.kind')}</label>
        <select id="texts-kind" value={filters.kind ?? ''} onChange={(event) => set('kind', event.target.value)}>
          <option value="">{t('texts.allKinds')}</option>
          {INSTRUMENT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`texts.kinds.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="filters__field">
        <label htmlFor="texts-status">{t('texts.versionStatus')}</label>
        <select id="texts-status" value={filters.status ?? ''} onChange={(event) => set('status', event.target.value)}>
          <option value="">{t('texts.anyStatus')}</option>
          {VERSION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`texts.status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="filters__actions">
        <button type="submit" className="button">
          {t('texts.searchButton')}
        </button>
      </div>
    </form>
  );
}

function KindSection({ kind, instruments }: { kind: Instrument['kind']; instruments: readonly Instrument[] }) {
  const { t } = useTranslation();
  return (
    <section className="library-kind" aria-labelledby={`kind-${kind}`} data-kind={kind}>
      <div className="library-kind__header">
        <h2 id={`kind-${kind}`}>{t(`texts.kinds.${kind}`)}</h2>
        <p className="library-kind__count">{t('texts.count', { count: instruments.length })}</p>
      </div>
      <div className="library-kind__list">
        {sortInstruments(instruments).map((instrument) => (
          <InstrumentEntry key={instrument.id} instrument={instrument} />
        ))}
      </div>
    </section>
  );
}

/** `/texts`: the texts library by kind, each instrument with its versions and their status. */
export function TextsPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const instruments = useInstruments(readFilters(params));
  const user = useCurrentUser();
  const [importing, setImporting] = useState(false);
  // The server decides; the form is offered to the secretariat, who imports texts.
  const mayImport = canImportTexts(user);
  useDocumentTitle(t('texts.title'));
  return (
    <>
      <div className="page-intro">
        <div className="record__heading">
          <h1>{t('texts.title')}</h1>
          {mayImport && !importing && (
            <button type="button" className="button button--secondary" onClick={() => setImporting(true)}>
              {t('textImport.open')}
            </button>
          )}
        </div>
        <p>{t('texts.intro')}</p>
      </div>
      {mayImport && importing && (
        <section className="record__section">
          <TextImportForm onDone={() => setImporting(false)} />
        </section>
      )}
      <InstrumentFilters />
      {!instruments.data ? (
        <QueriesStatus queries={[instruments]} />
      ) : instruments.data.length === 0 ? (
        <p className="notice" role="status">
          {t('texts.none')}
        </p>
      ) : (
        <div className="results" aria-busy={instruments.isPlaceholderData}>
          {INSTRUMENT_KINDS.map((kind) => {
            const ofKind = instruments.data.filter((instrument) => instrument.kind === kind);
            return ofKind.length === 0 ? null : <KindSection key={kind} kind={kind} instruments={ofKind} />;
          })}
        </div>
      )}
    </>
  );
}
