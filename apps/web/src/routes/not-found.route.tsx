import { NotFound } from '../components/not-found.tsx';

/** The page for an address the app does not know. */
export function NotFoundPage() {
  return <NotFound />;
}
