import { ApiError } from '@tansiq/api';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AccountPage } from './routes/account.route.tsx';
import { AuditPage } from './routes/audit.route.tsx';
import { ConsolidationDraftsPage } from './routes/consolidation-drafts.route.tsx';
import { ConsolidationPage } from './routes/consolidation.route.tsx';
import { ContributionNewPage } from './routes/contribution-new.route.tsx';
import { ContributionPage } from './routes/contribution.route.tsx';
import { CycleTimelinePage } from './routes/cycle-timeline.route.tsx';
import { MeetingAgendaPage } from './routes/meeting-agenda.route.tsx';
import { MeetingDelegationsPage } from './routes/meeting-delegations.route.tsx';
import { MeetingOfficersPage } from './routes/meeting-officers.route.tsx';
import { MeetingDocumentsPage } from './routes/meeting-documents.route.tsx';
import { MeetingEditPage, MeetingNewPage } from './routes/meeting-editor.route.tsx';
import { MeetingVotesPage } from './routes/meeting-votes.route.tsx';
import { MeetingPage } from './routes/meeting.route.tsx';
import { MemberStatePage } from './routes/member-state.route.tsx';
import { MemberStatesPage } from './routes/member-states.route.tsx';
import { NotFoundPage } from './routes/not-found.route.tsx';
import { BareLayout, RootLayout } from './routes/root.route.tsx';
import { SignInPage } from './routes/sign-in.route.tsx';
import { SynopticOverviewPage } from './routes/synoptic-overview.route.tsx';
import { SynopticPage } from './routes/synoptic.route.tsx';
import { TextVersionPage } from './routes/text-version.route.tsx';
import { TextsPage } from './routes/texts.route.tsx';
import { UsersPage } from './routes/users.route.tsx';
import { VoteRecordPage } from './routes/vote-record.route.tsx';
import { VoteResultsPage } from './routes/vote-results.route.tsx';
import { VotePage } from './routes/vote.route.tsx';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // An answer from the API is final; only a failure to reach the server is worth retrying.
      retry: (failures, error) => !(error instanceof ApiError) && failures < 2,
    },
  },
});

const router = createBrowserRouter([
  {
    Component: RootLayout,
    children: [
      { index: true, Component: CycleTimelinePage },
      { path: 'sign-in', Component: SignInPage },
      { path: 'meetings/new', Component: MeetingNewPage },
      { path: 'meetings/:code', Component: MeetingPage },
      { path: 'meetings/:code/edit', Component: MeetingEditPage },
      { path: 'meetings/:code/documents', Component: MeetingDocumentsPage },
      { path: 'meetings/:code/delegations', Component: MeetingDelegationsPage },
      { path: 'meetings/:code/votes', Component: MeetingVotesPage },
      { path: 'votes/:id', Component: VotePage },
      { path: 'votes/:id/record', Component: VoteRecordPage },
      { path: 'meetings/:code/agenda', Component: MeetingAgendaPage },
      { path: 'meetings/:code/officers', Component: MeetingOfficersPage },
      { path: 'meetings/:code/compilation', Component: SynopticOverviewPage },
      { path: 'meetings/:code/compilation/:version', Component: SynopticPage },
      { path: 'meetings/:code/consolidation', Component: ConsolidationDraftsPage },
      { path: 'consolidation/:id', Component: ConsolidationPage },
      { path: 'texts', Component: TextsPage },
      { path: 'texts/versions/:id', Component: TextVersionPage },
      { path: 'contributions/new', Component: ContributionNewPage },
      { path: 'contributions/:id', Component: ContributionPage },
      { path: 'member-states', Component: MemberStatesPage },
      { path: 'member-states/:iso3', Component: MemberStatePage },
      { path: 'audit', Component: AuditPage },
      { path: 'account', Component: AccountPage },
      { path: 'users', Component: UsersPage },
      { path: '*', Component: NotFoundPage },
    ],
  },
  {
    // The projector's view fills a screen of its own: no site header, language bar or footer.
    Component: BareLayout,
    children: [{ path: 'votes/:id/results', Component: VoteResultsPage }],
  },
]);

/** The web app: data fetching and the routes. */
export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
