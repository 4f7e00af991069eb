import type { AdoptionChange, AdoptionPreview } from '@tansiq/api';
import { ADOPTION_CHANGE_KINDS, provisionLabel, wordDiff } from '@tansiq/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../lib/use-locale.ts';
import { TrackedChange } from '../contributions/tracked-change.tsx';

/** "2 provisions modified, 1 added and 1 suppressed": the preview's counts in words, zero counts left out. */
export function useChangeCounts() {
  const { t } = useTranslation();
  const { language } = useLocale();
  const list = new Intl.ListFormat(language, { type: 'conjunction' });
  return (preview: AdoptionPreview) =>
    list.format(
      ADOPTION_CHANGE_KINDS.filter((kind) => preview.counts[kind] > 0).map((kind) =>
        t(`consolidation.adopt.counts.${kind}`, { count: preview.counts[kind] }),
      ),
    );
}

/** Who made a change: the proposal numbers (each isolated, read left to right) and the chair. */
function useAuthors() {
  const { t } = useTranslation();
  const { language } = useLocale();
  const list = new Intl.ListFormat(language, { type: 'conjunction' });
  return (by: AdoptionChange['by']) =>
    list.format([
      ...by.proposals.map((proposal) => `\u2066${proposal.number}\u2069`),
      ...(by.chair ? [t('consolidation.provenance.chair')] : []),
    ]);
}

/** The words a change makes to its provision: the tracked changes, the added text, or the suppressed one. */
function ChangeText({ change, language }: { change: AdoptionChange; language: string }) {
  const ops = useMemo(() => {
    if (change.kind === 'renumbered') {
      return [];
    }
    return wordDiff(change.before ?? '', change.after ?? '').ops;
  }, [change]);
  if (ops.length === 0) {
    return null;
  }
  return <TrackedChange ops={ops} language={language} className="adoption-change__text" />;
}

/**
 * What adopting the draft changes, provision by provision in document order: modified, added, suppressed or
 * renumbered, under which number, by whose proposals (and the chair), with the words changed.
 */
export function AdoptionChanges({ preview, language }: { preview: AdoptionPreview; language: string }) {
  const { t } = useTranslation();
  const { language: uiLanguage } = useLocale();
  const authors = useAuthors();
  return (
    <ol className="adoption-changes">
      {preview.changes.map((change) => {
        // Named in the reader's language, an added provision by the id it takes.
        const label = provisionLabel(
          change.kind === 'added' ? (change.newId ?? change.provision) : change.provision,
          uiLanguage,
          {
            unnumbered: (change.kind === 'added' ? change.newNum : change.num) === '',
          },
        );
        const renumbered = change.kind !== 'added' && change.newNum !== null && change.newNum !== change.num;
        const by = authors(change.by);
        return (
          <li
            key={change.provision}
            className="adoption-change"
            data-change-kind={change.kind}
            data-provision={change.provision}
            data-by={[
              ...change.by.proposals.map((proposal) => proposal.number),
              ...(change.by.chair ? ['chair'] : []),
            ].join(' ')}
          >
            <p className="adoption-change__head">
              <span className={`badge adoption-change__kind adoption-change__kind--${change.kind}`}>
                {t(`consolidation.adopt.change.${change.kind}`)}
              </span>{' '}
              <strong>{label}</strong>
              {renumbered && (
                <>
                  {' '}
                  {t('consolidation.adopt.change.becomes')}{' '}
                  <strong>{provisionLabel(change.newId ?? change.provision, uiLanguage)}</strong>
                </>
              )}
              {by !== '' && (
                <>
                  {' '}
                  <span className="adoption-change__by">{t('consolidation.adopt.change.by', { by })}</span>
                </>
              )}
            </p>
            <ChangeText change={change} language={language} />
          </li>
        );
      })}
    </ol>
  );
}
