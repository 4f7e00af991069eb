import { Component, type ReactNode } from 'react';
import { NotFound, PageNotFound } from './not-found.tsx';

/**
 * Shows "Page not found" in place of a page that threw `PageNotFound`; any other error goes on up to the next
 * boundary. Keyed by the address where it is used, so that the next page starts afresh.
 */
export class PageBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    const { error } = this.state;
    if (error === null) {
      return this.props.children;
    }
    if (error instanceof PageNotFound) {
      return <NotFound />;
    }
    throw error;
  }
}
