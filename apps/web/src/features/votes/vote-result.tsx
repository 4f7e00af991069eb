import type { Vote } from '@tansiq/api';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../lib/use-locale.ts';
import { useNumber } from './state-names.ts';
import {
  candidateLabel,
  candidateStanding,
  choiceParts,
  resultExplanation,
  resultFigures,
  votersOf,
  type FigureId,
} from './votes.ts';

/** Ballots received of the states that may vote, as a sentence (the live count of an open vote). */
export function BallotsReceived({ vote }: { vote: Vote }) {
  const { t } = useTranslation();
  // Numbers, not strings: the message counts them (a plural form of "ballot" in each language).
  return <>{t('votes.received', { received: vote.ballotsReceived, voters: votersOf(vote) })}</>;
}

/** The result of a closed vote in words, e.g. "Adopted" or "Elected: Ana Silva". */
export function ResultInWords({ vote }: { vote: Vote }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  if (vote.result === null) {
    return null;
  }
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  const names = (ids: readonly string[]) => list.format(ids.map((id) => candidateLabel(vote, id)));
  return (
    <>
      {t(`votes.result.${vote.result.result}`, {
        elected: names(vote.result.elected),
        nextRound: names(vote.result.nextRound),
      })}
    </>
  );
}

/** A ballot's choice in words: yes, no, abstain, blank, or the candidates' labels. */
export function ChoiceInWords({ vote, choice }: { vote: Vote; choice: string | readonly string[] }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const parts = choiceParts(vote, choice).map((part) =>
    part.kind === 'word' ? t(`votes.choices.${part.value}`) : part.value,
  );
  return <>{new Intl.ListFormat(locale, { type: 'unit' }).format(parts)}</>;
}

/** The attribute that marks a figure's value for tests and styles: `votesCast` -> `data-votes-cast`. */
const figureAttribute = (id: FigureId) => ({ [`data-${id.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`]: '' });

/** The sentence that says how a closed vote's result follows from its figures. */
export function ResultExplanation({ vote }: { vote: Vote }) {
  const { t } = useTranslation();
  const explanation = resultExplanation(vote);
  if (explanation === null || vote.result === null) {
    return null;
  }
  const rule = t(`votes.rule.${vote.result.majority}`, { votesCast: vote.result.votesCast });
  return <>{t(`votes.explain.${explanation.key}`, { ...explanation.values, rule })}</>;
}

/** A figure's label, with what it includes (the blank ballots among the abstentions, the majority's rule). */
function FigureNote({ vote, id }: { vote: Vote; id: FigureId }) {
  const { t } = useTranslation();
  const tally = vote.result!;
  if (id === 'abstentions') {
    return <>{t('votes.figures.blankIncluded', { count: tally.blankBallots })}</>;
  }
  if (id === 'majorityRequired') {
    return <>{t(`votes.rule.${tally.majority}`, { votesCast: tally.votesCast })}</>;
  }
  return null;
}

/**
 * The tally of a closed vote in full: the result in words and how it follows, the figures (for, against,
 * abstentions with the blank ballots, votes cast, the majority required, spoilt ballots), the quorum with the
 * states counted, and an election's votes per candidate.
 */
export function VoteTally({ vote }: { vote: Vote }) {
  const { t } = useTranslation();
  const number = useNumber();
  const tally = vote.result;
  if (tally === null) {
    return null;
  }
  return (
    <div className="vote-tally" data-tally data-result={tally.result}>
      <p className="vote-tally__result" data-result-words>
        <ResultInWords vote={vote} />
      </p>
      <p className="vote-tally__explanation" data-explanation>
        <ResultExplanation vote={vote} />
      </p>
      <dl className="facts vote-tally__figures">
        {resultFigures(vote).map((figure) => (
          <div key={figure.id} data-figure={figure.id}>
            <dt>{t(`votes.figures.${figure.id}`)}</dt>
            <dd>
              <span className="vote-tally__value" {...figureAttribute(figure.id)}>
                {number(figure.value)}
              </span>{' '}
              <span className="muted">
                <FigureNote vote={vote} id={figure.id} />
              </span>
            </dd>
          </div>
        ))}
        <div>
          <dt>{t('votes.tally.quorum')}</dt>
          <dd data-quorum={tally.quorum ? 'reached' : 'not-reached'}>
            {t(tally.quorum ? 'votes.tally.quorumReached' : 'votes.tally.quorumNotReached')}{' '}
            <span className="muted">
              {t('votes.tally.quorumOf', {
                statesCounted: number(tally.statesCounted),
                electorate: number(tally.electorate),
                required: number(tally.quorumRequired),
              })}
            </span>
          </dd>
        </div>
        {tally.elected.length > 0 && (
          <div>
            <dt>{t('votes.tally.elected')}</dt>
            <dd data-elected>
              <CandidateNames vote={vote} ids={tally.elected} />
            </dd>
          </div>
        )}
        {tally.nextRound.length > 0 && (
          <div>
            <dt>{t('votes.tally.nextRound')}</dt>
            <dd data-next-round>
              <CandidateNames vote={vote} ids={tally.nextRound} />
            </dd>
          </div>
        )}
      </dl>
      {vote.kind === 'election' && <CandidateVotesTable vote={vote} />}
    </div>
  );
}

/** An election's candidates with their votes, most first, and where each stands after the round. */
export function CandidateVotesTable({ vote }: { vote: Vote }) {
  const { t } = useTranslation();
  const number = useNumber();
  const tally = vote.result;
  if (tally === null) {
    return null;
  }
  return (
    <div className="table-scroll">
      <table className="table vote-tally__candidates">
        <caption>{t('votes.tally.candidatesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('votes.tally.candidate')}</th>
            <th scope="col">{t('votes.tally.votes')}</th>
            <th scope="col">{t('votes.tally.standing')}</th>
          </tr>
        </thead>
        <tbody>
          {tally.candidates.map((candidate) => {
            const standing = candidateStanding(vote, candidate.id);
            return (
              <tr key={candidate.id} data-candidate={candidate.id} data-standing={standing}>
                <th scope="row">
                  <bdi>{candidateLabel(vote, candidate.id)}</bdi>
                </th>
                <td data-candidate-votes={candidate.votes}>{number(candidate.votes)}</td>
                <td>{standing === 'out' ? <span className="muted">–</span> : t(`votes.standing.${standing}`)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The result as the projector shows it: the result in words, how it follows, and the figures (or each
 * candidate's votes) in type large enough to read across a room.
 */
export function ProjectorTally({ vote }: { vote: Vote }) {
  const { t } = useTranslation();
  const number = useNumber();
  const tally = vote.result;
  if (tally === null) {
    return null;
  }
  return (
    <div className="projector__tally" data-tally data-result={tally.result}>
      <p className="projector__result" data-result={tally.result}>
        <ResultInWords vote={vote} />
      </p>
      <p className="projector__explanation" data-explanation>
        <ResultExplanation vote={vote} />
      </p>
      {vote.kind === 'election' && (
        <ol className="projector__candidates">
          {tally.candidates.map((candidate) => {
            const standing = candidateStanding(vote, candidate.id);
            return (
              <li
                key={candidate.id}
                className="projector__candidate"
                data-candidate={candidate.id}
                data-standing={standing}
              >
                <span className="projector__label">
                  <bdi>{candidateLabel(vote, candidate.id)}</bdi>
                  {standing !== 'out' && <> – {t(`votes.standing.${standing}`)}</>}
                </span>
                <span className="projector__value" data-candidate-votes={candidate.votes}>
                  {number(candidate.votes)}
                </span>
              </li>
            );
          })}
        </ol>
      )}
      <dl className="projector__figures">
        {resultFigures(vote).map((figure) => (
          <div key={figure.id} className="projector__figure" data-figure={figure.id}>
            <dt className="projector__label">
              {t(`votes.figures.${figure.id}`)}
              {figure.id === 'abstentions' && (
                <span className="projector__note">
                  {' '}
                  (<FigureNote vote={vote} id={figure.id} />)
                </span>
              )}
            </dt>
            <dd className="projector__value" {...figureAttribute(figure.id)}>
              {number(figure.value)}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/** Candidates by their labels on the ballot, each isolated for direction (a Latin name in an Arabic page). */
function CandidateNames({ vote, ids }: { vote: Vote; ids: readonly string[] }) {
  return (
    <ul className="vote-tally__names">
      {ids.map((id) => (
        <li key={id}>
          <bdi>{candidateLabel(vote, id)}</bdi>
        </li>
      ))}
    </ul>
  );
}
