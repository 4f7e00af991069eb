import type { AgendaItem, ContributionSummary, Decision, Vote } from '@tansiq/api';
import { canKeepAgenda, statementStates } from '@tansiq/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { z } from 'zod';
import { LocalizedText } from '../components/localized-text.tsx';
import { QueriesStatus } from '../components/query-state.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { meetingZone, withPageZone } from '../components/zoned-time.tsx';
import { AgendaItemForm } from '../features/agenda/agenda-item-form.tsx';
import { decidableVotes } from '../features/agenda/agenda.ts';
import { useAgendaItems, useDecisions } from '../features/agenda/agenda.queries.ts';
import { DecisionForm } from '../features/agenda/decision-form.tsx';
import { DecisionLog } from '../features/agenda/decision-log.tsx';
import { useCurrentUser } from '../features/auth/session.queries.ts';
import { contributionPath, DocumentSymbol } from '../features/contributions/contribution-labels.tsx';
import { useContributions } from '../features/contributions/contributions.queries.ts';
import { useMeeting } from '../features/meetings/meetings.queries.ts';
import { useMemberStates, useStateNames } from '../features/registry/registry.queries.ts';
import { useVotes } from '../features/votes/votes.queries.ts';
import { inLanguage } from '../lib/format.ts';
import { useLocale } from '../lib/use-locale.ts';

type Summary = z.infer<typeof ContributionSummary>;

/** An item's documents: each symbol links to its document. */
function ItemDocuments({ ids, documents }: { ids: readonly string[]; documents: ReadonlyMap<string, Summary> }) {
  const { t } = useTranslation();
  if (ids.length === 0) {
    return null;
  }
  return (
    <p className="agenda-item__documents">
      {t('agenda.documents')}{' '}
      {ids.map((id, index) => {
        const document = documents.get(id);
        return (
          <span key={id}>
            {index > 0 && ', '}
            <Link to={contributionPath(id)}>
              <DocumentSymbol symbol={document?.symbol ?? null} />
            </Link>
          </span>
        );
      })}
    </p>
  );
}

/** `/meetings/:code/agenda`: the agenda items in order, their documents and decisions log, and the forms of those who may. */
export function MeetingAgendaPage() {
  const { t } = useTranslation();
  const { language } = useLocale();
  const { code = '' } = useParams();
  const meeting = useMeeting(code);
  const items = useAgendaItems(code);
  const decisions = useDecisions(code);
  const contributions = useContributions(code);
  const memberStates = useMemberStates();
  const user = useCurrentUser();
  const keeper = canKeepAgenda(user);
  // The votes are read only for the secretariat's form; without them the form offers consensus alone.
  const votes = useVotes(code, keeper);
  const title = meeting.data ? inLanguage(meeting.data.title, language) : t('agenda.heading');
  useDocumentTitle(t('agenda.documentTitle', { meeting: title }));
  const nameOf = useStateNames();
  const documents = useMemo(
    () => new Map((contributions.data ?? []).map((document) => [document.id, document])),
    [contributions.data],
  );

  if (!meeting.data || !items.data || !decisions.data || !contributions.data || !memberStates.data) {
    return <QueriesStatus queries={[meeting, items, decisions, contributions, memberStates]} />;
  }
  const byItem = new Map<string, Decision[]>();
  for (const decision of decisions.data) {
    byItem.set(decision.agendaItemId, [...(byItem.get(decision.agendaItemId) ?? []), decision]);
  }
  const decided = new Set(decisions.data.flatMap((decision) => (decision.voteId === null ? [] : [decision.voteId])));
  const allowedStates = new Set(
    statementStates(
      user,
      memberStates.data.map((state) => state.iso3),
    ),
  );
  const speakFor = memberStates.data.filter((state) => allowedStates.has(state.iso3));
  const closedVotes: Vote[] = votes.data ?? [];
  const meetingCode = meeting.data.code;
  return withPageZone(
    meetingZone(meeting.data),
    <>
      <div className="page-intro">
        <h1>{t('agenda.heading')}</h1>
        <p>
          <Link to={`/meetings/${encodeURIComponent(meetingCode)}`}>
            <LocalizedText text={meeting.data.title} />
          </Link>
        </p>
      </div>
      <section className="record__section" aria-labelledby="agenda-items-heading">
        <h2 id="agenda-items-heading">{t('agenda.items.heading', { count: items.data.length })}</h2>
        {items.data.length === 0 ? (
          <p className="notice">{t('agenda.items.none')}</p>
        ) : (
          <ol className="agenda-items">
            {items.data.map((item: AgendaItem) => (
              <li key={item.id} className="agenda-item" data-agenda-item={item.number}>
                <h3 id={`agenda-item-${item.id}`}>
                  <bdi dir="ltr">{item.number}</bdi> <LocalizedText text={item.title} />
                </h3>
                <ItemDocuments ids={item.documents} documents={documents} />
                <section aria-labelledby={`agenda-item-${item.id}-log`}>
                  <h4 id={`agenda-item-${item.id}-log`} className="visually-hidden">
                    {t('agenda.log.heading', { number: item.number })}
                  </h4>
                  <DecisionLog
                    meeting={meetingCode}
                    decisions={byItem.get(item.id) ?? []}
                    nameOf={nameOf}
                    statementStates={speakFor}
                  />
                </section>
                {keeper && (
                  <details>
                    <summary>{t('agenda.decisionForm.open')}</summary>
                    <DecisionForm
                      meeting={meetingCode}
                      agendaItem={item.id}
                      itemNumber={item.number}
                      votes={decidableVotes(closedVotes, item.id, decided)}
                    />
                  </details>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
      {keeper && (
        <section className="record__section" aria-label={t('agenda.itemForm.heading')}>
          <AgendaItemForm meeting={meetingCode} documents={contributions.data} />
        </section>
      )}
    </>,
  );
}
