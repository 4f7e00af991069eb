import type { Vote } from '@tansiq/api';
import { canConductVotes } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LocalizedText } from '../components/localized-text.tsx';
import { QueriesStatus } from '../components/query-state.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { useAgendaItems } from '../features/agenda/agenda.queries.ts';
import { useCurrentUser } from '../features/auth/session.queries.ts';
import { useMeeting } from '../features/meetings/meetings.queries.ts';
import { useOfficerSettings } from '../features/officers/officers.queries.ts';
import { useStateNames } from '../features/registry/registry.queries.ts';
import { CountsForm, RollCallForm } from '../features/votes/vote-conduct.tsx';
import { VoteForm } from '../features/votes/vote-form.tsx';
import { VoteList } from '../features/votes/vote-list.tsx';
import { useLiveVotes, useVotes } from '../features/votes/votes.queries.ts';
import { inLanguage } from '../lib/format.ts';
import { useLocale } from '../lib/use-locale.ts';
import '../votes.css';

/** The open votes the secretariat conducts on this page: counts of a show of hands, answers of a roll-call. */
function ConductSection({ votes, nameOf }: { votes: readonly Vote[]; nameOf: (iso3: string) => string }) {
  const { t } = useTranslation();
  const open = votes.filter((vote) => vote.status === 'open' && vote.method !== 'secret');
  if (open.length === 0) {
    return null;
  }
  return (
    <section className="record__section" aria-labelledby="conduct-heading">
      <h2 id="conduct-heading">{t('votes.conduct.heading')}</h2>
      {open.map((vote) =>
        vote.method === 'show-of-hands' ? (
          <CountsForm key={vote.id} vote={vote} />
        ) : (
          <RollCallForm key={vote.id} vote={vote} nameOf={nameOf} />
        ),
      )}
    </section>
  );
}

/**
 * `/meetings/:code/votes`: the meeting's votes, following the live stream; the secretariat prepares, opens,
 * conducts and closes them.
 */
export function MeetingVotesPage() {
  const { t } = useTranslation();
  const { language } = useLocale();
  const { code = '' } = useParams();
  const meeting = useMeeting(code);
  const votes = useVotes(code);
  const user = useCurrentUser();
  const nameOf = useStateNames();
  const secretariat = canConductVotes(user);
  const agendaItems = useAgendaItems(code, secretariat);
  const settings = useOfficerSettings(code, secretariat);
  const [created, setCreated] = useState<number | null>(null);
  useLiveVotes(meeting.data?.id);
  const title = meeting.data ? inLanguage(meeting.data.title, language) : t('votes.heading');
  useDocumentTitle(t('votes.documentTitle', { meeting: title }));

  if (!meeting.data || !votes.data) {
    return <QueriesStatus queries={[meeting, votes]} />;
  }
  return (
    <>
      <div className="page-intro">
        <h1>{t('votes.heading')}</h1>
        <p>
          <Link to={`/meetings/${encodeURIComponent(meeting.data.code)}`}>
            <LocalizedText text={meeting.data.title} />
          </Link>
        </p>
      </div>
      <section className="record__section" aria-labelledby="votes-list-heading">
        <h2 id="votes-list-heading">{t('votes.list.heading', { count: votes.data.length })}</h2>
        {votes.data.length === 0 ? (
          <p className="notice">{t('votes.list.none')}</p>
        ) : (
          <VoteList votes={votes.data} canConduct={secretariat} />
        )}
      </section>
      {secretariat && <ConductSection votes={votes.data} nameOf={nameOf} />}
      {secretariat && (
        <div className="record__section">
          <p className={created === null ? undefined : 'notice notice--success'} role="status">
            {created !== null && t('votes.form.created', { number: created })}
          </p>
          {agendaItems.data && settings.data ? (
            <VoteForm
              meeting={meeting.data.code}
              agendaItems={agendaItems.data}
              groups={settings.data.groups}
              onCreated={setCreated}
            />
          ) : (
            <QueriesStatus queries={[agendaItems, settings]} />
          )}
        </div>
      )}
    </>
  );
}
