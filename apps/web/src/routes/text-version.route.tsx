import type { Instrument } from '@tansiq/api';
import { canIssueCorrigenda } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { LocalizedText } from '../components/localized-text.tsx';
import { QueriesStatus } from '../components/query-state.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { useCurrentUser } from '../features/auth/session.queries.ts';
import { CorrigendaList, CorrigendumForm } from '../features/texts/corrigenda.tsx';
import { VersionLabel, VersionList, VersionStatus } from '../features/texts/instrument-entry.tsx';
import { bracketed, instrumentName } from '../features/texts/instrument-name.ts';
import { readingLanguages, versionLanguages, type TextLanguage } from '../features/texts/provisions.ts';
import { useInstrument, useInstrumentVersion, useMeetingsById } from '../features/texts/texts.queries.ts';
import { adoptingMeetingIds } from '../features/texts/version-lineage.ts';
import { VersionText } from '../features/texts/version-text.tsx';
import { formatCalendarDate, languageName } from '../lib/format.ts';
import { useLocale } from '../lib/use-locale.ts';

/** The `compare` value that sets every language of the version side by side. */
const EVERY_LANGUAGE = 'all';

/**
 * The two language pickers: the text's language and, optionally, a second one side by side, or every language
 * the version has (six columns, aligned by provision).
 */
function LanguagePickers({
  available,
  text,
  compare,
  everyLanguage,
}: {
  available: readonly TextLanguage[];
  text: TextLanguage;
  compare: TextLanguage | null;
  everyLanguage: boolean;
}) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const [, setParams] = useSearchParams();
  const choose = (name: 'text' | 'compare', value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === '') {
          next.delete(name);
        } else {
          next.set(name, value);
        }
        return next;
      },
      { replace: true },
    );
  return (
    <form className="filters" aria-label={t('texts.languages')} onSubmit={(event) => event.preventDefault()}>
      <div className="filters__field">
        <label htmlFor="text-language">{t('texts.readIn')}</label>
        <select id="text-language" value={text} onChange={(event) => choose('text', event.target.value)}>
          {available.map((code) => (
            <option key={code} value={code}>
              {languageName(language, code)}
            </option>
          ))}
        </select>
      </div>
      <div className="filters__field">
        <label htmlFor="text-compare">{t('texts.compareWith')}</label>
        <select
          id="text-compare"
          value={everyLanguage ? EVERY_LANGUAGE : (compare ?? '')}
          onChange={(event) => choose('compare', event.target.value)}
        >
          <option value="">{t('texts.noComparison')}</option>
          {available.length > 2 && (
            <option value={EVERY_LANGUAGE}>{t('texts.compareAll', { count: available.length })}</option>
          )}
          {available
            .filter((code) => code !== text)
            .map((code) => (
              <option key={code} value={code}>
                {languageName(language, code)}
              </option>
            ))}
        </select>
      </div>
    </form>
  );
}

/** Whether the text reads with its corrigenda applied (the default) or as adopted: a link to the other reading. */
function ReadingSwitch({ reading }: { reading: 'corrected' | 'adopted' }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const other = new URLSearchParams(params);
  if (reading === 'corrected') {
    other.set('as', 'adopted');
  } else {
    other.delete('as');
  }
  return (
    <p className="notice">
      {reading === 'corrected' ? t('corrigenda.readingCorrected') : t('corrigenda.readingAdopted')}{' '}
      <Link to={{ search: other.toString() }} replace>
        {reading === 'corrected' ? t('corrigenda.showAdopted') : t('corrigenda.showCorrected')}
      </Link>
    </p>
  );
}

const RELATIONS = ['revises', 'merged-into', 'split-from', 'abrogates'] as const;

/** How the instrument relates to others (revises, merged into, …), each linked to the other's page. */
function Lineage({ lineage }: { lineage: Instrument['lineage'] }) {
  const { t } = useTranslation();
  if (lineage.length === 0) {
    return null;
  }
  return (
    <>
      <h3 id="lineage-heading">{t('texts.lineageHeading')}</h3>
      <ul className="inline-list" aria-labelledby="lineage-heading">
        {lineage.map((link) => {
          const relation = RELATIONS.find((candidate) => candidate === link.relation) ?? 'revises';
          return (
            <li key={`${link.relation}-${link.direction}-${link.instrument.id}`}>
              {t(`texts.lineage.${relation}.${link.direction}`, { name: instrumentName(t, link.instrument) })}{' '}
              <span className="muted">
                <LocalizedText text={link.instrument.title} />
              </span>
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** `/texts/versions/:id`: one version of an instrument, structured, in one language or two side by side. */
export function TextVersionPage() {
  const { t } = useTranslation();
  const { language, locale } = useLocale();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const reading = params.get('as') === 'adopted' ? 'adopted' : 'corrected';
  const version = useInstrumentVersion(id, reading);
  const user = useCurrentUser();
  const instrument = useInstrument(version.data?.instrument.id);
  const meetings = useMeetingsById(adoptingMeetingIds(instrument.data?.versions ?? []));
  const name = version.data ? instrumentName(t, version.data.instrument) : t('texts.versionPageTitle');
  useDocumentTitle(
    version.data ? `${name}${bracketed(version.data.texts[language]?.revision ?? version.data.label, language)}` : name,
  );

  if (!version.data || !instrument.data) {
    return <QueriesStatus queries={[version, instrument]} />;
  }
  const available = versionLanguages(version.data);
  const { text, compare } = readingLanguages(
    available,
    { text: params.get('text'), compare: params.get('compare') },
    language,
  );
  const everyLanguage = params.get('compare') === EVERY_LANGUAGE && available.length > 2;
  const shown = everyLanguage ? available : [text, compare].filter((code): code is TextLanguage => code !== null);
  return (
    <article className="record" data-version-id={version.data.id}>
      <p className="meeting__labels">
        <span className="meeting__type">{t(`texts.kinds.${version.data.instrument.kind}`)}</span>
        <VersionStatus status={version.data.status} />
      </p>
      <h1>
        <bdi>{name}</bdi>
        {version.data.texts[language] ? (
          <bdi>{bracketed(version.data.texts[language].revision ?? version.data.label, language)}</bdi>
        ) : (
          <>
            {' '}
            (<VersionLabel version={instrument.data.versions.find(({ id: own }) => own === id) ?? version.data} />)
          </>
        )}
      </h1>
      <p className="page-lead">
        <LocalizedText text={version.data.instrument.title} />
      </p>
      <dl className="facts">
        <div>
          <dt>{t('texts.languages')}</dt>
          <dd>{new Intl.ListFormat(language).format(available.map((code) => languageName(language, code)))}</dd>
        </div>
        {version.data.adoptedOn !== null && (
          <div>
            <dt>{t('texts.adopted')}</dt>
            <dd>
              <time dateTime={version.data.adoptedOn}>{formatCalendarDate(locale, version.data.adoptedOn)}</time>
            </dd>
          </div>
        )}
        <div>
          <dt>{t('texts.library')}</dt>
          <dd>
            <Link to={`/texts?kind=${version.data.instrument.kind}`}>{t('texts.backToLibrary')}</Link>
          </dd>
        </div>
      </dl>
      <section className="record__section" aria-labelledby="versions-heading">
        <h2 id="versions-heading">{t('texts.versionHistory')}</h2>
        <VersionList versions={instrument.data.versions} current={version.data.id} lineage meetings={meetings} />
        <Lineage lineage={instrument.data.lineage} />
      </section>
      <section className="record__section" aria-labelledby="text-heading">
        <h2 id="text-heading">{t('texts.text')}</h2>
        {text === null ? (
          <p className="notice">{t('texts.noText')}</p>
        ) : (
          <>
            <LanguagePickers available={available} text={text} compare={compare} everyLanguage={everyLanguage} />
            {version.data.corrigenda.length > 0 && <ReadingSwitch reading={reading} />}
            <VersionText version={version.data} languages={shown} />
          </>
        )}
      </section>
      <section className="record__section" aria-labelledby="corrigenda-heading">
        <h2 id="corrigenda-heading">{t('corrigenda.heading')}</h2>
        <CorrigendaList version={version.data} />
        {/* The server decides; the form is offered to the secretariat, who issues corrigenda. */}
        {canIssueCorrigenda(user) && version.data.status !== 'abrogated' && available.length > 0 && (
          <CorrigendumForm version={version.data} languages={available} />
        )}
      </section>
    </article>
  );
}
