import type { Instrument, Meeting } from '@tansiq/api';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fillSlots, LocalizedText, slot } from '../../components/localized-text.tsx';
import { directionOf, isUiLanguage } from '../../i18n/languages.ts';
import { formatCalendarDate, languageName } from '../../lib/format.ts';
import { useLocale } from '../../lib/use-locale.ts';
import { instrumentName } from './instrument-name.ts';
import { currentVersion } from './provisions.ts';
import { useVersionLabel, type NamedVersion } from './version-label.ts';
import { versionLinks, type VersionLinks } from './version-lineage.ts';

/** The path of a version's page. */
export const versionPath = (id: string) => `/texts/versions/${encodeURIComponent(id)}`;

/** A version's status as a badge: in force, superseded or abrogated, in words (not colour alone). */
export function VersionStatus({ status }: { status: Instrument['versions'][number]['status'] }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${status}`}>{t(`texts.status.${status}`)}</span>;
}

/**
 * A version's label in the reader's language, as the version's text in it prints it ("المراجَع في دبي، 2014"),
 * else as stored in English ("Rev. Dubai, 2014"); isolated, so that it keeps its place in either direction.
 */
export function VersionLabel({ version }: { version: NamedVersion }) {
  const { text, language } = useVersionLabel(version);
  return (
    <bdi lang={language} dir={isUiLanguage(language) ? directionOf(language) : 'ltr'}>
      {text}
    </bdi>
  );
}

/**
 * The versions of an instrument, newest first, each with its status, date and languages; with `lineage`, also
 * the meeting that adopted it (from `meetings`, by id) and the version it revises or that superseded it.
 */
export function VersionList({
  versions,
  current,
  lineage = false,
  meetings,
}: {
  versions: Instrument['versions'];
  current?: string;
  lineage?: boolean;
  meetings?: ReadonlyMap<string, Pick<Meeting, 'code' | 'title'>>;
}) {
  const { t } = useTranslation();
  const { language, locale } = useLocale();
  const list = new Intl.ListFormat(language);
  const links = lineage ? versionLinks(versions) : null;
  return (
    <ul className="versions">
      {versions.map((version) => (
        <li key={version.id} className="versions__item" data-version-status={version.status}>
          {version.id === current ? (
            <span aria-current="page" className="versions__current">
              <VersionLabel version={version} />
            </span>
          ) : (
            <Link to={versionPath(version.id)}>
              <VersionLabel version={version} />
            </Link>
          )}{' '}
          <VersionStatus status={version.status} />{' '}
          {version.adoptedOn !== null && (
            <span className="muted">
              {t('texts.adoptedOn', { date: formatCalendarDate(locale, version.adoptedOn) })}
            </span>
          )}{' '}
          <span className="versions__languages muted">
            {list.format(version.languages.map((code) => languageName(language, code)))}
          </span>
          {links !== null && <VersionLineage version={version} links={links.get(version.id)} meetings={meetings} />}
        </li>
      ))}
    </ul>
  );
}

/** Where a version was adopted, and the versions it revises and that superseded it, each linked. */
function VersionLineage({
  version,
  links,
  meetings,
}: {
  version: Instrument['versions'][number];
  links: VersionLinks | undefined;
  meetings: ReadonlyMap<string, Pick<Meeting, 'code' | 'title'>> | undefined;
}) {
  const { t } = useTranslation();
  const meeting = version.adoptedAtMeetingId === null ? undefined : meetings?.get(version.adoptedAtMeetingId);
  if (meeting === undefined && !links?.revises && !links?.supersededBy) {
    return null;
  }
  return (
    <ul className="versions__lineage">
      {meeting !== undefined && (
        <li data-lineage="adopted-at">
          <Link to={`/meetings/${encodeURIComponent(meeting.code)}`}>
            {fillSlots(t('texts.adoptedAt', { meeting: slot('meeting') }), {
              meeting: <LocalizedText text={meeting.title} isolated />,
            })}
          </Link>
        </li>
      )}
      {links?.revises && (
        <li data-lineage="revises">
          {t('texts.versionRevises')}{' '}
          <Link to={versionPath(links.revises.id)}>
            <VersionLabel version={links.revises} />
          </Link>
        </li>
      )}
      {links?.supersededBy && (
        <li data-lineage="superseded-by">
          {t('texts.versionSupersededBy')}{' '}
          <Link to={versionPath(links.supersededBy.id)}>
            <VersionLabel version={links.supersededBy} />
          </Link>
        </li>
      )}
    </ul>
  );
}

/** One instrument of the library: kind and number, title, and its versions. */
export function InstrumentEntry({ instrument }: { instrument: Instrument }) {
  const { t } = useTranslation();
  const opens = currentVersion(instrument.versions);
  const name = instrumentName(t, instrument);
  return (
    <article className="instrument" data-instrument={`${instrument.kind}-${instrument.number}`}>
      <h3 className="instrument__title">
        {opens === undefined ? (
          name
        ) : (
          <Link to={versionPath(opens.id)}>
            <bdi>{name}</bdi>
          </Link>
        )}
      </h3>
      <p className="instrument__subject">
        <LocalizedText text={instrument.title} />
      </p>
      {instrument.versions.length === 0 ? (
        <p className="muted">{t('texts.noVersions')}</p>
      ) : (
        <VersionList versions={instrument.versions} />
      )}
    </article>
  );
}
