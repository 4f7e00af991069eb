import type { LocalizedText } from '@tansiq/api';
import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, inLanguage, isolate } from '../lib/format.ts';
import { useLocale } from '../lib/use-locale.ts';

/**
 * The zone a page reads all its times in, named with each time: a meeting's pages in the meeting's local time,
 * named by its city ("Buenos Aires time", never `America/Argentina/Buenos_Aires`); other pages in UTC.
 */
export interface PageZone {
  timeZone: string;
  /** The city whose local time it is; null for UTC. */
  city: LocalizedText | null;
}

/** UTC, for the pages that belong to no meeting (the audit trail, the account, the cycle's timeline). */
export const UTC_ZONE: PageZone = { timeZone: 'UTC', city: null };

/** A meeting's local time, named by its city (a meeting held on UTC is in UTC). */
export const meetingZone = (meeting: { timeZone: string; city: LocalizedText }): PageZone =>
  meeting.timeZone === 'UTC' || meeting.timeZone === 'Etc/UTC'
    ? UTC_ZONE
    : { timeZone: meeting.timeZone, city: meeting.city };

const PageZoneContext = createContext<PageZone>(UTC_ZONE);

/** Sets the one zone of a page (a meeting's pages: the meeting's); every `ZonedTime` inside reads its times in it. */
export function PageZoneProvider({ zone, children }: { zone: PageZone; children: ReactNode }) {
  return <PageZoneContext.Provider value={zone}>{children}</PageZoneContext.Provider>;
}

/** A page's content in a zone: `return withPageZone(meetingZone(meeting), <article>…</article>)`. */
export function withPageZone(zone: PageZone, page: ReactNode) {
  return <PageZoneProvider zone={zone}>{page}</PageZoneProvider>;
}

/** The zone of the page: the meeting's on a meeting's pages, else UTC. */
export function usePageZone(): PageZone {
  return useContext(PageZoneContext);
}

/** The name of a zone in the reader's language: "توقيت بوينس آيرس", "UTC". */
export function useZoneName(zone: PageZone): string {
  const { t } = useTranslation();
  const { language } = useLocale();
  return zone.city === null ? t('time.utc') : t('time.cityTime', { city: isolate(inLanguage(zone.city, language)) });
}

/**
 * Formats instants as read in the page's zone, each followed by the zone's name: "25 Sept 2017, 20:59 (Buenos
 * Aires time)", "25 سبتمبر 2017، 20:59 (بتوقيت بوينس آيرس)". A page that learns its meeting in the same component
 * passes the zone itself.
 */
export function useZonedTime(zone?: PageZone): (instant: string) => string {
  const { t } = useTranslation();
  const { language, locale } = useLocale();
  const page = usePageZone();
  const { timeZone, city } = zone ?? page;
  return useCallback(
    (instant: string) =>
      t('time.at', {
        time: formatDateTime(locale, instant, timeZone),
        zone: city === null ? t('time.inUtc') : t('time.inCity', { city: isolate(inLanguage(city, language)) }),
      }),
    [t, locale, language, timeZone, city],
  );
}

/** An instant as read in the page's zone, with the zone named: a `<time>` element. */
export function ZonedTime({ instant, className }: { instant: string; className?: string }) {
  const format = useZonedTime();
  return (
    <time dateTime={instant} className={className}>
      {format(instant)}
    </time>
  );
}
