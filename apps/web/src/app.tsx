import { ApiError } from '@tansiq/api';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { BARE_ROUTE_PATHS, SITE_ROUTE_PATHS, type BareRoutePath, type SiteRoutePath } from './route-paths.ts';
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
import { TranslationQueuePage } from './routes/translation-queue.route.tsx';
import { TranslationPage } from './routes/translation.route.tsx';
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

/** The page of each path of the site's frame: every path of `route-paths.ts` has one, and nothing else does. */
const SITE_PAGES: Record<SiteRoutePath, ComponentType> = {
  '': CycleTimelinePage,
  'sign-in': SignInPage,
  'meetings/new': MeetingNewPage,
  'meetings/:code': MeetingPage,
  'meetings/:code/edit': MeetingEditPage,
  'meetings/:code/documents': MeetingDocumentsPage,
  'meetings/:code/delegations': MeetingDelegationsPage,
  'meetings/:code/votes': MeetingVotesPage,
  'votes/:id': VotePage,
  'votes/:id/record': VoteRecordPage,
  'meetings/:code/agenda': MeetingAgendaPage,
  'meetings/:code/officers': MeetingOfficersPage,
  'meetings/:code/compilation': SynopticOverviewPage,
  'meetings/:code/compilation/:version': SynopticPage,
  'meetings/:code/consolidation': ConsolidationDraftsPage,
  'consolidation/:id': ConsolidationPage,
  'meetings/:code/translations': TranslationQueuePage,
  'documents/:id/translations/:language': TranslationPage,
  texts: TextsPage,
  'texts/versions/:id': TextVersionPage,
  'contributions/new': ContributionNewPage,
  'contributions/:id': ContributionPage,
  'member-states': MemberStatesPage,
  'member-states/:iso3': MemberStatePage,
  audit: AuditPage,
  account: AccountPage,
  users: UsersPage,
  '*': NotFoundPage,
};

/** The pages shown without the site's frame. */
const BARE_PAGES: Record<BareRoutePath, ComponentType> = {
  'votes/:id/results': VoteResultsPage,
};

const router = createBrowserRouter([
  {
    Component: RootLayout,
    children: SITE_ROUTE_PATHS.map((path) =>
      path === '' ? { index: true, Component: SITE_PAGES[path] } : { path, Component: SITE_PAGES[path] },
    ),
  },
  {
    // The projector's view fills a screen of its own: no site header, language bar or footer.
    Component: BareLayout,
    children: BARE_ROUTE_PATHS.map((path) => ({ path, Component: BARE_PAGES[path] })),
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
