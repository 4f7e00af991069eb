import type { Meeting, Organization, Region } from '@tansiq/api';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LocalizedText } from '../../components/localized-text.tsx';
import { meetingZone, useZoneName } from '../../components/zoned-time.tsx';
import { formatZoneOffset, languageName } from '../../lib/format.ts';
import { useLocale } from '../../lib/use-locale.ts';
import { Dates, Place } from './meeting-card.tsx';

/**
 * A meeting's facts: dates, venue, time zone (its local time named by its city, with its offset from UTC),
 * languages, region or organization, cycle.
 */
export function MeetingFacts({
  meeting,
  iso2ByIso3,
  regions,
  organizations,
}: {
  meeting: Meeting;
  iso2ByIso3: ReadonlyMap<string, string>;
  regions: readonly Region[];
  organizations: readonly Organization[];
}) {
  const { t } = useTranslation();
  const { language, locale } = useLocale();
  const zoneName = useZoneName(meetingZone(meeting));
  const region = regions.find((candidate) => candidate.id === meeting.regionId);
  const organization = organizations.find((candidate) => candidate.code === meeting.organizationCode);
  return (
    <dl className="facts">
      <div>
        <dt>{t('meeting.dates')}</dt>
        <dd>
          <Dates meeting={meeting} />
        </dd>
      </div>
      <div>
        <dt>{t('meeting.venue')}</dt>
        <dd>
          <Place meeting={meeting} iso2ByIso3={iso2ByIso3} />
        </dd>
      </div>
      <div>
        <dt>{t('meeting.timeZone')}</dt>
        <dd data-fact="time-zone">
          {t('time.withOffset', {
            zone: zoneName,
            offset: formatZoneOffset(locale, meeting.timeZone, new Date(`${meeting.startsOn}T12:00:00Z`)),
          })}
        </dd>
      </div>
      <div>
        <dt>{t('meeting.languages')}</dt>
        <dd>{new Intl.ListFormat(language).format(meeting.languages.map((code) => languageName(language, code)))}</dd>
      </div>
      {region && (
        <div>
          <dt>{t('meeting.region')}</dt>
          <dd>
            <LocalizedText text={region.name} />
          </dd>
        </div>
      )}
      {organization && (
        <div>
          <dt>{t('meeting.organization')}</dt>
          <dd>
            <bdi>{organization.code}</bdi> · <LocalizedText text={organization.name} />
          </dd>
        </div>
      )}
      <div>
        <dt>{t('meeting.cycle')}</dt>
        <dd>
          <Link to="/">{meeting.cycleCode.toUpperCase()}</Link>
        </dd>
      </div>
    </dl>
  );
}
