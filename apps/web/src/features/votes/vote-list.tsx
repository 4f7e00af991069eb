import type { Vote } from '@tansiq/api';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LocalizedText } from '../../components/localized-text.tsx';
import { useNumber } from './state-names.ts';
import { CloseVoteButton, OpenVoteForm } from './vote-conduct.tsx';
import { BallotsReceived, ResultInWords } from './vote-result.tsx';

/** The path of a vote's page (the voter's screen). */
export const votePath = (id: string) => `/votes/${encodeURIComponent(id)}`;

/**
 * A meeting's votes: number, title (linked to the vote's page), method, status, ballots received of the voters,
 * the result once closed; the secretariat opens and closes them here.
 */
export function VoteList({ votes, canConduct }: { votes: readonly Vote[]; canConduct: boolean }) {
  const { t } = useTranslation();
  const number = useNumber();
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="visually-hidden">{t('votes.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('votes.list.number')}</th>
            <th scope="col">{t('votes.list.title')}</th>
            <th scope="col">{t('votes.list.method')}</th>
            <th scope="col">{t('votes.list.status')}</th>
            <th scope="col">{t('votes.list.ballots')}</th>
            <th scope="col">{t('votes.list.result')}</th>
            {canConduct && <th scope="col">{t('votes.list.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {votes.map((vote) => (
            <tr key={vote.id} data-vote={vote.number} data-status={vote.status}>
              <td>{number(vote.number)}</td>
              <th scope="row">
                <Link to={votePath(vote.id)}>
                  <LocalizedText text={vote.title} />
                </Link>
                <p className="muted">{t(`votes.kinds.${vote.kind}`)}</p>
              </th>
              <td>{t(`votes.methods.${vote.method}`)}</td>
              <td>{t(`votes.statuses.${vote.status}`)}</td>
              <td>{vote.status === 'draft' ? <span className="muted">–</span> : <BallotsReceived vote={vote} />}</td>
              <td data-result={vote.result?.result}>
                {vote.result === null ? <span className="muted">–</span> : <ResultInWords vote={vote} />}
              </td>
              {canConduct && (
                <td>
                  {vote.status === 'draft' && <OpenVoteForm vote={vote} />}
                  {vote.status === 'open' && <CloseVoteButton vote={vote} />}
                  {vote.status === 'closed' && <span className="muted">–</span>}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
