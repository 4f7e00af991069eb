import type { CastReceipt, Vote } from '@tansiq/api';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { QUESTION_ANSWERS, type QuestionAnswer } from '@tansiq/domain';
import { SecretOnce } from '../../components/secret-once.tsx';
import { WriteError } from '../../components/write-error.tsx';
import { ChoiceInWords } from './vote-result.tsx';
import { voteProblems } from './vote-errors.ts';
import { useCastBallot } from './votes.queries.ts';
import { seatLimitReached, toggleCandidate } from './votes.ts';

type Step = 'choose' | 'confirm' | 'receipt' | 'voted';

/**
 * One ballot of the voting delegate, for its own state or a state whose proxy it holds: choose (radio buttons
 * for a question, checkboxes up to the seats or a blank ballot for an election), confirm, then the receipt code,
 * shown once. The focus follows each step: the confirmation's heading, then the receipt.
 */
export function BallotForm({
  vote,
  state,
  stateName,
  asProxy,
  voted,
  onCast,
}: {
  vote: Vote;
  state: string;
  stateName: string;
  asProxy: boolean;
  voted: boolean;
  /** Told when the ballot is received, to announce it in the page's live region. */
  onCast: (state: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const cast = useCastBallot(vote.id);
  const [step, setStep] = useState<Step>(voted ? 'voted' : 'choose');
  const [answer, setAnswer] = useState<'' | QuestionAnswer>('');
  const [selected, setSelected] = useState<string[]>([]);
  const [blank, setBlank] = useState(false);
  const [missing, setMissing] = useState(false);
  const [receipt, setReceipt] = useState<CastReceipt | null>(null);
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const votedRef = useRef<HTMLParagraphElement>(null);
  const election = vote.kind === 'election';
  const choice: string[] | QuestionAnswer = election ? (blank ? [] : selected) : answer || 'abstain';
  const chosen = election ? blank || selected.length > 0 : answer !== '';

  useEffect(() => {
    if (step === 'confirm') {
      confirmRef.current?.focus();
    }
    // Once the receipt is put away, the focus stays in the ballot instead of falling back to the page.
    if (step === 'voted' && receipt !== null) {
      votedRef.current?.focus();
    }
  }, [step, receipt]);

  const heading = t(asProxy ? 'votes.ballot.headingProxy' : 'votes.ballot.heading', { state: stateName });
  const problems = voteProblems(cast.error, []);

  if (step === 'voted') {
    return (
      <section className="ballot ballot--voted" aria-labelledby={`${id}-heading`} data-ballot={state} data-voted="true">
        <h3 id={`${id}-heading`}>{heading}</h3>
        <p ref={votedRef} tabIndex={-1}>
          {t('votes.ballot.voted', { state: stateName })}
        </p>
      </section>
    );
  }

  if (step === 'receipt' && receipt !== null) {
    return (
      <section className="ballot ballot--voted" aria-labelledby={`${id}-heading`} data-ballot={state} data-voted="true">
        <h3 id={`${id}-heading`}>{heading}</h3>
        <SecretOnce label={t('votes.ballot.receipt')} secret={receipt.receipt} onDone={() => setStep('voted')} />
        <p className="field__hint">{t('votes.ballot.receiptHint')}</p>
      </section>
    );
  }

  const review = (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) {
      setMissing(true);
      return;
    }
    setMissing(false);
    setStep('confirm');
  };

  const confirm = () => {
    cast.mutate(
      { state, choice },
      {
        onSuccess: (answered) => {
          setReceipt(answered);
          setStep('receipt');
          onCast(state);
        },
        onError: () => setStep('choose'),
      },
    );
  };

  if (step === 'confirm') {
    return (
      <section className="ballot" aria-labelledby={`${id}-confirm`} data-ballot={state}>
        <h3 id={`${id}-confirm`} ref={confirmRef} tabIndex={-1}>
          {t('votes.ballot.confirmHeading', { state: stateName })}
        </h3>
        <p data-ballot-choice>
          {t('votes.ballot.yourChoice')} <strong>{<ChoiceInWords vote={vote} choice={choice} />}</strong>
        </p>
        <p>{t('votes.ballot.final')}</p>
        <div className="form__actions">
          <button type="button" className="button" disabled={cast.isPending} onClick={confirm}>
            {cast.isPending ? t('form.saving') : t('votes.ballot.cast')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setStep('choose')}>
            {t('votes.ballot.change')}
          </button>
        </div>
      </section>
    );
  }

  return (
    <form className="ballot" onSubmit={review} noValidate aria-labelledby={`${id}-heading`} data-ballot={state}>
      <h3 id={`${id}-heading`}>{heading}</h3>
      {problems.length > 0 ? (
        <div className="notice notice--error" role="alert">
          {problems.map((problem, index) => (
            <p key={index}>{t(problem.key)}</p>
          ))}
        </div>
      ) : (
        <WriteError error={cast.error} />
      )}
      <fieldset
        className={missing ? 'ballot__choices field--invalid' : 'ballot__choices'}
        aria-describedby={`${id}-hint${missing ? ` ${id}-error` : ''}`}
      >
        <legend>
          {t(election ? 'votes.ballot.legendElection' : 'votes.ballot.legendQuestion', { state: stateName })}
        </legend>
        <p className="field__hint" id={`${id}-hint`}>
          {election ? t('votes.ballot.seatsHint', { seats: vote.seats }) : t('votes.ballot.questionHint')}
        </p>
        {missing && (
          <p className="field__error" id={`${id}-error`}>
            {t('votes.ballot.chooseFirst')}
          </p>
        )}
        {!election &&
          QUESTION_ANSWERS.map((value) => (
            <label key={value} className="ballot__option">
              <input
                type="radio"
                name={`${id}-answer`}
                value={value}
                checked={answer === value}
                onChange={() => setAnswer(value)}
              />{' '}
              {t(`votes.choices.${value}`)}
            </label>
          ))}
        {election && (
          <>
            {vote.candidates.map((candidate) => (
              <label key={candidate.id} className="ballot__option">
                <input
                  type="checkbox"
                  value={candidate.id}
                  checked={!blank && selected.includes(candidate.id)}
                  disabled={blank || seatLimitReached(selected, candidate.id, vote.seats)}
                  onChange={() => setSelected((current) => toggleCandidate(current, candidate.id, vote.seats))}
                />{' '}
                <bdi>{candidate.label}</bdi>
              </label>
            ))}
            <label className="ballot__option ballot__option--blank">
              <input type="checkbox" checked={blank} onChange={(event) => setBlank(event.target.checked)} />{' '}
              {t('votes.ballot.blank')}
            </label>
          </>
        )}
      </fieldset>
      {election && (
        <p className="muted" aria-live="polite">
          {t('votes.ballot.ticked', { count: blank ? 0 : selected.length, seats: vote.seats })}
        </p>
      )}
      <div className="form__actions">
        <button type="submit" className="button">
          {t('votes.ballot.review')}
        </button>
      </div>
    </form>
  );
}
