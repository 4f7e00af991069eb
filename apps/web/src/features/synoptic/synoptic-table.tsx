import type { Synoptic, SynopticEntry } from '@tansiq/api';
import { provisionLabel } from '@tansiq/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageName } from '../../lib/format.ts';
import { useLocale } from '../../lib/use-locale.ts';
import { textDirection, TrackedChange } from '../contributions/tracked-change.tsx';
import { ClassBadge, Score } from './divergence-labels.tsx';
import { sourceAction } from './synoptic.ts';

/** The id of a row's element, for links from the heatmap and the hot spots. */
export const rowAnchor = (provisionId: string) => `provision-${provisionId}`;

/** Whether an entry's proposal number names its source already (`AFCP/2/1` for AFCP). */
const numberNamesSource = (entry: SynopticEntry) => entry.number?.startsWith(`${entry.source}/`) === true;

/**
 * How an entry's text is shown when it is not as written in the compilation's language: a published
 * translation, with its original one click away, or a text awaiting translation, shown as written.
 */
function ShownAsNote({ entry }: { entry: SynopticEntry }) {
  const { t } = useTranslation();
  const { language: uiLanguage } = useLocale();
  const [open, setOpen] = useState(false);
  const originalId = useId();
  if (entry.shownAs === 'awaiting-translation') {
    return <p className="synoptic__note synoptic__shown">{t('synoptic.awaitingTranslation')}</p>;
  }
  const original = entry.original;
  if (entry.shownAs !== 'translation' || original === null) {
    return null;
  }
  const originalLanguage = languageName(uiLanguage, original.language);
  return (
    <>
      <p className="synoptic__note synoptic__shown">
        {t('synoptic.translation', { language: originalLanguage })}
        {original.text !== null && (
          <>
            {' '}
            <button
              type="button"
              className="button button--small button--secondary synoptic__original-toggle"
              aria-expanded={open}
              aria-controls={originalId}
              onClick={() => setOpen((shown) => !shown)}
            >
              {t(open ? 'synoptic.hideOriginal' : 'synoptic.showOriginal')}
            </button>
          </>
        )}
      </p>
      {original.text !== null && (
        <div id={originalId} className="synoptic__original" hidden={!open}>
          <p className="synoptic__note">{t('synoptic.originalText', { language: originalLanguage })}</p>
          <p lang={original.language} dir={textDirection(original.language)}>
            {original.text}
          </p>
        </div>
      )}
    </>
  );
}

/** One source's proposal on a provision: its mark and proposal number, then its change inline (or its note). */
function EntryItem({ entry, base, baseLanguage }: { entry: SynopticEntry; base: string | null; baseLanguage: string }) {
  const { t } = useTranslation();
  const { language: uiLanguage } = useLocale();
  const action = sourceAction(entry);
  return (
    <li
      className={`synoptic__entry synoptic__entry--${action}`}
      data-source={entry.source}
      data-action={action}
      data-shown-as={entry.shownAs}
    >
      <p className="synoptic__mark">
        {!numberNamesSource(entry) && (
          <>
            <bdi dir="ltr" className="synoptic__source">
              {entry.source}
            </bdi>{' '}
          </>
        )}
        <span className="mark">{entry.mark}</span>{' '}
        {entry.number !== null && (
          <bdi className="symbol" dir="ltr">
            {entry.number}
          </bdi>
        )}
      </p>
      <ShownAsNote entry={entry} />
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
    </li>
  );
}

/**
 * The synoptic table: one row per provision (added ones where they would go) with the base text, the proposals
 * of the sources that say something on it in the compilation's order (a source silent on a provision takes no
 * room there), every change inline as insertions and deletions, and the row's class and score. Columns follow
 * their content on a wide screen; on a narrow one each provision is a block, its parts one under the other.
 */
export function SynopticTable({ synoptic, caption }: { synoptic: Synoptic; caption: string }) {
  const { t } = useTranslation();
  const { language: uiLanguage } = useLocale();
  const baseLanguage = synoptic.language;
  const baseHeading = t('synoptic.table.base', { language: languageName(uiLanguage, baseLanguage) });
  return (
    <div className="table-scroll synoptic-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="table synoptic">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('synoptic.table.provision')}</th>
            <th scope="col">{baseHeading}</th>
            <th scope="col">{t('synoptic.table.proposals')}</th>
            <th scope="col">{t('synoptic.table.class')}</th>
          </tr>
        </thead>
        <tbody>
          {synoptic.rows.map((row) => {
            const proposed = row.entries.filter((entry) => sourceAction(entry) !== 'none');
            return (
              <tr key={row.id} id={rowAnchor(row.id)} data-provision={row.id} data-class={row.class}>
                <th scope="row">{provisionLabel(row.id, uiLanguage, { unnumbered: row.num === '' })}</th>
                <td className="synoptic__base">
                  <span className="synoptic__label">{baseHeading}</span>
                  {row.base === null ? (
                    <p>
                      <em>{t('synoptic.added')}</em>
                    </p>
                  ) : (
                    <p lang={baseLanguage} dir={textDirection(baseLanguage)}>
                      {row.base}
                    </p>
                  )}
                </td>
                <td className={`synoptic__proposals${proposed.length === 0 ? ' synoptic__proposals--none' : ''}`}>
                  {proposed.length === 0 ? (
                    <p className="synoptic__note">{t('synoptic.noProposal')}</p>
                  ) : (
                    <ul className="synoptic__entries" aria-label={t('synoptic.table.proposals')}>
                      {proposed.map((entry) => (
                        <EntryItem key={entry.source} entry={entry} base={row.base} baseLanguage={baseLanguage} />
                      ))}
                    </ul>
                  )}
                </td>
                <td className="synoptic__class">
                  <ClassBadge value={row.class} /> <Score value={row.divergence} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
