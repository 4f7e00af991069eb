import { canConductVotes } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { fillSlots, LocalizedText, slot } from '../components/localized-text.tsx';
import { QueriesStatus } from '../components/query-state.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { useCurrentUser } from '../features/auth/session.queries.ts';
import { useMeeting } from '../features/meetings/meetings.queries.ts';
import { BallotForm } from '../features/votes/ballot-form.tsx';
import { ReceiptCheckForm } from '../features/votes/receipt-check.tsx';
import { useStateNames } from '../features/registry/registry.queries.ts';
import { CloseVoteButton, OpenVoteForm } from '../features/votes/vote-conduct.tsx';
import { votePath } from '../features/votes/vote-list.tsx';
import { BallotsReceived, VoteTally } from '../features/votes/vote-result.tsx';
import { useLiveVotes, useVote, useVoterStanding } from '../features/votes/votes.queries.ts';
import { inLanguage } from '../lib/format.ts';
import { signInPath } from '../lib/return-path.ts';
import { useLocale } from '../lib/use-locale.ts';
import '../votes.css';

/**
 * `/votes/:id`, the voter's screen: the vote and its live count; for the signed-in voting delegate one ballot per
 * state it casts for (its own, each proxy held); after the close the result and the receipt check. Ballots
 * received and the result are announced in live regions.
 */
export function VotePage() {
  const { t } = useTranslation();
  const { language } = useLocale();
  const location = useLocation();
  const { id = '' } = useParams();
  const vote = useVote(id);
  const user = useCurrentUser();
  const standing = useVoterStanding(id, user !== null && vote.data?.status === 'open');
  const meeting = useMeeting(vote.data?.meetingId ?? '');
  const nameOf = useStateNames();
  const [announcement, setAnnouncement] = useState('');
  useLiveVotes(vote.data?.meetingId);
  const title = vote.data ? inLanguage(vote.data.title, language) : t('votes.voter.heading');
  useDocumentTitle(t('votes.voter.documentTitle', { title }));

  if (!vote.data) {
    return <QueriesStatus queries={[vote]} />;
  }
  const current = vote.data;
  const secretariat = canConductVotes(user);
  return (
    <>
      <div className="page-intro">
        <h1>
          {t('votes.voter.number', { number: current.number })} <LocalizedText text={current.title} />
        </h1>
        {meeting.data && (
          <p>
            <Link to={`/meetings/${encodeURIComponent(meeting.data.code)}/votes`}>
              {fillSlots(t('votes.voter.allVotes', { meeting: slot('meeting') }), {
                meeting: <LocalizedText text={meeting.data.title} isolated />,
              })}
            </Link>
          </p>
        )}
        <p>
          <Link to={`${votePath(current.id)}/results`}>{t('votes.voter.projector')}</Link>
          {' · '}
          <Link to={`${votePath(current.id)}/record`}>{t('votes.voter.record')}</Link>
        </p>
      </div>
      <dl className="facts">
        <div>
          <dt>{t('votes.list.method')}</dt>
          <dd>
            {t(`votes.kinds.${current.kind}`)} – {t(`votes.methods.${current.method}`)}
          </dd>
        </div>
        <div>
          <dt>{t('votes.list.status')}</dt>
          <dd data-vote-status={current.status}>{t(`votes.statuses.${current.status}`)}</dd>
        </div>
        {current.kind === 'election' && (
          <div>
            <dt>{t('votes.voter.candidates')}</dt>
            <dd>{t('votes.voter.candidatesOf', { count: current.candidates.length, seats: current.seats })}</dd>
          </div>
        )}
        <div>
          <dt>{t('votes.list.ballots')}</dt>
          <dd aria-live="polite" data-ballots-received={current.ballotsReceived}>
            {current.status === 'draft' ? t('votes.voter.notOpen') : <BallotsReceived vote={current} />}
          </dd>
        </div>
      </dl>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {secretariat && current.status === 'draft' && <OpenVoteForm vote={current} />}
      {secretariat && current.status === 'open' && <CloseVoteButton vote={current} />}
      {current.status === 'open' && current.method !== 'show-of-hands' && (
        <section className="record__section" aria-labelledby="ballots-heading">
          <h2 id="ballots-heading">{t('votes.voter.ballots')}</h2>
          {user === null ? (
            <p className="notice">
              <Link to={signInPath(location.pathname)}>{t('votes.voter.signIn')}</Link>
            </p>
          ) : !standing.data ? (
            <QueriesStatus queries={[standing]} />
          ) : standing.data.states.length === 0 ? (
            <p className="notice">{t('votes.voter.noBallot')}</p>
          ) : (
            standing.data.states.map((entry) => (
              <BallotForm
                key={entry.state}
                vote={current}
                state={entry.state}
                stateName={nameOf(entry.state)}
                asProxy={entry.asProxy}
                voted={entry.voted}
                onCast={(state) => setAnnouncement(t('votes.ballot.received', { state: nameOf(state) }))}
              />
            ))
          )}
        </section>
      )}
      <section className="record__section" aria-labelledby="result-heading" aria-live="polite">
        <h2 id="result-heading">{t('votes.voter.result')}</h2>
        {current.result === null ? (
          <p className="muted">{t('votes.voter.resultAfterClose')}</p>
        ) : (
          <VoteTally vote={current} />
        )}
      </section>
      {current.status === 'closed' && current.method === 'secret' && <ReceiptCheckForm vote={current} />}
    </>
  );
}
