import type { Vote } from '@tansiq/api';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { QUESTION_ANSWERS } from '@tansiq/domain';
import { WriteError } from '../../components/write-error.tsx';
import { useNumber } from './state-names.ts';
import { ChoiceInWords } from './vote-result.tsx';
import { voteProblems } from './vote-errors.ts';
import { type ChoiceWord } from './votes.ts';
import { useCastBallot, useCloseVote, useEnterCounts, useOpenVote } from './votes.queries.ts';

const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

/** The problems of a failed write as one alert, in the reader's language (or the generic write error). */
export function VoteWriteError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const problems = voteProblems(error, []);
  if (problems.length === 0) {
    return <WriteError error={error} />;
  }
  return (
    <div className="notice notice--error" role="alert">
      {problems.map((problem, index) => (
        <p key={index}>{t(problem.key)}</p>
      ))}
    </div>
  );
}

/** Opens a prepared vote (secretariat); a roll-call takes the letter drawn by lot in the room, or draws one. */
export function OpenVoteForm({ vote }: { vote: Vote }) {
  const { t } = useTranslation();
  const id = useId();
  const open = useOpenVote(vote.id);
  const [letter, setLetter] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    open.mutate(letter === '' ? {} : { drawnLetter: letter });
  };
  return (
    <form className="vote-action" onSubmit={submit} noValidate>
      {vote.method === 'roll-call' && (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-letter`}>
            {t('votes.conduct.letter')}
          </label>
          <select id={`${id}-letter`} value={letter} onChange={(event) => setLetter(event.target.value)}>
            <option value="">{t('votes.conduct.drawLetter')}</option>
            {LETTERS.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </div>
      )}
      <button
        type="submit"
        className="button button--small"
        disabled={open.isPending}
        aria-label={t('votes.conduct.openLabel', { number: vote.number })}
      >
        {t('votes.conduct.open')}
      </button>
      <VoteWriteError error={open.error} />
    </form>
  );
}

/** Closes an open vote (secretariat), after a confirmation: no ballot is taken afterwards. */
export function CloseVoteButton({ vote }: { vote: Vote }) {
  const { t } = useTranslation();
  const close = useCloseVote(vote.id);
  const [confirming, setConfirming] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const askRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (confirming) {
      questionRef.current?.focus();
    } else if (wasConfirming.current) {
      askRef.current?.focus();
    }
    wasConfirming.current = confirming;
  }, [confirming]);
  if (!confirming) {
    return (
      <div className="vote-action">
        <button
          ref={askRef}
          type="button"
          className="button button--small button--secondary"
          aria-label={t('votes.conduct.closeLabel', { number: vote.number })}
          onClick={() => setConfirming(true)}
        >
          {t('votes.conduct.close')}
        </button>
        <VoteWriteError error={close.error} />
      </div>
    );
  }
  return (
    <div className="vote-action vote-action--confirm" role="group" aria-labelledby={`close-question-${vote.id}`}>
      <p id={`close-question-${vote.id}`} ref={questionRef} tabIndex={-1}>
        {t('votes.conduct.closeQuestion', { number: vote.number })}
      </p>
      <button
        type="button"
        className="button button--small"
        disabled={close.isPending}
        onClick={() => close.mutate(undefined, { onSettled: () => setConfirming(false) })}
      >
        {t('votes.conduct.closeConfirm')}
      </button>
      <button type="button" className="button button--small button--secondary" onClick={() => setConfirming(false)}>
        {t('votes.conduct.cancel')}
      </button>
    </div>
  );
}

/** The counts of a show of hands (secretariat), entered while the vote is open; entering again replaces them. */
export function CountsForm({ vote }: { vote: Vote }) {
  const { t } = useTranslation();
  const id = useId();
  const enter = useEnterCounts(vote.id);
  const [counts, setCounts] = useState({
    yes: String(vote.counts?.yes ?? ''),
    no: String(vote.counts?.no ?? ''),
    abstain: String(vote.counts?.abstain ?? ''),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    enter.mutate({ yes: Number(counts.yes), no: Number(counts.no), abstain: Number(counts.abstain) });
  };
  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('votes.conduct.countsHeading', { number: vote.number })}</h3>
      <VoteWriteError error={enter.error} />
      {enter.isSuccess && (
        <p className="notice notice--success" role="status">
          {t('votes.conduct.countsSaved')}
        </p>
      )}
      {QUESTION_ANSWERS.map((choice) => (
        <div className="field" key={choice}>
          <label className="field__label" htmlFor={`${id}-${choice}`}>
            {t(`votes.choices.${choice}`)}
          </label>
          <input
            id={`${id}-${choice}`}
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            required
            value={counts[choice]}
            onChange={(event) => setCounts((current) => ({ ...current, [choice]: event.target.value }))}
          />
        </div>
      ))}
      <div className="form__actions">
        <button type="submit" className="button" disabled={enter.isPending}>
          {t('votes.conduct.saveCounts')}
        </button>
      </div>
    </form>
  );
}

/**
 * A roll-call as the secretariat records it: the states in the order of the call, each answer as recorded, and
 * for the next state that may answer a choice and a button. States neither present nor represented are skipped.
 */
export function RollCallForm({ vote, nameOf }: { vote: Vote; nameOf: (iso3: string) => string }) {
  const { t } = useTranslation();
  const id = useId();
  const number = useNumber();
  const record = useCastBallot(vote.id);
  const [choice, setChoice] = useState('');
  const word = (value: ChoiceWord) => ({ value: value as string, label: t(`votes.choices.${value}`) });
  const answered = new Map(vote.rollCall.map((entry) => [entry.state, entry.choice]));
  const eligible = new Set([...vote.present, ...Object.keys(vote.proxies)]);
  const next = vote.callOrder.find((state) => eligible.has(state) && !answered.has(state));
  const options =
    vote.kind === 'question'
      ? QUESTION_ANSWERS.map(word)
      : [
          ...vote.candidates.map((candidate) => ({ value: `candidate:${candidate.id}`, label: candidate.label })),
          word('blank'),
          word('abstain'),
        ];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (next === undefined || choice === '') {
      return;
    }
    const body = choice.startsWith('candidate:') ? [choice.slice('candidate:'.length)] : (choice as ChoiceWord);
    record.mutate({ state: next, choice: body }, { onSuccess: () => setChoice('') });
  };
  return (
    <section aria-labelledby={`${id}-heading`} data-roll-call={vote.id}>
      <h3 id={`${id}-heading`}>
        {t('votes.conduct.rollCallHeading', { number: vote.number, letter: vote.drawnLetter ?? '' })}
      </h3>
      <ol className="roll-call">
        {vote.callOrder.map((state, index) => (
          <li key={state} data-state={state}>
            <span className="roll-call__position">{number(index + 1)}</span> {nameOf(state)}
            {' – '}
            {answered.has(state) ? (
              <ChoiceInWords vote={vote} choice={answered.get(state)!} />
            ) : eligible.has(state) ? (
              <span className="muted">{t('votes.conduct.notYet')}</span>
            ) : (
              <span className="muted">{t('votes.conduct.absent')}</span>
            )}
          </li>
        ))}
      </ol>
      {next !== undefined && (
        <form className="form" onSubmit={submit} noValidate>
          <VoteWriteError error={record.error} />
          <div className="field">
            <label className="field__label" htmlFor={`${id}-choice`}>
              {t('votes.conduct.answerOf', { state: nameOf(next) })}
            </label>
            <select id={`${id}-choice`} value={choice} onChange={(event) => setChoice(event.target.value)}>
              <option value="">{t('votes.conduct.chooseAnswer')}</option>
              {options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
          <div className="form__actions">
            <button type="submit" className="button" disabled={record.isPending || choice === ''}>
              {t('votes.conduct.record')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
