import { DomainError } from '@tansiq/domain';
import type { Actor } from './actor.ts';

/** Throws `unauthenticated` for an anonymous actor. */
export function requireIdentified(actor: Actor): void {
  if (actor.kind === 'anonymous') {
    throw new DomainError('unauthenticated', 'Sign in first.');
  }
}

/** The secretariat (or the installation's operator at the console) manages cycles, meetings and rules. */
export function requireSecretariat(actor: Actor, action: string): void {
  requireIdentified(actor);
  if (actor.kind === 'user' && actor.role !== 'secretariat') {
    throw new DomainError('forbidden', `Only the secretariat may ${action}.`);
  }
}
