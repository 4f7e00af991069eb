import { canNominate, focalPointState } from '@tansiq/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LocalizedText } from '../components/localized-text.tsx';
import { QueriesStatus } from '../components/query-state.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { useCurrentUser } from '../features/auth/session.queries.ts';
import { useMeeting } from '../features/meetings/meetings.queries.ts';
import { GroupSection } from '../features/officers/group-section.tsx';
import { NominationForm } from '../features/officers/nomination-form.tsx';
import { type FindingNames, type Gender, type PostKind } from '../features/officers/officers.ts';
import { useNominations, useOfficerSettings } from '../features/officers/officers.queries.ts';
import { useMemberStates, useRegions, useStateNames } from '../features/registry/registry.queries.ts';
import { formatList, formatPercent, inLanguage } from '../lib/format.ts';
import { useLocale } from '../lib/use-locale.ts';

/**
 * `/meetings/:code/officers`: per group (SG1, SG2, TDAG) the posts and seats, the slate check shown at once with the
 * gender report, the nominations (withdraw; appoint by consensus for the secretariat), and the nomination form of a
 * focal point (its own state) or the secretariat (any state).
 */
export function MeetingOfficersPage() {
  const { t } = useTranslation();
  const { language, locale } = useLocale();
  const { code = '' } = useParams();
  const meeting = useMeeting(code);
  const settings = useOfficerSettings(code);
  const nominations = useNominations(code);
  const memberStates = useMemberStates();
  const regions = useRegions();
  const user = useCurrentUser();
  const title = meeting.data ? inLanguage(meeting.data.title, language) : t('officers.heading');
  useDocumentTitle(t('officers.documentTitle', { meeting: title }));
  const nameOf = useStateNames();
  const names = useMemo<FindingNames>(() => {
    const regionNames = new Map((regions.data ?? []).map((region) => [region.id, inLanguage(region.name, language)]));
    return {
      post: (kind) => t(`officers.posts.${kind as PostKind}`),
      region: (id) => regionNames.get(id as never) ?? id,
      gender: (gender) => t(`officers.genders.${gender as Gender}`),
      state: nameOf,
      share: (share) => formatPercent(locale, share, 1),
      list: (items) => formatList(locale, items),
    };
  }, [regions.data, language, locale, nameOf, t]);

  if (!meeting.data || !settings.data || !nominations.data || !memberStates.data || !regions.data) {
    return <QueriesStatus queries={[meeting, settings, nominations, memberStates, regions]} />;
  }
  const ownState = focalPointState(user) ?? null;
  return (
    <>
      <div className="page-intro">
        <h1>{t('officers.heading')}</h1>
        <p>
          <Link to={`/meetings/${encodeURIComponent(meeting.data.code)}`}>
            <LocalizedText text={meeting.data.title} />
          </Link>
        </p>
        <p>{t('officers.intro')}</p>
      </div>
      {settings.data.groups.map((group) => (
        <GroupSection
          key={group.id}
          meeting={meeting.data.code}
          group={group}
          nominations={nominations.data}
          names={names}
          user={user}
        />
      ))}
      {canNominate(user) && (
        <NominationForm
          meeting={meeting.data.code}
          groups={settings.data.groups}
          memberStates={memberStates.data}
          ownState={ownState}
          nameOf={nameOf}
        />
      )}
    </>
  );
}
