import type { DivergenceClass, DraftProvision } from '@tansiq/api';
import { provisionLabel } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../lib/use-locale.ts';
import { ClassBadge } from '../synoptic/divergence-labels.tsx';
import { draftPath, provisionMarkers } from './consolidation.ts';

/**
 * Every provision of a draft as a link, with its class in the compilation (when proposals divide it) and what the
 * draft holds: added, proposals picked, brackets open, edited, suppressed; and the provisions with work not saved
 * yet (`unsaved`: ticks not merged, text not saved). The selected one is the current page.
 */
export function ProvisionList({
  draftId,
  provisions,
  selected,
  classes,
  unsaved,
}: {
  draftId: string;
  provisions: readonly DraftProvision[];
  selected: string;
  classes: ReadonlyMap<string, DivergenceClass>;
  unsaved: ReadonlySet<string>;
}) {
  const { t } = useTranslation();
  const { language: uiLanguage } = useLocale();
  return (
    <nav className="provision-list" aria-label={t('consolidation.provisions')}>
      <ol>
        {provisions.map((provision) => {
          const divergence = classes.get(provision.id);
          const markers = [...provisionMarkers(provision), ...(unsaved.has(provision.id) ? ['unsaved' as const] : [])];
          return (
            <li
              key={provision.id}
              data-provision={provision.id}
              data-markers={markers.join(' ')}
              className={
                provision.id === selected
                  ? 'provision-list__item provision-list__item--current'
                  : 'provision-list__item'
              }
            >
              <Link
                to={draftPath(draftId, provision.id)}
                replace
                aria-current={provision.id === selected ? 'page' : undefined}
              >
                {provisionLabel(provision.id, uiLanguage, { unnumbered: provision.num === '' })}
              </Link>
              {(markers.length > 0 || (divergence !== undefined && divergence !== 'unchanged')) && (
                <span className="provision-list__markers">
                  {divergence !== undefined && divergence !== 'unchanged' && <ClassBadge value={divergence} />}
                  {markers.map((marker) => (
                    <span key={marker} className={`badge draft-marker draft-marker--${marker}`}>
                      {marker === 'brackets'
                        ? t('consolidation.markers.brackets', { count: provision.openBrackets.length })
                        : t(`consolidation.markers.${marker}`)}
                    </span>
                  ))}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
