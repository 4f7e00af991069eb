import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { LiveHub } from './live-hub.ts';
import { meetingToFollow, resumeAfter } from './live.service.ts';

const MeetingParams = z.object({ meeting: z.string().min(1).max(64).meta({ description: 'Meeting id or code.' }) });
const LiveQuery = z.object({
  after: z
    .string()
    .optional()
    .meta({ description: 'Resume after this event id (for clients that cannot send Last-Event-ID).' }),
});

/** GET /meetings/{meeting}/live: the meeting's live events as Server-Sent Events (docs/live.md). */
export const liveRoutes: FastifyPluginAsyncZod<{ hub: LiveHub }> = async (app, { hub }) => {
  app.get(
    '/meetings/:meeting/live',
    {
      schema: {
        tags: ['live'],
        summary: "A meeting's live stream (text/event-stream): votes and decisions as they happen",
        description:
          'Each event has `id` (resume with `Last-Event-ID` or `?after=`), `event` (its type) and `data` (JSON). ' +
          'The first event is `ready`; comments are heartbeats. Anyone may read it: it carries counts, never choices.',
        params: MeetingParams,
        querystring: LiveQuery,
      },
    },
    async (request, reply) => {
      const lastEventId = request.headers['last-event-id'];
      const after = resumeAfter(Array.isArray(lastEventId) ? lastEventId[0] : lastEventId, request.query.after);
      const meeting = await meetingToFollow(request.ctx, request.params.meeting);
      // The stream is written on the raw response: no serializer, no compression, no buffering. Headers set by
      // the hooks so far (helmet's) go with it.
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        ...(reply.getHeaders() as Record<string, string>),
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
        'x-request-id': request.id,
      });
      request.raw.socket.setNoDelay(true);
      hub.subscribe(meeting.id, res, after);
    },
  );
};
