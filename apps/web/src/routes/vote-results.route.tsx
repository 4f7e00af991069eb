import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LocalizedText } from '../components/localized-text.tsx';
import { QueriesStatus } from '../components/query-state.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { votePath } from '../features/votes/vote-list.tsx';
import { BallotsReceived, ProjectorTally } from '../features/votes/vote-result.tsx';
import { useLiveVotes, useVote } from '../features/votes/votes.queries.ts';
import { inLanguage } from '../lib/format.ts';
import { useLocale } from '../lib/use-locale.ts';
import '../votes.css';

/**
 * `/votes/:id/results`, the projector view: a page of its own (no site header or language bar) that fills the
 * screen in big type and high contrast; the title, the method and the ballots received updating live, then the
 * result, how it follows, and its figures (an election: each candidate's votes).
 */
export function VoteResultsPage() {
  const { t } = useTranslation();
  const { language } = useLocale();
  const { id = '' } = useParams();
  const vote = useVote(id);
  useLiveVotes(vote.data?.meetingId);
  const title = vote.data ? inLanguage(vote.data.title, language) : t('votes.projector.heading');
  useDocumentTitle(t('votes.projector.documentTitle', { title }));
  if (!vote.data) {
    return <QueriesStatus queries={[vote]} />;
  }
  const current = vote.data;
  return (
    <div className="projector" data-projector={current.status}>
      <div className="projector__heading">
        <h1 className="projector__title">
          {t('votes.voter.number', { number: current.number })} <LocalizedText text={current.title} />
        </h1>
        <p className="projector__method">
          {t(`votes.kinds.${current.kind}`)} – {t(`votes.methods.${current.method}`)} –{' '}
          {t(`votes.statuses.${current.status}`)}
        </p>
      </div>
      <p
        className={current.result === null ? 'projector__count' : 'projector__count projector__count--closed'}
        aria-live="polite"
        data-ballots-received={current.ballotsReceived}
      >
        {current.status === 'draft' ? t('votes.voter.notOpen') : <BallotsReceived vote={current} />}
      </p>
      <div className="projector__body" aria-live="polite">
        {current.result !== null && <ProjectorTally vote={current} />}
      </div>
      <p className="projector__back">
        <Link to={votePath(current.id)}>{t('votes.projector.back')}</Link>
      </p>
    </div>
  );
}
