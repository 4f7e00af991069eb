import { ApiError } from '@tansiq/api';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { CycleTimelinePage } from './routes/cycle-timeline.route.tsx';
import { MemberStatesPage } from './routes/member-states.route.tsx';
import { NotFoundPage } from './routes/not-found.route.tsx';
import { RootLayout } from './routes/root.route.tsx';

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
      { path: 'member-states', Component: MemberStatesPage },
      { path: '*', Component: NotFoundPage },
    ],
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
