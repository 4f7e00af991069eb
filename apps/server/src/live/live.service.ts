import { type MeetingRow } from '@tansiq/db';
import type { ServiceContext } from '../context.ts';
import { invalid } from '../errors.ts';
import { requireMeeting } from '../lookups.ts';

/** The meeting whose live stream is asked for; anyone may follow it (the stream carries no secret). */
export async function meetingToFollow(ctx: ServiceContext, meeting: string): Promise<MeetingRow> {
  const row = await requireMeeting(ctx.db, meeting);
  return row;
}

const EVENT_ID = /^\d{1,15}$/;

/**
 * Where a client resumes: the `Last-Event-ID` header (an EventSource's reconnect) wins over `?after=` (kept in
 * the URL of the first connection); null when neither is given (the stream starts at its end).
 */
export function resumeAfter(lastEventId: string | undefined, after: string | undefined): number | null {
  if (lastEventId !== undefined && lastEventId.trim() !== '') {
    if (!EVENT_ID.test(lastEventId.trim())) {
      throw invalid(['headers', 'last-event-id'], 'invalid_event_id', 'Last-Event-ID is an event id: digits only.');
    }
    return Number(lastEventId.trim());
  }
  if (after !== undefined) {
    if (!EVENT_ID.test(after)) {
      throw invalid(['query', 'after'], 'invalid_event_id', '`after` is an event id: digits only.');
    }
    return Number(after);
  }
  return null;
}
