import type { Contribution } from '@tansiq/api';

/** A common proposal's signatures as the web app counts them. Who may sign is the domain's (`canSign`). */

type Signatures = NonNullable<Contribution['commonProposal']>['signatures'];

/** A Member State's standing support or objection (a withdrawn one no longer counts). */
export function currentStance(signatures: Signatures, iso3: string | null): 'support' | 'object' | null {
  return (
    signatures.find((signature) => signature.memberStateIso3 === iso3 && signature.withdrawnAt === null)?.stance ?? null
  );
}

/** How many Member States support and object now. */
export function stanceCounts(signatures: Signatures): { supporters: number; objectors: number } {
  const current = signatures.filter((signature) => signature.withdrawnAt === null);
  const supporters = current.filter((signature) => signature.stance === 'support').length;
  return { supporters, objectors: current.length - supporters };
}
