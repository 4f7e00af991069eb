import type { MemberStateDetail } from '@tansiq/api';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fillSlots, LocalizedText, slot } from '../../components/localized-text.tsx';
import { formatDateRange } from '../../lib/format.ts';
import { useLocale } from '../../lib/use-locale.ts';
import { groupParticipation } from './directory.ts';

/**
 * A Member State's participation, cycle by cycle (oldest first): the meetings it attended with their dates, or,
 * for the older conferences whose records say no more, that it took part in the conference.
 */
export function ParticipationHistory({ participation }: { participation: MemberStateDetail['participation'] }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const cycles = groupParticipation(participation);
  if (cycles.length === 0) {
    return <p className="notice">{t('memberState.noParticipation')}</p>;
  }
  return (
    <ol className="history">
      {cycles.map(({ cycle, meetings }) => (
        <li key={cycle.id} className="history__cycle" data-cycle={cycle.code}>
          <h3 className="history__title">
            {fillSlots(t('memberState.cycle', { cycle: cycle.name, year: cycle.year, city: slot('city') }), {
              city: <LocalizedText text={cycle.city} isolated />,
            })}
          </h3>
          {meetings.length === 0 ? (
            <p className="history__note">{t('memberState.conferenceOnly')}</p>
          ) : (
            <ul className="history__meetings">
              {meetings.map((meeting) => (
                <li key={meeting.id} className="history__meeting">
                  <Link to={`/meetings/${encodeURIComponent(meeting.code)}`}>
                    <LocalizedText text={meeting.title} />
                  </Link>{' '}
                  <time className="history__dates" dateTime={meeting.startsOn}>
                    {formatDateRange(locale, meeting.startsOn, meeting.endsOn)}
                  </time>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
