/**
 * The web app's addresses, listed once as data: `app.tsx` builds its router from a page per path
 * (`Record<RoutePath, …>`, so a path without a page or a page without a path does not compile), and the
 * every-route accessibility test (`e2e/every-route.e2e.test.ts`) reads this list without rendering React, so a
 * route added later without a case of its own fails there. No React here: plain strings only.
 */

/** Paths of the site's frame (header, navigation, languages, footer); `''` is the index, `*` the "not found" page. */
export const SITE_ROUTE_PATHS = [
  '',
  'sign-in',
  'meetings/new',
  'meetings/:code',
  'meetings/:code/edit',
  'meetings/:code/documents',
  'meetings/:code/delegations',
  'meetings/:code/votes',
  'votes/:id',
  'votes/:id/record',
  'meetings/:code/agenda',
  'meetings/:code/officers',
  'meetings/:code/compilation',
  'meetings/:code/compilation/:version',
  'meetings/:code/consolidation',
  'consolidation/:id',
  'meetings/:code/translations',
  'documents/:id/translations/:language',
  'texts',
  'texts/versions/:id',
  'contributions/new',
  'contributions/:id',
  'member-states',
  'member-states/:iso3',
  'audit',
  'account',
  'users',
  '*',
] as const;
/** A path of the site's frame. */
export type SiteRoutePath = (typeof SITE_ROUTE_PATHS)[number];

/** Paths shown alone on a screen of their own, without the site's frame: the projector's view of a vote. */
export const BARE_ROUTE_PATHS = ['votes/:id/results'] as const;
/** A path shown without the site's frame. */
export type BareRoutePath = (typeof BARE_ROUTE_PATHS)[number];

/** Every path of the router, in the order it matches them within each frame. */
export const ROUTE_PATHS = [...SITE_ROUTE_PATHS, ...BARE_ROUTE_PATHS] as const;
/** Any path of the router. */
export type RoutePath = (typeof ROUTE_PATHS)[number];
