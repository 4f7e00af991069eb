import type { RegionDivergence } from '@tansiq/api';
import { useTranslation } from 'react-i18next';
import { LocalizedText } from '../../components/localized-text.tsx';
import { useLocale } from '../../lib/use-locale.ts';
import { formatScore, heatLevel } from './synoptic.ts';

/**
 * The region-by-region matrix: how far two regions' proposals diverge, from 0 to 1, as a number in every cell
 * (the colour, darker for more divergence, only repeats it), the diagonal being a region's own sources.
 */
export function RegionMatrix({ divergence }: { divergence: RegionDivergence }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  if (divergence.regions.length === 0) {
    return <p className="notice">{t('synoptic.regions.none')}</p>;
  }
  // The explanation is a paragraph above the table rather than its caption: a caption is as wide as the table,
  // so on a narrow screen it would scroll with it, half out of sight.
  return (
    <>
      <p id="region-matrix-caption">
        {t('synoptic.regions.caption', { none: formatScore(locale, 0), full: formatScore(locale, 1) })}
      </p>
      {/* Named by the explanation, not the heading: the section around it already bears the heading's name, and
          two regions of one name cannot be told apart in a list of landmarks. */}
      <div className="table-scroll synoptic-scroll" tabIndex={0} role="region" aria-labelledby="region-matrix-caption">
        <table className="table region-matrix" aria-describedby="region-matrix-caption">
          <caption className="visually-hidden">{t('synoptic.regions.heading')}</caption>
          <thead>
            <tr>
              <td />
              {divergence.regions.map((region) => (
                <th scope="col" key={region.id}>
                  <LocalizedText text={region.name} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {divergence.regions.map((region, i) => (
              <tr key={region.id} data-region={region.id}>
                <th scope="row">
                  <LocalizedText text={region.name} />{' '}
                  <span className="region-matrix__sources">
                    (
                    {region.sources.map((source, index) => (
                      <span key={source}>
                        {index > 0 && ', '}
                        <bdi dir="ltr">{source}</bdi>
                      </span>
                    ))}
                    )
                  </span>
                </th>
                {divergence.regions.map((other, j) => {
                  const value = divergence.matrix[i]?.[j] ?? 0;
                  return (
                    <td
                      key={other.id}
                      className={`region-matrix__cell heat--${heatLevel(value)}`}
                      data-region={other.id}
                    >
                      {formatScore(locale, value)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
