import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '@tansiq/domain';

/**
 * Guards every write route. It runs on request, before the body is read, so that an anonymous write answers
 * 401 whatever its body. Sign-in arrives with the accounts issue; until then no request carries an identity
 * and every write over HTTP is refused (the services themselves are reachable from the CLI as the operator).
 */
export async function requireActor(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
  if (request.ctx.actor.kind === 'anonymous') {
    throw new DomainError('unauthenticated', 'Sign in first.');
  }
}
