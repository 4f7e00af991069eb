import type { DivergenceClass, DraftProvision } from '@tansiq/api';
import { provisionLabel } from '@tansiq/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.ts';
import { useLocale } from '../../lib/use-locale.ts';
import { textDirection } from '../contributions/tracked-change.tsx';
import { ClassBadge } from '../synoptic/divergence-labels.tsx';
import { BracketChoices } from './bracket-choices.tsx';
import { draftSegments, sourcesByNumber, type BracketSegment } from './consolidation.ts';
import type { DraftWrite } from './consolidation.queries.ts';
import { DraftEditor } from './draft-editor.tsx';
import { ProposalPicks } from './proposal-picks.tsx';
import { ChangeLegend, DraftText } from './provenance-text.tsx';
import type { ProvisionWork } from './unsaved-work.ts';

/** Which of the panel's writes ran last, so that its refusal shows where it was made. */
export type PanelAction = 'pick' | 'choose' | 'edit';

/**
 * The selected provision of a draft: the base, the proposals to pick, the merged draft with the provenance of
 * every change, its brackets to settle side by side, and the chair's edit with a live preview.
 */
export function ProvisionPanel({
  draftId,
  provision,
  language,
  divergence,
  writable,
  pending,
  editError,
  work,
  run,
}: {
  draftId: string;
  provision: DraftProvision;
  language: string;
  divergence: DivergenceClass | undefined;
  writable: boolean;
  pending: boolean;
  editError: string | undefined;
  work: ProvisionWork;
  run: (action: PanelAction, write: DraftWrite) => void;
}) {
  const { t } = useTranslation();
  const { language: uiLanguage } = useLocale();
  const segments = useMemo(() => draftSegments(provision.parts), [provision.parts]);
  const sources = useMemo(() => sourcesByNumber(provision.available), [provision.available]);
  const brackets = segments.filter((segment): segment is BracketSegment => segment.kind === 'brackets');
  const dir = textDirection(language);
  return (
    <section className="provision-panel" aria-labelledby="provision-heading" data-provision={provision.id}>
      <h2 id="provision-heading" tabIndex={-1}>
        {provisionLabel(provision.id, uiLanguage, { unnumbered: provision.num === '' })}{' '}
        {divergence !== undefined && <ClassBadge value={divergence} />}
      </h2>
      <h3>{t('consolidation.base')}</h3>
      {provision.base === null ? (
        <p className="notice">{t('consolidation.addedProvision')}</p>
      ) : (
        <p className="tracked provision-panel__base" lang={language} dir={dir}>
          {provision.base}
        </p>
      )}
      <ProposalPicks
        key={provision.id}
        provision={provision}
        picks={work.ticked}
        draftLanguage={language}
        disabled={!writable}
        pending={pending}
        onTick={work.tick}
        onPick={(proposals) =>
          run('pick', (revision) =>
            api.pickDraftProposals(draftId, provision.id, { expectedRevision: revision, proposals }),
          )
        }
      />
      <section className="draft-result" aria-labelledby="draft-result-heading">
        <h3 id="draft-result-heading">{t('consolidation.result')}</h3>
        {provision.suppressed ? (
          <p className="notice" data-suppressed="true">
            {t('consolidation.suppressed')}
          </p>
        ) : null}
        <DraftText segments={segments} language={language} sources={sources} className="draft-result__text" />
        <p className="field__hint">{t('consolidation.provenance.hint')}</p>
        <ChangeLegend segments={segments} language={language} sources={sources} />
      </section>
      {brackets.length > 0 && (
        <section className="brackets" aria-labelledby="brackets-heading">
          <h3 id="brackets-heading">{t('consolidation.brackets.title', { count: brackets.length })}</h3>
          {brackets.map((bracket, index) => (
            <BracketChoices
              key={bracket.id}
              bracket={bracket}
              position={index + 1}
              language={language}
              sources={sources}
              disabled={!writable || pending}
              onChoose={(choice) =>
                run('choose', (revision) =>
                  api.chooseDraftAlternative(draftId, provision.id, bracket.id, { expectedRevision: revision, choice }),
                )
              }
            />
          ))}
        </section>
      )}
      <section aria-labelledby="edit-heading">
        <h3 id="edit-heading">{t('consolidation.edit.heading')}</h3>
        <DraftEditor
          key={provision.id}
          provision={provision}
          value={work.typed}
          language={language}
          disabled={!writable}
          pending={pending}
          error={editError}
          onChange={work.type}
          onUndo={work.undo}
          onSave={(text) =>
            run('edit', (revision) => api.editDraftText(draftId, provision.id, { expectedRevision: revision, text }))
          }
        />
      </section>
    </section>
  );
}
