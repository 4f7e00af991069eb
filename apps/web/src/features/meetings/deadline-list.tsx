import type { Deadline } from '@tansiq/api';
import { useTranslation } from 'react-i18next';
import { ZonedTime } from '../../components/zoned-time.tsx';
import { countdown } from './timeline.ts';

function CountdownText({ deadline }: { deadline: Deadline }) {
  const { t } = useTranslation();
  const left = countdown(deadline);
  switch (left.unit) {
    case 'closed':
      return t('deadline.closed');
    case 'days':
      return t('deadline.closesInDays', { days: left.days });
    case 'hours':
      return t('deadline.closesInHours', { hours: left.hours });
  }
}

/** A meeting's deadlines: what is due, the instant it closes in the page's time zone, and how long is left. */
export function DeadlineList({ deadlines }: { deadlines: readonly Deadline[] }) {
  const { t } = useTranslation();
  if (deadlines.length === 0) {
    return null;
  }
  return (
    <ul className="deadlines" aria-label={t('deadline.heading')}>
      {deadlines.map((deadline) => (
        <li
          key={deadline.kind}
          className={deadline.closed ? 'deadline deadline--closed' : 'deadline deadline--open'}
          data-deadline-kind={deadline.kind}
        >
          <span className="deadline__kind">{t(`deadline.kind.${deadline.kind}`)}</span>
          <ZonedTime className="deadline__when" instant={deadline.closesAt} />
          <span className="deadline__countdown">
            <CountdownText deadline={deadline} />
          </span>
        </li>
      ))}
    </ul>
  );
}
