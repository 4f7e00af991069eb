import type { IssueCorrigendumBody } from '@tansiq/api';
import {
  insertCorrigendum,
  listCorrigenda,
  listProvisionTexts,
  listProvisions,
  listVersionTexts,
  lockVersion,
  nextCorrigendumNumber,
  type CorrigendumChangeRow,
  type CorrigendumRow,
  type ProvisionRow,
} from '@tansiq/db';
import { DomainError, assertNoIssues, decideCorrigendum, type Issue, requireSecretariat } from '@tansiq/domain';
import { recordAudit } from '../../audit.ts';
import type { ServiceContext } from '../../context.ts';
import { notFound } from '../../errors.ts';
import { personOf } from '../../policy.ts';

/** A stored corrigendum with its changes. */
export type CorrigendumWithChanges = CorrigendumRow & { changes: CorrigendumChangeRow[] };

/**
 * Issues a corrigendum of an adopted version (secretariat): the next number of the version, in one language it
 * is stored in, with each provision's new text. The adopted provision texts stay as they are; readers get the
 * corrected text (the repository applies the corrigenda). Every version in the library is an adopted text,
 * whether or not the adopting meeting is stored; an abrogated one is no longer corrected (409). One
 * transaction under the version's lock (numbers are taken in turn), one audit row `version.corrigendum`.
 */
export async function issueCorrigendum(
  ctx: ServiceContext,
  versionId: string,
  body: IssueCorrigendumBody,
): Promise<{ corrigendum: CorrigendumWithChanges; provisions: ProvisionRow[] }> {
  requireSecretariat(personOf(ctx.actor), 'issue corrigenda');
  return ctx.db.transaction(async (tx) => {
    // One query at a time: a transaction is one connection.
    const version = await lockVersion(tx, versionId);
    if (version === undefined) {
      throw notFound('instrument version', versionId, ['params', 'id']);
    }
    if (version.status === 'abrogated') {
      const message = `${version.label} is abrogated: an abrogated text is not corrected.`;
      throw new DomainError('conflict', message, [{ path: ['params', 'id'], code: 'version_abrogated', message }]);
    }
    const stored = (await listVersionTexts(tx, versionId)).map((text) => text.language);
    const issues: Issue[] = [];
    if (!stored.includes(body.language)) {
      issues.push({
        path: ['language'],
        code: 'language_not_stored',
        message: `${version.label} is not stored in ${body.language} (only ${stored.join(', ')}).`,
      });
    }
    const provisions = await listProvisions(tx, versionId);
    const current = await listProvisionTexts(tx, versionId, [body.language]);
    const decided = decideCorrigendum(
      new Set(provisions.map((provision) => provision.provisionId)),
      new Map(current.map((text) => [text.provisionId, text.text])),
      // A language not stored has no texts: its changes are refused at `language` only.
      issues.length > 0 ? [] : body.changes,
    );
    assertNoIssues([...issues, ...decided.issues]);
    const number = await nextCorrigendumNumber(tx, versionId);
    const row = await insertCorrigendum(
      tx,
      {
        versionId,
        number,
        language: body.language,
        reason: body.reason,
        issuedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
        issuedAt: ctx.clock.now(),
      },
      decided.changes.map((change) => ({
        versionId,
        provisionId: change.provision,
        before: change.before,
        after: change.after,
      })),
    );
    await recordAudit(tx, ctx, {
      action: 'version.corrigendum',
      entityType: 'instrument-version',
      entityId: versionId,
      before: null,
      after: { corrigendum: row.id, number, language: body.language, reason: body.reason, changes: decided.changes },
    });
    const [corrigendum] = (await listCorrigenda(tx, versionId)).filter((stored) => stored.id === row.id);
    return { corrigendum: corrigendum!, provisions };
  });
}
