import { createClient } from '@tansiq/api';

/** The typed API client of the web app, on the page's own origin. */
export const api = createClient({ baseUrl: '' });
