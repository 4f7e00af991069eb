import type { Vote } from '@tansiq/api';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LocalizedText } from '../components/localized-text.tsx';
import { QueriesStatus } from '../components/query-state.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { meetingZone, useZonedTime, UTC_ZONE } from '../components/zoned-time.tsx';
import { useMeeting } from '../features/meetings/meetings.queries.ts';
import { useStateNames } from '../features/registry/registry.queries.ts';
import { votePath } from '../features/votes/vote-list.tsx';
import { ChoiceInWords, VoteTally } from '../features/votes/vote-result.tsx';
import { useVote } from '../features/votes/votes.queries.ts';
import { inLanguage, isolate } from '../lib/format.ts';
import { useLocale } from '../lib/use-locale.ts';
import '../votes.css';

/** States by name in the reader's language, joined as a list ("none" for none). */
function StateList({ states, nameOf }: { states: readonly string[]; nameOf: (iso3: string) => string }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  if (states.length === 0) {
    return <>{t('form.none')}</>;
  }
  const collator = new Intl.Collator(locale);
  const names = states.map(nameOf).sort(collator.compare);
  return <>{new Intl.ListFormat(locale, { type: 'unit' }).format(names)}</>;
}

/** The rules the vote was taken under, in words. */
function RulesInWords({ vote }: { vote: Vote }) {
  const { t } = useTranslation();
  const { rules } = vote;
  return (
    <ul className="vote-record__rules">
      <li>{t(`votes.record.majority.${rules.majority}`)}</li>
      <li>
        {rules.quorum === 'majority'
          ? t('votes.record.quorumMajority')
          : t('votes.record.quorumNumber', { count: rules.quorum })}
      </li>
      {vote.kind === 'question' && (
        <li>{t(rules.abstentionsPostpone ? 'votes.record.postpone' : 'votes.record.noPostpone')}</li>
      )}
    </ul>
  );
}

/**
 * `/votes/:id/record`, the record of a vote's result, made to be printed (the site's header and footer and the
 * print button are left out on paper): the meeting, the vote, its rules, who was present and represented, who
 * voted (never what, in a secret ballot; each state's answer in a roll-call), and the result with its figures.
 */
export function VoteRecordPage() {
  const { t } = useTranslation();
  const { language } = useLocale();
  const { id = '' } = useParams();
  const vote = useVote(id);
  const meeting = useMeeting(vote.data?.meetingId ?? '');
  const nameOf = useStateNames();
  const title = vote.data ? inLanguage(vote.data.title, language) : t('votes.record.heading');
  useDocumentTitle(t('votes.record.documentTitle', { title }));
  // The meeting's local time, named by its city, as on every page of a meeting.
  const zonedTime = useZonedTime(meeting.data ? meetingZone(meeting.data) : UTC_ZONE);
  // The meeting too: its zone names every time of the record.
  if (!vote.data || !meeting.data) {
    return <QueriesStatus queries={[vote, meeting]} />;
  }
  const current = vote.data;
  const at = (instant: string | null) => (instant === null ? '–' : zonedTime(instant));
  return (
    <article className="vote-record" data-vote-record={current.status}>
      <div className="page-intro">
        <p className="vote-record__meeting">
          <LocalizedText text={meeting.data.title} />
        </p>
        <h1>
          {t('votes.record.title', { number: current.number })} <LocalizedText text={current.title} />
        </h1>
        <p className="no-print">
          <Link to={votePath(current.id)}>{t('votes.projector.back')}</Link>{' '}
          <button type="button" className="button button--secondary" onClick={() => window.print()}>
            {t('votes.record.print')}
          </button>
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
          <dt>{t('votes.record.opened')}</dt>
          <dd>{at(current.openedAt)}</dd>
        </div>
        <div>
          <dt>{t('votes.record.closed')}</dt>
          <dd>{at(current.closedAt)}</dd>
        </div>
        <div>
          <dt>{t('votes.record.rules')}</dt>
          <dd>
            <RulesInWords vote={current} />
          </dd>
        </div>
        <div>
          <dt>{t('votes.record.electorate', { count: current.electorate.length })}</dt>
          <dd>
            <StateList states={current.electorate} nameOf={nameOf} />
          </dd>
        </div>
        <div>
          <dt>{t('votes.record.present', { count: current.present.length })}</dt>
          <dd data-record-present>
            <StateList states={current.present} nameOf={nameOf} />
          </dd>
        </div>
        <div>
          <dt>{t('votes.record.proxies', { count: Object.keys(current.proxies).length })}</dt>
          <dd>
            {Object.keys(current.proxies).length === 0
              ? t('form.none')
              : Object.entries(current.proxies)
                  .map(([giver, holder]) =>
                    t('delegations.presence.proxyOf', { giver: nameOf(giver), holder: nameOf(holder) }),
                  )
                  .join('; ')}
          </dd>
        </div>
        {current.method !== 'show-of-hands' && (
          <div>
            <dt>{t('votes.record.voted', { count: current.voted.length })}</dt>
            <dd data-record-voted>
              {current.method === 'roll-call' ? (
                <ul className="vote-record__roll-call">
                  {current.rollCall.map((entry) => (
                    <li key={entry.state}>
                      {nameOf(entry.state)} – <ChoiceInWords vote={current} choice={entry.choice} />
                    </li>
                  ))}
                </ul>
              ) : (
                <StateList states={current.voted} nameOf={nameOf} />
              )}
            </dd>
          </div>
        )}
      </dl>
      <section className="record__section" aria-labelledby="record-result-heading">
        <h2 id="record-result-heading">{t('votes.voter.result')}</h2>
        {current.result === null ? (
          <p className="muted">{t('votes.voter.resultAfterClose')}</p>
        ) : (
          <VoteTally vote={current} />
        )}
      </section>
      {current.status === 'closed' && (
        <p className="muted vote-record__recount">
          {t('votes.record.recount', { path: isolate(`/api/v1/votes/${current.id}/record`) })}
        </p>
      )}
    </article>
  );
}
