import {
  ApiToken,
  ChangePasswordBody,
  CreateApiTokenBody,
  CreatedApiToken,
  Session,
  SignInBody,
  listOf,
  one,
} from '@tansiq/api';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SESSION_COOKIE, requireActor } from '../../plugins/authenticate.ts';
import { presentApiToken, presentUser } from './account.presenter.ts';
import { currentUser, signIn, signOut } from './session.service.ts';
import { createOwnToken, listOwnTokens, revokeOwnToken } from './token.service.ts';
import { changeOwnPassword } from './user.service.ts';

export interface AccountRouteOptions {
  sessionHours: number;
  signInMax: number;
  signInWindowSeconds: number;
  secureCookies: boolean;
}

/** Sign-in and sign-out, and the signed-in person's own password and API tokens. */
export const accountRoutes: FastifyPluginAsyncZod<AccountRouteOptions> = async (app, options) => {
  // Max-Age, not Expires: the browser counts it on its own clock, which the demo's shifted clock is not.
  const setSessionCookie = (reply: FastifyReply, secret: string) =>
    reply.setCookie(SESSION_COOKIE, secret, {
      path: '/',
      httpOnly: true,
      secure: options.secureCookies,
      sameSite: 'strict',
      maxAge: options.sessionHours * 3600,
    });

  app.post(
    '/session',
    {
      config: {
        rateLimit: { max: options.signInMax, timeWindow: options.signInWindowSeconds * 1000 },
      },
      schema: {
        tags: ['accounts'],
        summary: 'Sign in (sets the session cookie; rate limited)',
        body: SignInBody,
        response: { 200: one(Session) },
      },
    },
    async (request, reply) => {
      const { secret, session, user } = await signIn(request.ctx, request.body, options.sessionHours);
      setSessionCookie(reply, secret);
      return {
        data: { user: presentUser(user), csrfToken: session.csrfToken, expiresAt: session.expiresAt.toISOString() },
      };
    },
  );

  app.get(
    '/session',
    {
      schema: {
        tags: ['accounts'],
        summary: 'The signed-in person and the CSRF token, or null when nobody is signed in',
        description:
          'Answers `{ "data": null }` to a reader who is not signed in, and to a session cookie that no longer ' +
          'holds (ended, expired, account disabled), whose cookie it clears. A bearer token that does not hold ' +
          'answers 401 with its reason: a script names its credential and must learn it failed.',
        response: { 200: one(Session.nullable()) },
      },
    },
    async (request, reply) => {
      if (request.auth.problem !== null && request.headers.authorization !== undefined) {
        throw request.auth.problem;
      }
      if (request.ctx.actor.kind === 'anonymous') {
        if (request.auth.problem !== null) {
          reply.clearCookie(SESSION_COOKIE, { path: '/' });
        }
        return { data: null };
      }
      const user = presentUser(await currentUser(request.ctx));
      return {
        data: {
          user,
          // A bearer token has no session: no CSRF token (none is needed) and no end but the token's own.
          csrfToken: request.auth.csrfToken ?? '',
          expiresAt: (request.auth.expiresAt ?? request.ctx.clock.now()).toISOString(),
        },
      };
    },
  );

  app.delete(
    '/session',
    { onRequest: requireActor, schema: { tags: ['accounts'], summary: 'Sign out', response: { 204: z.null() } } },
    async (request, reply) => {
      await signOut(request.ctx, request.auth.sessionId);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/me/password',
    {
      onRequest: requireActor,
      schema: {
        tags: ['accounts'],
        summary: 'Change my password',
        body: ChangePasswordBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await changeOwnPassword(request.ctx, request.body, request.auth.sessionId);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/me/tokens',
    {
      onRequest: requireActor,
      schema: { tags: ['accounts'], summary: 'My API tokens', response: { 200: listOf(ApiToken) } },
    },
    async (request) => ({ data: (await listOwnTokens(request.ctx)).map(presentApiToken) }),
  );

  app.post(
    '/me/tokens',
    {
      onRequest: requireActor,
      schema: {
        tags: ['accounts'],
        summary: 'Create an API token (the secret is shown once)',
        body: CreateApiTokenBody,
        response: { 201: one(CreatedApiToken) },
      },
    },
    async (request, reply) => {
      const { row, token } = await createOwnToken(request.ctx, request.body);
      return reply.code(201).send({ data: { ...presentApiToken(row), token } });
    },
  );

  app.delete(
    '/me/tokens/:id',
    {
      onRequest: requireActor,
      schema: {
        tags: ['accounts'],
        summary: 'Revoke one of my API tokens',
        params: z.object({ id: z.uuid() }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await revokeOwnToken(request.ctx, request.params.id);
      return reply.code(204).send(null);
    },
  );
};
