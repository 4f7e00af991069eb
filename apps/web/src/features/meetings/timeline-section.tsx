import { useTranslation } from 'react-i18next';
import { MeetingCard, type MeetingContext } from './meeting-card.tsx';
import type { TimelineEntry } from './timeline.ts';

/** One part of the timeline under its heading, as an ordered list of meeting cards. */
export function TimelineSection({
  id,
  heading,
  note,
  entries,
  context,
}: {
  id: string;
  heading: string;
  note?: string;
  entries: readonly TimelineEntry[];
  context: MeetingContext;
}) {
  const { t } = useTranslation();
  if (entries.length === 0) {
    return null;
  }
  const headingId = `${id}-heading`;
  return (
    <section className={`timeline-section timeline-section--${id}`} aria-labelledby={headingId}>
      <header className="timeline-section__header">
        <h2 id={headingId}>{heading}</h2>
        <p className="timeline-section__count">{t('timeline.meetingCount', { count: entries.length })}</p>
      </header>
      {note && <p className="timeline-section__note">{note}</p>}
      <ol className="timeline">
        {entries.map((entry) => (
          <li key={entry.meeting.id} className="timeline__item">
            <MeetingCard entry={entry} context={context} />
          </li>
        ))}
      </ol>
    </section>
  );
}
