import { isMemberOf, upsertSignature, withdrawSignature, type DocumentRow, type Executor } from '@tansiq/db';
import { DomainError, requireSignedIn, requireSigningRight, signingState as stateSignedFor } from '@tansiq/domain';
import { recordAudit } from '../../audit.ts';
import type { ServiceContext } from '../../context.ts';
import { conflict } from '../../errors.ts';
import { personOf } from '../../policy.ts';
import { readableDocument } from './contribution.service.ts';

/** The administration a focal point signs for, after checking it may sign this common proposal. */
async function signingState(ctx: ServiceContext, db: Executor, document: DocumentRow): Promise<string> {
  const person = personOf(ctx.actor);
  requireSignedIn(person);
  const organization = document.sourceOrganizationCode;
  if (organization === null) {
    throw new DomainError('not_a_common_proposal', 'Only a regional common proposal is signed on to.');
  }
  const own = stateSignedFor(person);
  const iso3 = requireSigningRight(person, organization, own !== null && (await isMemberOf(db, own, organization)));
  if (document.status === 'withdrawn') {
    throw conflict('The proposal was withdrawn.', ['status']);
  }
  return iso3;
}

/** A Member State signs on to (supports) or objects to a common proposal of its organization. */
export async function signCommonProposal(ctx: ServiceContext, documentId: string, stance: 'support' | 'object') {
  await ctx.db.transaction(async (tx) => {
    const document = await readableDocument(ctx, tx, documentId);
    const iso3 = await signingState(ctx, tx, document);
    await upsertSignature(tx, {
      documentId,
      memberStateIso3: iso3,
      stance,
      signedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      signedAt: ctx.clock.now(),
    });
    await recordAudit(tx, ctx, {
      action: stance === 'support' ? 'common-proposal.sign' : 'common-proposal.object',
      entityType: 'document',
      entityId: documentId,
      before: null,
      after: { memberState: iso3, stance },
    });
  });
}

/** A Member State withdraws its signature or objection; one that was never given is an error. */
export async function withdrawCommonProposalStance(ctx: ServiceContext, documentId: string) {
  await ctx.db.transaction(async (tx) => {
    const document = await readableDocument(ctx, tx, documentId);
    const iso3 = await signingState(ctx, tx, document);
    if (!(await withdrawSignature(tx, documentId, iso3, ctx.clock.now()))) {
      throw new DomainError('not_signed', `${iso3} has no signature or objection to withdraw.`, [
        { path: ['memberState'], code: 'not_signed', message: `${iso3} has not signed this proposal.` },
      ]);
    }
    await recordAudit(tx, ctx, {
      action: 'common-proposal.withdraw',
      entityType: 'document',
      entityId: documentId,
      before: { memberState: iso3 },
      after: null,
    });
  });
}
