import { canEditMeetings, canTranslate } from '@tansiq/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LocalizedText } from '../components/localized-text.tsx';
import { QueriesStatus } from '../components/query-state.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { meetingZone, withPageZone } from '../components/zoned-time.tsx';
import { useCurrentUser } from '../features/auth/session.queries.ts';
import { draftsPath } from '../features/consolidation/consolidation.ts';
import { DeadlineList } from '../features/meetings/deadline-list.tsx';
import { MeetingFacts } from '../features/meetings/meeting-details.tsx';
import { useMeeting } from '../features/meetings/meetings.queries.ts';
import { meetingStatus } from '../features/meetings/timeline.ts';
import { useMemberStates, useOrganizations, useRegions } from '../features/registry/registry.queries.ts';
import { compilationPath } from '../features/synoptic/synoptic.ts';
import { translationQueuePath } from '../features/translations/translations.ts';
import { inLanguage } from '../lib/format.ts';
import { useServerClock } from '../lib/server-clock.ts';
import { useLocale } from '../lib/use-locale.ts';

/** One meeting: its facts and its deadlines counting down on the server's clock; "Edit" for the secretariat. */
export function MeetingPage() {
  const { t } = useTranslation();
  const { language } = useLocale();
  const { code = '' } = useParams();
  const meeting = useMeeting(code);
  const memberStates = useMemberStates();
  const regions = useRegions();
  const organizations = useOrganizations();
  const clock = useServerClock();
  const user = useCurrentUser();
  useDocumentTitle(meeting.data ? inLanguage(meeting.data.title, language) : t('meeting.pageTitle'));
  const iso2ByIso3 = useMemo(
    () => new Map((memberStates.data ?? []).map((state) => [state.iso3, state.iso2])),
    [memberStates.data],
  );

  if (!meeting.data || !memberStates.data || !regions.data || !organizations.data || !clock.data) {
    return <QueriesStatus queries={[meeting, memberStates, regions, organizations, clock]} />;
  }
  const status = meetingStatus(meeting.data, new Date(clock.data.now));
  return withPageZone(
    meetingZone(meeting.data),
    <article className="record" data-meeting-type={meeting.data.type}>
      <p className="meeting__labels">
        <span className="meeting__type">{t(`meeting.type.${meeting.data.type}`)}</span>
        <span className={`meeting__status meeting__status--${status}`}>{t(`meeting.status.${status}`)}</span>
      </p>
      <div className="record__heading">
        <h1>
          <LocalizedText text={meeting.data.title} />
        </h1>
        <div className="record__actions">
          <Link className="button" to={`/meetings/${encodeURIComponent(meeting.data.code)}/documents`}>
            {t('meeting.documents')}
          </Link>
          <Link className="button" to={`/meetings/${encodeURIComponent(meeting.data.code)}/delegations`}>
            {t('meeting.delegations')}
          </Link>
          <Link className="button" to={`/meetings/${encodeURIComponent(meeting.data.code)}/agenda`}>
            {t('meeting.agenda')}
          </Link>
          <Link className="button" to={`/meetings/${encodeURIComponent(meeting.data.code)}/officers`}>
            {t('meeting.officers')}
          </Link>
          <Link className="button" to={`/meetings/${encodeURIComponent(meeting.data.code)}/votes`}>
            {t('meeting.votes')}
          </Link>
          <Link className="button" to={compilationPath(meeting.data.code)}>
            {t('meeting.compilation')}
          </Link>
          {user !== null && (
            <Link className="button" to={draftsPath(meeting.data.code)}>
              {t('consolidation.drafts.heading')}
            </Link>
          )}
          {canTranslate(user) && (
            <Link className="button" to={translationQueuePath(meeting.data.code)}>
              {t('translations.queue.heading')}
            </Link>
          )}
          {canEditMeetings(user) && (
            <Link className="button button--secondary" to={`/meetings/${encodeURIComponent(meeting.data.code)}/edit`}>
              {t('meeting.edit')}
            </Link>
          )}
        </div>
      </div>
      <p className="record__code">
        <bdi>{meeting.data.code}</bdi>
      </p>
      <MeetingFacts
        meeting={meeting.data}
        iso2ByIso3={iso2ByIso3}
        regions={regions.data}
        organizations={organizations.data}
      />
      <section className="record__section" aria-labelledby="deadlines-heading">
        <h2 id="deadlines-heading">{t('deadline.heading')}</h2>
        {meeting.data.deadlines.length === 0 ? (
          <p className="notice">{t('deadline.none')}</p>
        ) : (
          <DeadlineList deadlines={meeting.data.deadlines} />
        )}
      </section>
    </article>,
  );
}
