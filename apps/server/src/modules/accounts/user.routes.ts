import { CreateUserBody, CreatedUser, UpdateUserBody, User, UsersQuery, one, pageOf } from '@tansiq/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../plugins/authenticate.ts';
import { presentUser } from './account.presenter.ts';
import { createUser, listUsers, updateUser } from './user.service.ts';

/** Accounts, managed by the secretariat and, for their own administration or entity, by focal points. */
export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/users',
    {
      onRequest: requireActor,
      schema: {
        tags: ['accounts'],
        summary: 'Users the caller may manage',
        querystring: UsersQuery,
        response: { 200: pageOf(User) },
      },
    },
    async (request) => {
      const { rows, total } = await listUsers(request.ctx, request.query);
      return { data: rows.map(presentUser), page: { total, limit: request.query.limit, offset: request.query.offset } };
    },
  );

  app.post(
    '/users',
    {
      onRequest: requireActor,
      schema: {
        tags: ['accounts'],
        summary: 'Create an account (a generated password is returned once)',
        body: CreateUserBody,
        response: { 201: one(CreatedUser) },
      },
    },
    async (request, reply) => {
      const { user, generatedPassword } = await createUser(request.ctx, request.body);
      return reply.code(201).send({ data: { user: presentUser(user), generatedPassword } });
    },
  );

  app.patch(
    '/users/:id',
    {
      onRequest: requireActor,
      schema: {
        tags: ['accounts'],
        summary: "Change a person's name, role or whether the account is disabled",
        params: z.object({ id: z.uuid() }),
        body: UpdateUserBody,
        response: { 200: one(User) },
      },
    },
    async (request) => ({ data: presentUser(await updateUser(request.ctx, request.params.id, request.body)) }),
  );
};
