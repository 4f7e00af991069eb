import type { Delegation, MemberState, User } from '@tansiq/api';
import { canActForDelegation, canCheckIn, actsForDelegations, focalPointState } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LocalizedText } from '../components/localized-text.tsx';
import { MemberStateOptions } from '../components/member-state-options.tsx';
import { QueriesStatus } from '../components/query-state.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { useCurrentUser } from '../features/auth/session.queries.ts';
import { DelegationForm } from '../features/delegations/delegation-form.tsx';
import { DelegationList, PresenceSummary } from '../features/delegations/delegation-list.tsx';
import { useDelegations, usePresence } from '../features/delegations/delegations.queries.ts';
import { ProxyForm } from '../features/delegations/proxy-form.tsx';
import { useMeeting } from '../features/meetings/meetings.queries.ts';
import { useMemberStates, useStateNames } from '../features/registry/registry.queries.ts';
import { inLanguage } from '../lib/format.ts';
import { useLocale } from '../lib/use-locale.ts';

/** The state whose delegation the reader edits: a focal point's own; the secretariat's choice. */
function StatePanel({
  meeting,
  memberState,
  delegations,
  memberStates,
  nameOf,
}: {
  meeting: string;
  memberState: string;
  delegations: readonly Delegation[];
  memberStates: readonly MemberState[];
  nameOf: (iso3: string) => string;
}) {
  const delegation = delegations.find((candidate) => candidate.memberState === memberState);
  const stateName = nameOf(memberState);
  return (
    <>
      <DelegationForm
        // A new composition resets the form to what was registered.
        key={`${memberState}-${delegation?.id ?? 'new'}`}
        meeting={meeting}
        memberState={memberState}
        stateName={stateName}
        delegation={delegation}
      />
      {delegation && (
        <ProxyForm
          key={memberState}
          meeting={meeting}
          delegation={delegation}
          delegations={delegations}
          memberStates={memberStates}
          stateName={stateName}
          nameOf={nameOf}
        />
      )}
    </>
  );
}

/** The secretariat picks the state it acts for; a focal point acts for its own. */
function ActForSection({
  user,
  meeting,
  delegations,
  memberStates,
  nameOf,
}: {
  user: User;
  meeting: string;
  delegations: readonly Delegation[];
  memberStates: readonly MemberState[];
  nameOf: (iso3: string) => string;
}) {
  const { t } = useTranslation();
  const own = focalPointState(user) ?? null;
  const [chosen, setChosen] = useState('');
  const memberState = own ?? chosen;
  return (
    <section className="record__section" aria-labelledby="act-for-heading">
      <h2 id="act-for-heading">{t('delegations.actFor.heading')}</h2>
      {own === null && (
        <div className="field">
          <label className="field__label" htmlFor="field-act-for">
            {t('delegations.actFor.state')}
          </label>
          <select id="field-act-for" value={chosen} onChange={(event) => setChosen(event.target.value)}>
            <option value="">{t('delegations.actFor.choose')}</option>
            <MemberStateOptions states={memberStates} />
          </select>
        </div>
      )}
      {memberState !== '' && canActForDelegation(user, memberState) && (
        <StatePanel
          key={memberState}
          meeting={meeting}
          memberState={memberState}
          delegations={delegations}
          memberStates={memberStates}
          nameOf={nameOf}
        />
      )}
    </section>
  );
}

/** `/meetings/:code/delegations`: presence and quorum, the delegations, and the forms of those who act for a state. */
export function MeetingDelegationsPage() {
  const { t } = useTranslation();
  const { language } = useLocale();
  const { code = '' } = useParams();
  const meeting = useMeeting(code);
  const delegations = useDelegations(code);
  const presence = usePresence(code);
  const memberStates = useMemberStates();
  const user = useCurrentUser();
  const title = meeting.data ? inLanguage(meeting.data.title, language) : t('delegations.heading');
  useDocumentTitle(t('delegations.documentTitle', { meeting: title }));
  const nameOf = useStateNames();

  if (!meeting.data || !delegations.data || !presence.data || !memberStates.data) {
    return <QueriesStatus queries={[meeting, delegations, presence, memberStates]} />;
  }
  const collator = new Intl.Collator(language);
  const sorted = [...delegations.data].sort((a, b) => collator.compare(nameOf(a.memberState), nameOf(b.memberState)));
  const actsForStates = actsForDelegations(user);
  return (
    <>
      <div className="page-intro">
        <h1>{t('delegations.heading')}</h1>
        <p>
          <Link to={`/meetings/${encodeURIComponent(meeting.data.code)}`}>
            <LocalizedText text={meeting.data.title} />
          </Link>
        </p>
      </div>
      <section className="record__section" aria-labelledby="presence-heading">
        <h2 id="presence-heading">{t('delegations.presence.heading')}</h2>
        <PresenceSummary presence={presence.data} nameOf={nameOf} />
      </section>
      {user && actsForStates && (
        <ActForSection
          user={user}
          meeting={meeting.data.code}
          delegations={sorted}
          memberStates={memberStates.data}
          nameOf={nameOf}
        />
      )}
      <section className="record__section" aria-labelledby="delegations-heading">
        <h2 id="delegations-heading">{t('delegations.list.heading', { count: sorted.length })}</h2>
        {sorted.length === 0 ? (
          <p className="notice">{t('delegations.list.none')}</p>
        ) : (
          <DelegationList
            meeting={meeting.data.code}
            delegations={sorted}
            nameOf={nameOf}
            canCheckIn={canCheckIn(user)}
          />
        )}
      </section>
    </>
  );
}
