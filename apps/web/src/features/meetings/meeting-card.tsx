import type { Meeting } from '@tansiq/api';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fillSlots, LocalizedText, slot } from '../../components/localized-text.tsx';
import { countryName, formatDateRange } from '../../lib/format.ts';
import { useLocale } from '../../lib/use-locale.ts';
import { DeadlineList } from './deadline-list.tsx';
import { meetingStatus, type TimelineEntry } from './timeline.ts';

/** What a meeting card needs beside the meeting: the server's now and the alpha-2 code of each Member State. */
export interface MeetingContext {
  now: Date;
  iso2ByIso3: ReadonlyMap<string, string>;
}

/** Where a meeting is held: its city in the UI language and the country's name. */
export function Place({ meeting, iso2ByIso3 }: { meeting: Meeting; iso2ByIso3: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const iso2 = meeting.countryIso3 === null ? undefined : iso2ByIso3.get(meeting.countryIso3);
  const city = <LocalizedText text={meeting.city} isolated />;
  if (iso2 === undefined) {
    return city;
  }
  return <>{fillSlots(t('meeting.place', { city: slot('city'), country: countryName(language, iso2) }), { city })}</>;
}

/** A meeting's dates as one range in the reader's locale. */
export function Dates({ meeting }: { meeting: Meeting }) {
  const { locale } = useLocale();
  return <time dateTime={meeting.startsOn}>{formatDateRange(locale, meeting.startsOn, meeting.endsOn)}</time>;
}

/** The regional development forum shown inside the card of the preparatory meeting it precedes. */
function Forum({ forum, context }: { forum: Meeting; context: MeetingContext }) {
  const { t } = useTranslation();
  return (
    <article className="forum" data-meeting-type={forum.type}>
      <p className="forum__label">{t('meeting.forum')}</p>
      <h4 className="forum__title">
        <Link to={`/meetings/${encodeURIComponent(forum.code)}`}>
          <LocalizedText text={forum.title} />
        </Link>
      </h4>
      <p className="forum__facts">
        <Dates meeting={forum} /> · <Place meeting={forum} iso2ByIso3={context.iso2ByIso3} />
      </p>
      <DeadlineList deadlines={forum.deadlines} />
    </article>
  );
}

/** One meeting of the timeline: type and status, title, dates, venue, deadlines, and its forum if any. */
export function MeetingCard({ entry, context }: { entry: TimelineEntry; context: MeetingContext }) {
  const { t } = useTranslation();
  const { meeting, forum } = entry;
  const status = meetingStatus(meeting, context.now);
  return (
    <article className={`meeting meeting--${meeting.type}`} data-meeting-type={meeting.type}>
      <p className="meeting__labels">
        <span className="meeting__type">{t(`meeting.type.${meeting.type}`)}</span>
        <span className={`meeting__status meeting__status--${status}`}>{t(`meeting.status.${status}`)}</span>
      </p>
      <h3 className="meeting__title">
        <Link to={`/meetings/${encodeURIComponent(meeting.code)}`}>
          <LocalizedText text={meeting.title} />
        </Link>
      </h3>
      <dl className="meeting__facts">
        <div>
          <dt>{t('meeting.dates')}</dt>
          <dd>
            <Dates meeting={meeting} />
          </dd>
        </div>
        <div>
          <dt>{t('meeting.venue')}</dt>
          <dd className="meeting__venue">
            <Place meeting={meeting} iso2ByIso3={context.iso2ByIso3} />
          </dd>
        </div>
      </dl>
      <DeadlineList deadlines={meeting.deadlines} />
      {forum && <Forum forum={forum} context={context} />}
    </article>
  );
}
