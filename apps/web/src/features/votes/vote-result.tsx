import type { Vote } from '@tansiq/api';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../lib/use-locale.ts';
import { useNumber } from './state-names.ts';
import { candidateLabel, choiceParts, votersOf } from './votes.ts';

/** Ballots received of the states that may vote, as a sentence (the live count of an open vote). */
export function BallotsReceived({ vote }: { vote: Vote }) {
  const { t } = useTranslation();
  const number = useNumber();
  return <>{t('votes.received', { received: number(vote.ballotsReceived), voters: number(votersOf(vote)) })}</>;
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

/**
 * The tally of a closed vote as the API gives it: quorum, votes cast, abstentions, the result, those elected and
 * the candidates of a further round (no per-candidate counts: the API does not give them).
 */
export function VoteTally({ vote }: { vote: Vote }) {
  const { t } = useTranslation();
  const number = useNumber();
  const tally = vote.result;
  if (tally === null) {
    return null;
  }
  return (
    <dl className="facts vote-tally" data-tally data-result={tally.result}>
      <div>
        <dt>{t('votes.tally.result')}</dt>
        <dd data-result-words>
          <ResultInWords vote={vote} />
        </dd>
      </div>
      <div>
        <dt>{t('votes.tally.quorum')}</dt>
        <dd data-quorum={tally.quorum ? 'reached' : 'not-reached'}>
          {t(tally.quorum ? 'votes.tally.quorumReached' : 'votes.tally.quorumNotReached')}
        </dd>
      </div>
      <div>
        <dt>{t('votes.tally.votesCast')}</dt>
        <dd data-votes-cast>{number(tally.votesCast)}</dd>
      </div>
      <div>
        <dt>{t('votes.tally.abstentions')}</dt>
        <dd data-abstentions>{number(tally.abstentions)}</dd>
      </div>
      {vote.counts !== null && (
        <div>
          <dt>{t('votes.tally.hands')}</dt>
          <dd>
            {t('votes.tally.handsOf', {
              yes: number(vote.counts.yes),
              no: number(vote.counts.no),
              abstain: number(vote.counts.abstain),
            })}
          </dd>
        </div>
      )}
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
