import { ApiError, type Contribution, type Meeting } from '@tansiq/api';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WriteError } from '../../components/write-error.tsx';
import { issueKey } from '../../lib/api-errors.ts';
import { useZonedTime } from '../../components/zoned-time.tsx';
import { DocumentSymbol, TimingBadge } from './contribution-labels.tsx';
import { useSubmitContribution } from './contributions.queries.ts';
import { expectedTiming, numberPattern } from './submission.ts';

/** Why a submission was refused, issue by issue (no proposals, deadline passed), or the error itself. */
function SubmitError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.status === 400 && error.issues.length > 0) {
    return (
      <div className="notice notice--error" role="alert">
        <ul className="error-summary__list">
          {error.issues.map((issue, index) => (
            <li key={`${issue.code ?? ''}-${index}`}>{t(`issues.${issueKey(issue.code)}`)}</li>
          ))}
        </ul>
      </div>
    );
  }
  return <WriteError error={error} />;
}

/** What a submission gave: the symbol, the proposal numbers and the timing; focused when it appears. */
export function SubmissionResult({ contribution }: { contribution: Contribution }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const numbers = contribution.proposals.flatMap((proposal) => (proposal.number === null ? [] : [proposal.number]));
  return (
    <div className="notice notice--success submission-result" role="status" tabIndex={-1} ref={ref}>
      <h2 className="notice__title">{t('submit.done')}</h2>
      <dl className="submission-result__facts">
        <div>
          <dt>{t('contribution.symbol')}</dt>
          <dd data-result="symbol">
            <DocumentSymbol symbol={contribution.symbol} />
          </dd>
        </div>
        <div>
          <dt>{t('submit.numbers', { count: numbers.length })}</dt>
          <dd data-result="numbers">
            {numbers.map((number, index) => (
              <span key={number}>
                {index > 0 && ', '}
                <bdi dir="ltr">{number}</bdi>
              </span>
            ))}
          </dd>
        </div>
        <div>
          <dt>{t('contribution.timingLabel')}</dt>
          <dd data-result="timing">
            <TimingBadge timing={contribution.timing} />
          </dd>
        </div>
      </dl>
    </div>
  );
}

/**
 * Submitting a draft, after a confirmation that says what happens: the document and each proposal get their
 * numbers, the timing against the meeting's deadline (as it stands on the server's clock now), and no more
 * changes. The result replaces the panel.
 */
export function SubmitPanel({
  contribution,
  meeting,
  now,
  onSubmitted,
}: {
  contribution: Contribution;
  meeting: Meeting;
  now: Date;
  onSubmitted: () => void;
}) {
  const { t } = useTranslation();
  const zonedTime = useZonedTime();
  const submit = useSubmitContribution(contribution.id);
  const [confirming, setConfirming] = useState(false);
  const count = contribution.proposals.length;
  const { timing, deadline } = expectedTiming(now, meeting.deadlines);
  return (
    <section className="record__section submit-panel" aria-labelledby="submit-heading">
      <h2 id="submit-heading">{t('submit.heading')}</h2>
      {count === 0 ? (
        <p className="field__hint">{t('submit.needsProposal')}</p>
      ) : !confirming ? (
        <>
          <p className="field__hint">{t('submit.intro')}</p>
          <button type="button" className="button" onClick={() => setConfirming(true)}>
            {t('submit.start')}
          </button>
        </>
      ) : (
        <div className="confirm confirm--panel" role="group" aria-labelledby="submit-confirm">
          <div id="submit-confirm" className="confirm__question">
            <p>
              {t('submit.confirmNumbers', {
                count,
                meeting: meeting.code.toUpperCase(),
                numbers: numberPattern(contribution.authorCode, count),
              })}
            </p>
            <p data-expected-timing={timing}>
              {deadline === null
                ? t('submit.noDeadline')
                : t(`submit.expected.${timing}`, {
                    deadline: zonedTime(deadline.closesAt),
                  })}
            </p>
            <p>{t('submit.final')}</p>
          </div>
          <button
            type="button"
            className="button"
            disabled={submit.isPending}
            autoFocus
            onClick={() => submit.mutate(undefined, { onSuccess: onSubmitted })}
          >
            {submit.isPending ? t('submit.submitting') : t('submit.confirm')}
          </button>{' '}
          <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
            {t('form.cancel')}
          </button>
          <SubmitError error={submit.error} />
        </div>
      )}
    </section>
  );
}
