import {
  CreateEntityBody,
  EntitiesQuery,
  Entity,
  MemberState,
  MemberStateDetail,
  MemberStatesQuery,
  Organization,
  Region,
  listOf,
  one,
} from '@tansiq/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../plugins/authenticate.ts';
import { createEntity, listEntities } from './entity.service.ts';
import {
  presentEntity,
  presentMemberState,
  presentMemberStateDetail,
  presentOrganization,
  presentRegion,
} from './registry.presenter.ts';
import { getMemberState, listMemberStates, listOrganizations, listRegions } from './registry.service.ts';
import { REGISTRY_READ } from '../../cache/cached-reads.ts';

/** Regions, organizations and Member States: reference lists, whole and unpaged. */
export const registryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/regions',
    {
      config: { cache: REGISTRY_READ },
      schema: { tags: ['registry'], summary: 'The six ITU-D regions', response: { 200: listOf(Region) } },
    },
    async (request) => ({ data: (await listRegions(request.ctx)).map(presentRegion) }),
  );

  app.get(
    '/organizations',
    {
      config: { cache: REGISTRY_READ },
      schema: {
        tags: ['registry'],
        summary: 'Regional telecommunication organizations',
        response: { 200: listOf(Organization) },
      },
    },
    async (request) => ({ data: (await listOrganizations(request.ctx)).map(presentOrganization) }),
  );

  app.get(
    '/member-states',
    {
      config: { cache: REGISTRY_READ },
      schema: {
        tags: ['registry'],
        summary: 'Member States (today, or as of a date)',
        querystring: MemberStatesQuery,
        response: { 200: listOf(MemberState) },
      },
    },
    async (request) => ({ data: (await listMemberStates(request.ctx, request.query)).map(presentMemberState) }),
  );

  app.get(
    '/member-states/:iso3',
    {
      config: { cache: { tags: ['registry', 'data'], shared: true } },
      schema: {
        tags: ['registry'],
        summary: 'One Member State with its organizations and participation',
        params: z.object({ iso3: z.string().min(1).max(3) }),
        response: { 200: one(MemberStateDetail) },
      },
    },
    async (request) => {
      const { state, participation } = await getMemberState(request.ctx, request.params.iso3);
      return { data: presentMemberStateDetail(state, participation) };
    },
  );

  app.get(
    '/entities',
    {
      config: { cache: REGISTRY_READ },
      schema: {
        tags: ['registry'],
        summary: 'Sector Members, Associates and Academia',
        querystring: EntitiesQuery,
        response: { 200: listOf(Entity) },
      },
    },
    async (request) => ({ data: (await listEntities(request.ctx, request.query)).map(presentEntity) }),
  );

  app.post(
    '/entities',
    {
      onRequest: requireActor,
      schema: {
        tags: ['registry'],
        summary: 'Register a Sector Member, Associate or Academia entity (secretariat)',
        body: CreateEntityBody,
        response: { 201: one(Entity) },
      },
    },
    async (request, reply) =>
      reply.code(201).send({ data: presentEntity(await createEntity(request.ctx, request.body)) }),
  );
};
