import type { Meeting } from '@tansiq/api';
import { canEditMeetings } from '@tansiq/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { LocalizedText } from '../components/localized-text.tsx';
import { QueriesStatus } from '../components/query-state.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { auditKeys } from '../features/audit/audit.queries.ts';
import { RequireUser } from '../features/auth/require-user.tsx';
import { withCsrfRefresh } from '../features/auth/session.queries.ts';
import { MeetingForm, type MeetingFormChoices } from '../features/meetings/meeting-form.tsx';
import {
  blankMeetingValues,
  createMeetingBody,
  meetingValues,
  updateMeetingBody,
  type MeetingFormValues,
} from '../features/meetings/meeting-form.ts';
import { meetingsKeys, useCycles, useMeeting } from '../features/meetings/meetings.queries.ts';
import { useMemberStates, useOrganizations, useRegions } from '../features/registry/registry.queries.ts';
import { api } from '../lib/api.ts';

/** The cycle a new meeting joins unless the editor chooses another. */
const DEFAULT_CYCLE = 'wtdc-17';

const meetingPath = (meeting: Pick<Meeting, 'code'>) => `/meetings/${encodeURIComponent(meeting.code)}`;

/** Saves through the API, refreshes what shows meetings, and goes to the meeting's page. */
function useSaveMeeting(save: (values: MeetingFormValues) => Promise<Meeting | null>, fallbackPath: string) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: (values: MeetingFormValues) => withCsrfRefresh(queryClient, () => save(values)),
    onSuccess: async (meeting) => {
      if (meeting !== null) {
        await queryClient.invalidateQueries({ queryKey: meetingsKeys.all });
        await queryClient.invalidateQueries({ queryKey: auditKeys.all });
      }
      await navigate(meeting === null ? fallbackPath : meetingPath(meeting));
    },
  });
}

function useChoices() {
  return [useMemberStates(), useRegions(), useOrganizations()] as const;
}

/** The editor of a loaded meeting; changes are computed against the meeting as it was when the form opened. */
function EditMeetingForm({ stored, choices }: { stored: Meeting; choices: MeetingFormChoices }) {
  const { t } = useTranslation();
  const [base] = useState(stored);
  const save = useSaveMeeting(async (values) => {
    const body = updateMeetingBody(base, values);
    // Nothing changed: nothing to send, and no audit row for a non-change.
    return Object.keys(body).length === 0 ? null : (await api.updateMeeting(base.id, body)).data;
  }, meetingPath(base));
  return (
    <MeetingForm
      initial={meetingValues(base)}
      choices={choices}
      submitLabel={t('meetingForm.saveChanges')}
      cancelTo={meetingPath(base)}
      pending={save.isPending}
      error={save.error}
      onSubmit={(values) => save.mutate(values)}
    />
  );
}

function EditMeeting({ code }: { code: string }) {
  const { t } = useTranslation();
  const meeting = useMeeting(code);
  const [memberStates, regions, organizations] = useChoices();
  useDocumentTitle(t('meetingForm.editTitle'));

  if (!meeting.data || !memberStates.data || !regions.data || !organizations.data) {
    return <QueriesStatus queries={[meeting, memberStates, regions, organizations]} />;
  }
  return (
    <>
      <div className="page-intro">
        <h1>{t('meetingForm.editTitle')}</h1>
        <p>
          <LocalizedText text={meeting.data.title} />
        </p>
      </div>
      <EditMeetingForm
        stored={meeting.data}
        choices={{
          cycles: null,
          memberStates: memberStates.data,
          regions: regions.data,
          organizations: organizations.data,
        }}
      />
    </>
  );
}

function NewMeeting() {
  const { t } = useTranslation();
  const cycles = useCycles();
  const [memberStates, regions, organizations] = useChoices();
  const save = useSaveMeeting(async (values) => (await api.createMeeting(createMeetingBody(values))).data, '/');
  useDocumentTitle(t('meetingForm.newTitle'));

  if (!cycles.data || !memberStates.data || !regions.data || !organizations.data) {
    return <QueriesStatus queries={[cycles, memberStates, regions, organizations]} />;
  }
  const cycle = cycles.data.find((candidate) => candidate.code === DEFAULT_CYCLE) ?? cycles.data.at(-1);
  return (
    <>
      <div className="page-intro">
        <h1>{t('meetingForm.newTitle')}</h1>
      </div>
      <MeetingForm
        initial={blankMeetingValues(cycle?.code ?? '')}
        choices={{
          cycles: cycles.data,
          memberStates: memberStates.data,
          regions: regions.data,
          organizations: organizations.data,
        }}
        submitLabel={t('meetingForm.create')}
        cancelTo="/"
        pending={save.isPending}
        error={save.error}
        onSubmit={(values) => save.mutate(values)}
      />
    </>
  );
}

/** `/meetings/:code/edit`: the secretariat's editor of one meeting; a translated refusal for anyone else. */
export function MeetingEditPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  return (
    <RequireUser allow={canEditMeetings} title={t('meetingForm.editTitle')}>
      {() => <EditMeeting code={code} />}
    </RequireUser>
  );
}

/** `/meetings/new`: the secretariat creates a meeting. */
export function MeetingNewPage() {
  const { t } = useTranslation();
  return (
    <RequireUser allow={canEditMeetings} title={t('meetingForm.newTitle')}>
      {() => <NewMeeting />}
    </RequireUser>
  );
}
