import { canEditMeetings } from '@tansiq/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueriesStatus } from '../components/query-state.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { useCurrentUser } from '../features/auth/session.queries.ts';
import { useCycle, useCycleMeetings } from '../features/meetings/meetings.queries.ts';
import { buildTimeline } from '../features/meetings/timeline.ts';
import { TimelineSection } from '../features/meetings/timeline-section.tsx';
import { useMemberStates } from '../features/registry/registry.queries.ts';
import { fillSlots, LocalizedText, slot } from '../components/localized-text.tsx';
import { useServerClock } from '../lib/server-clock.ts';

/** The cycle the first page shows: the demo's, until there is a choice of cycles. */
const CYCLE = 'wtdc-17';

/** The first page: the meetings of the WTDC-17 cycle in the order they are held, with their deadlines. */
export function CycleTimelinePage() {
  const { t } = useTranslation();
  const cycle = useCycle(CYCLE);
  const meetings = useCycleMeetings(CYCLE);
  const memberStates = useMemberStates();
  const clock = useServerClock();
  const user = useCurrentUser();
  useDocumentTitle(cycle.data ? t('timeline.title', { cycle: cycle.data.name }) : t('nav.timeline'));

  const timeline = useMemo(() => buildTimeline(meetings.data ?? []), [meetings.data]);
  const iso2ByIso3 = useMemo(
    () => new Map((memberStates.data ?? []).map((state) => [state.iso3, state.iso2])),
    [memberStates.data],
  );

  if (!cycle.data || !meetings.data || !memberStates.data || !clock.data) {
    return <QueriesStatus queries={[cycle, meetings, memberStates, clock]} />;
  }

  const context = { now: new Date(clock.data.now), iso2ByIso3 };
  return (
    <>
      <div className="page-intro">
        <div className="record__heading">
          <h1>{t('timeline.title', { cycle: cycle.data.name })}</h1>
          {canEditMeetings(user) && (
            <Link className="button button--secondary" to="/meetings/new">
              {t('timeline.newMeeting')}
            </Link>
          )}
        </div>
        <p>
          {fillSlots(t('timeline.intro', { city: slot('city') }), {
            city: <LocalizedText text={cycle.data.city} isolated />,
          })}
        </p>
      </div>
      {meetings.data.length === 0 && <p className="notice">{t('timeline.empty')}</p>}
      <TimelineSection
        id="regional"
        heading={t('timeline.sections.regional')}
        note={timeline.regional.some((entry) => entry.forum) ? t('timeline.sections.regionalNote') : undefined}
        entries={timeline.regional}
        context={context}
      />
      <TimelineSection
        id="coordination"
        heading={t('timeline.sections.coordination')}
        entries={timeline.coordination}
        context={context}
      />
      <TimelineSection
        id="conference"
        heading={t('timeline.sections.conference')}
        entries={timeline.conference}
        context={context}
      />
    </>
  );
}
