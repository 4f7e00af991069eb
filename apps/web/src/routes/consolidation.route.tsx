import type { ConsolidationDraft, DivergenceClass } from '@tansiq/api';
import { canWriteDraft } from '@tansiq/domain';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { LocalizedText } from '../components/localized-text.tsx';
import { QueriesStatus } from '../components/query-state.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { WriteError } from '../components/write-error.tsx';
import { useCurrentUser } from '../features/auth/session.queries.ts';
import { AdoptionPanel } from '../features/consolidation/adoption-panel.tsx';
import { draftErrorMessage, draftsPath, needsReload } from '../features/consolidation/consolidation.ts';
import {
  useConsolidationDraft,
  useDraftSynoptic,
  useDraftWrite,
  type DraftWrite,
} from '../features/consolidation/consolidation.queries.ts';
import '../features/consolidation/consolidation.css';
import { ProvisionList } from '../features/consolidation/provision-list.tsx';
import { ProvisionPanel, type PanelAction } from '../features/consolidation/provision-panel.tsx';
import { useUnsavedWork } from '../features/consolidation/unsaved-work.ts';
import { WholeTextPanel } from '../features/consolidation/whole-text-panel.tsx';
import { compilationPath, synopticPath, textLanguage } from '../features/synoptic/synoptic.ts';
import '../features/synoptic/synoptic.css';
import { VersionLabel } from '../features/texts/instrument-entry.tsx';
import { instrumentName } from '../features/texts/instrument-name.ts';
import { languageName } from '../lib/format.ts';
import { useLocale } from '../lib/use-locale.ts';

type Action = PanelAction | 'whole-text';

/** The workspace once the draft is loaded: the provision list, the selected provision, whole text, adoption. */
function Workspace({ draft, classes }: { draft: ConsolidationDraft; classes: ReadonlyMap<string, DivergenceClass> }) {
  const { t } = useTranslation();
  const { language: uiLanguage } = useLocale();
  const user = useCurrentUser();
  const [params] = useSearchParams();
  const write = useDraftWrite(draft);
  const work = useUnsavedWork(draft);
  const [action, setAction] = useState<Action | null>(null);
  const [staleNotice, setStaleNotice] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);
  const writable = canWriteDraft(user, draft);
  const asked = params.get('provision');
  const provision =
    draft.provisions.find((candidate) => candidate.id === asked) ??
    draft.provisions.find((candidate) => candidate.available.length > 0) ??
    draft.provisions[0];

  const run = (next: Action, fn: DraftWrite) => {
    setAction(next);
    setStaleNotice(false);
    write.mutate(fn, {
      onError: (error) => {
        if (needsReload(error)) {
          setStaleNotice(true);
          // The notice is an alert; focus also moves there so a keyboard user reads it before going on.
          requestAnimationFrame(() => noticeRef.current?.focus());
        }
      },
    });
  };
  const problem = draftErrorMessage(write.error);
  const stale = needsReload(write.error);
  const editError = action === 'edit' && problem !== null && !stale ? t(problem) : undefined;
  const otherError = write.error !== null && !stale && editError === undefined;

  return (
    <>
      {staleNotice && (
        <div className="notice notice--error" role="alert" tabIndex={-1} ref={noticeRef} data-stale="true">
          <p>{t('consolidation.errors.stale_draft')}</p>
        </div>
      )}
      {draft.status === 'open' && !writable && <p className="notice">{t('consolidation.readOnly')}</p>}
      <WholeTextPanel
        draft={draft}
        value={work.wholeText}
        writable={writable}
        pending={write.isPending}
        onChange={work.chooseWholeText}
        run={(fn) => run('whole-text', fn)}
      />
      <div className="consolidation">
        <ProvisionList
          draftId={draft.id}
          provisions={draft.provisions}
          selected={provision?.id ?? ''}
          classes={classes}
          unsaved={work.unsavedProvisions}
        />
        <div className="consolidation__main">
          {otherError &&
            (problem !== null ? (
              <div className="notice notice--error" role="alert">
                <p>{t(problem)}</p>
              </div>
            ) : (
              <WriteError error={write.error} />
            ))}
          {provision === undefined ? (
            <p className="notice">{t('consolidation.noProvisions')}</p>
          ) : (
            <ProvisionPanel
              key={provision.id}
              draftId={draft.id}
              provision={provision}
              language={draft.language}
              divergence={classes.get(provision.id)}
              writable={writable}
              pending={write.isPending}
              editError={editError}
              work={work.provisionWork(provision)}
              run={run}
            />
          )}
        </div>
      </div>
      <AdoptionPanel draft={draft} writable={writable} unsaved={work.unsaved} onStale={() => setStaleNotice(true)} />
      <p className="muted">{t('consolidation.languageNote', { language: languageName(uiLanguage, draft.language) })}</p>
    </>
  );
}

/**
 * `/consolidation/:id`: a drafting group's consolidation draft of one text at a meeting; `?provision=` selects
 * the provision shown. The draft is in one language (the one its proposals are merged in); `?text=`, else the
 * interface language, is the text language of the compilation it links back to.
 */
export function ConsolidationPage() {
  const { t } = useTranslation();
  const { language } = useLocale();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const draft = useConsolidationDraft(id);
  const synoptic = useDraftSynoptic(draft.data);
  const classes = useMemo(
    () => new Map((synoptic.data?.rows ?? []).map((row) => [row.id, row.class] as const)),
    [synoptic.data],
  );
  const name = draft.data ? instrumentName(t, draft.data.instrument) : t('consolidation.pageTitle');
  useDocumentTitle(t('consolidation.documentTitle', { instrument: name }));

  if (!draft.data) {
    return <QueriesStatus queries={[draft]} />;
  }
  const data = draft.data;
  return (
    <>
      <div className="page-intro">
        <p>
          <Link to={synopticPath(data.meeting.code, data.version.id, textLanguage(params.get('text'), language))}>
            {t('consolidation.backToCompilation')}
          </Link>
          {' · '}
          <Link to={draftsPath(data.meeting.code)}>{t('consolidation.allDrafts')}</Link>
        </p>
        <h1>{t('consolidation.heading', { instrument: name })}</h1>
        <p>
          <LocalizedText text={data.instrument.title} />{' '}
          <span className="muted">
            (
            <VersionLabel version={data.version} />)
          </span>
        </p>
        <dl className="facts">
          <div>
            <dt>{t('consolidation.facts.meeting')}</dt>
            <dd>
              <Link to={compilationPath(data.meeting.code)}>
                <bdi>{data.meeting.code}</bdi>
              </Link>
            </dd>
          </div>
          <div>
            <dt>{t('consolidation.facts.language')}</dt>
            <dd>{languageName(language, data.language)}</dd>
          </div>
          <div>
            <dt>{t('consolidation.facts.owner')}</dt>
            <dd>{data.owner?.name ?? t('consolidation.facts.noOwner')}</dd>
          </div>
          <div>
            <dt>{t('consolidation.facts.status')}</dt>
            <dd data-status={data.status}>
              {t(`consolidation.status.${data.status}`)}{' '}
              <span className="muted">{t('consolidation.facts.revision', { revision: data.revision })}</span>
            </dd>
          </div>
        </dl>
      </div>
      <Workspace draft={data} classes={classes} />
    </>
  );
}
