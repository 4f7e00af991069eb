import type { RegionDivergence } from '@tansiq/api';
import { provisionLabel } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isolate } from '../../lib/format.ts';
import { useLocale } from '../../lib/use-locale.ts';
import { instrumentName } from '../texts/instrument-name.ts';
import { ClassBadge } from './divergence-labels.tsx';
import { rowAnchor } from './synoptic-table.tsx';
import { formatScore, synopticPath } from './synoptic.ts';

/** The provisions that most divide the regions, most divisive first, each linking to its row. */
export function HotSpots({
  divergence,
  regionName,
}: {
  divergence: RegionDivergence;
  regionName: (id: string) => string;
}) {
  const { t } = useTranslation();
  const { language, locale } = useLocale();
  if (divergence.hotSpots.length === 0) {
    return <p className="notice">{t('synoptic.hotSpots.none')}</p>;
  }
  return (
    <ol className="hot-spots">
      {divergence.hotSpots.map((spot) => (
        <li key={`${spot.version.id}-${spot.provisionId}`} data-provision={spot.provisionId}>
          <Link to={`${synopticPath(divergence.meeting.code, spot.version.id)}#${rowAnchor(spot.provisionId)}`}>
            {t('synoptic.hotSpots.provision', {
              instrument: instrumentName(t, spot.instrument),
              provision: isolate(provisionLabel(spot.provisionId, language, { unnumbered: spot.num === '' })),
            })}
          </Link>{' '}
          <ClassBadge value={spot.class} />{' '}
          {t('synoptic.hotSpots.detail', {
            score: formatScore(locale, spot.regionDivergence),
            regions: new Intl.ListFormat(locale, { type: 'conjunction' }).format(spot.regions.map(regionName)),
          })}
        </li>
      ))}
    </ol>
  );
}
