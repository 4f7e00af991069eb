import type { Synoptic, SynopticEntry } from '@tansiq/api';
import { useTranslation } from 'react-i18next';
import { languageName } from '../../lib/format.ts';
import { useLocale } from '../../lib/use-locale.ts';
import { textDirection, TrackedChange } from '../contributions/tracked-change.tsx';
import { ClassBadge, Score } from './divergence-labels.tsx';
import { sourceAction } from './synoptic.ts';

/** The id of a row's element, for links from the heatmap and the hot spots. */
export const rowAnchor = (provisionId: string) => `provision-${provisionId}`;

/** One source's cell: its mark and proposal number, then its change inline (or why there is none). */
function EntryCell({ entry, base, baseLanguage }: { entry: SynopticEntry; base: string | null; baseLanguage: string }) {
  const { t } = useTranslation();
  const { language: uiLanguage } = useLocale();
  const action = sourceAction(entry);
  if (action === 'none') {
    return (
      <td className="synoptic__cell synoptic__cell--none" data-source={entry.source} data-action={action}>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{t('synoptic.noProposal')}</span>
      </td>
    );
  }
  return (
    <td className={`synoptic__cell synoptic__cell--${action}`} data-source={entry.source} data-action={action}>
      <p className="synoptic__mark">
        <span className="mark">{entry.mark}</span>{' '}
        {entry.number !== null && (
          <bdi className="symbol" dir="ltr">
            {entry.number}
          </bdi>
        )}
      </p>
      {action === 'keep' && <p className="synoptic__note">{t('synoptic.noChange')}</p>}
      {action === 'suppress' && base !== null && <p className="synoptic__note">{t('synoptic.suppressed')}</p>}
      {entry.text !== null && !entry.diffed && (
        <>
          <p className="synoptic__note">
            {t('synoptic.notDiffed', { language: languageName(uiLanguage, entry.language) })}
          </p>
          <p lang={entry.language} dir={textDirection(entry.language)} className="tracked">
            {entry.text}
          </p>
        </>
      )}
      {entry.diffed && entry.ops.length > 0 && (
        <>
          {entry.language !== baseLanguage && (
            <p className="synoptic__note">
              {t('synoptic.inLanguage', { language: languageName(uiLanguage, entry.language) })}
            </p>
          )}
          <TrackedChange ops={entry.ops} language={entry.language} />
        </>
      )}
    </td>
  );
}

/**
 * The synoptic table: one row per provision (added ones where they would go), the base and then each source in
 * the compilation's order, every change inline as insertions and deletions, and the row's class and score.
 */
export function SynopticTable({ synoptic, caption }: { synoptic: Synoptic; caption: string }) {
  const { t } = useTranslation();
  const { language: uiLanguage } = useLocale();
  const baseLanguage = synoptic.language;
  return (
    <div className="table-scroll synoptic-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="table synoptic">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('synoptic.table.provision')}</th>
            <th scope="col">{t('synoptic.table.base', { language: languageName(uiLanguage, baseLanguage) })}</th>
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
            <tr key={row.id} id={rowAnchor(row.id)} data-provision={row.id} data-class={row.class}>
              <th scope="row" lang={baseLanguage} dir={textDirection(baseLanguage)}>
                {row.heading} {row.num}
              </th>
              <td lang={baseLanguage} dir={textDirection(baseLanguage)}>
                {row.base ?? <em lang={uiLanguage}>{t('synoptic.added')}</em>}
              </td>
              {row.entries.map((entry) => (
                <EntryCell key={entry.source} entry={entry} base={row.base} baseLanguage={baseLanguage} />
              ))}
              <td>
                <ClassBadge value={row.class} /> <Score value={row.divergence} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
