import type { Synoptic } from '@tansiq/api';
import { provisionLabel } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../lib/use-locale.ts';
import { ClassBadge } from './divergence-labels.tsx';
import { rowAnchor } from './synoptic-table.tsx';
import { SOURCE_ACTIONS, sourceAction } from './synoptic.ts';

/**
 * The heatmap of provisions by sources: each cell coloured by what the source does (keeps, modifies, adds,
 * suppresses) and carrying the mark in letters, so that colour is never the only sign; each provision links to
 * its row of the synoptic table.
 */
export function SourceHeatmap({ synoptic }: { synoptic: Synoptic }) {
  const { t } = useTranslation();
  const { language } = useLocale();
  return (
    <>
      <ul className="heat-legend" aria-label={t('synoptic.heatmap.legend')}>
        {SOURCE_ACTIONS.map((action) => (
          <li key={action}>
            <span className={`heat-legend__swatch action--${action}`} aria-hidden="true" />
            {t(`synoptic.action.${action}`)}
          </li>
        ))}
      </ul>
      <div
        className="table-scroll synoptic-scroll"
        tabIndex={0}
        role="region"
        aria-label={t('synoptic.heatmap.caption')}
      >
        <table className="table heatmap">
          <caption>{t('synoptic.heatmap.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('synoptic.table.provision')}</th>
              {synoptic.sources.map((source) => (
                <th scope="col" key={source.source}>
                  <bdi dir="ltr">{source.source}</bdi>
                </th>
              ))}
              <th scope="col">{t('synoptic.table.class')}</th>
            </tr>
          </thead>
          <tbody>
            {synoptic.rows.map((row) => (
              <tr key={row.id} data-provision={row.id}>
                <th scope="row">
                  <a href={`#${rowAnchor(row.id)}`}>
                    {provisionLabel(row.id, language, { unnumbered: row.num === '' })}
                  </a>
                </th>
                {row.entries.map((entry) => {
                  const action = sourceAction(entry);
                  return (
                    <td key={entry.source} className={`heatmap__cell action--${action}`} data-action={action}>
                      {action === 'none' ? (
                        <span className="visually-hidden">{t('synoptic.action.none')}</span>
                      ) : (
                        <abbr title={t(`synoptic.action.${action}`)}>{entry.mark}</abbr>
                      )}
                    </td>
                  );
                })}
                <td>
                  <ClassBadge value={row.class} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
