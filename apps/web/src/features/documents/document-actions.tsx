import type { ContributionSummary } from '@tansiq/api';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { WriteError } from '../../components/write-error.tsx';
import { documentTitleText } from '../contributions/contribution-labels.tsx';
import { usePublishDocument, useWithdrawDocument } from './documents.queries.ts';

type Summary = z.infer<typeof ContributionSummary>;

/** The name of a document in a question or a label: its symbol, or its title while it is a draft. */
const nameOf = (document: Summary, language: string) => document.symbol ?? documentTitleText(document, language);

/** Publishes a submitted document (secretariat). */
export function PublishButton({ document }: { document: Summary }) {
  const { t, i18n } = useTranslation();
  const publish = usePublishDocument(document.id);
  return (
    <div className="document-action">
      <button
        type="button"
        className="button button--small"
        disabled={publish.isPending}
        aria-label={t('documents.actions.publishLabel', { name: nameOf(document, i18n.language) })}
        onClick={() => publish.mutate()}
      >
        {t('documents.actions.publish')}
      </button>
      <WriteError error={publish.error} />
    </div>
  );
}

/** Withdraws a document after the reader confirms which (its number stays taken). */
export function WithdrawButton({ document }: { document: Summary }) {
  const { t, i18n } = useTranslation();
  const withdraw = useWithdrawDocument(document.id);
  const [confirming, setConfirming] = useState(false);
  const name = nameOf(document, i18n.language);
  if (!confirming) {
    return (
      <button
        type="button"
        className="button button--small button--secondary"
        aria-label={t('documents.actions.withdrawLabel', { name })}
        onClick={() => setConfirming(true)}
      >
        {t('documents.actions.withdraw')}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={t('documents.actions.withdrawLabel', { name })}>
      <p className="confirm__question">{t('documents.actions.withdrawConfirm', { name })}</p>
      <button
        type="button"
        className="button button--small button--danger"
        disabled={withdraw.isPending}
        // The confirmation replaces the button: focus lands on the action the reader asked for.
        autoFocus
        onClick={() => withdraw.mutate(undefined, { onSuccess: () => setConfirming(false) })}
      >
        {t('documents.actions.confirmWithdraw')}
      </button>{' '}
      <button type="button" className="button button--small button--secondary" onClick={() => setConfirming(false)}>
        {t('form.cancel')}
      </button>
      <WriteError error={withdraw.error} />
    </div>
  );
}
