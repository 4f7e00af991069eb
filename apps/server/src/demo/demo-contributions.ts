import { readFileSync } from 'node:fs';
import type { CreateContributionBody } from '@tansiq/api';
import { findInstrument, findUserByEmail, findVersion, listDocumentsOfMeeting, findMeeting } from '@tansiq/db';
import { userActor } from '../actor.ts';
import type { ServiceContext } from '../context.ts';
import { addProposal, createContribution, submitContribution } from '../modules/contributions/contribution.service.ts';
import { signCommonProposal } from '../modules/contributions/signature.service.ts';

const DRAFT_ARB_1 = new URL('./texts/sample-draft-arb-1-ar.txt', import.meta.url);

/** How many documents the demo's contributions make. */
export const DEMO_DOCUMENTS = 6;

async function as(ctx: ServiceContext, email: string): Promise<ServiceContext> {
  const user = await findUserByEmail(ctx.db, email);
  return { ...ctx, actor: userActor(user!) };
}

/**
 * The demo's contributions to WTDC-17, made by the people who would make them: Egypt's national contribution on
 * sample Resolution 901 (a MOD of resolves 2, an ADD under considering, a NOC), submitted; and the Arab group's
 * common proposal of a draft new resolution [ARB-1], signed by Egypt, Tunisia and Jordan. Skipped when the
 * meeting has documents already; then the proposals of Africa, Europe and Brazil (loadOtherRegions), and Egypt's
 * second contribution, written in Arabic (loadEgyptInArabic). Returns how many documents it made (0 or 6).
 */
export async function loadDemoContributions(ctx: ServiceContext): Promise<number> {
  const meeting = await findMeeting(ctx.db, 'wtdc-17');
  if (meeting === undefined || (await listDocumentsOfMeeting(ctx.db, meeting.id)).length > 0) {
    return 0;
  }
  const instrument = await findInstrument(ctx.db, 'resolution', '901');
  const version = instrument && (await findVersion(ctx.db, instrument.id, 'Rev. Dubai, 2014'));
  if (version === undefined) {
    return 0;
  }
  const egypt = await as(ctx, 'focal.egypt@example.org');
  const national = await createContribution(egypt, {
    meeting: 'wtdc-17',
    title: { en: 'Proposals of Egypt on Resolution 901 (sample)', ar: 'مقترحات مصر بشأن القرار 901 (نموذج)' },
    originalLanguage: 'en',
    targetBody: 'PLENARY MEETING',
    access: 'public',
    memberState: 'EGY',
    organization: null,
    parentDocument: null,
  });
  const target = (provisionId: string) => ({ kind: 'provision' as const, versionId: version.id, provisionId });
  await addProposal(egypt, national.id, {
    mark: 'MOD',
    target: target('resolves.2'),
    text: 'that the centres should, with the support of the regional offices:',
    reasons: 'Regional offices help the centres to start.',
  });
  await addProposal(egypt, national.id, {
    mark: 'ADD',
    target: target('considering.d'),
    text: 'that the skills in demand change as services change,',
    reasons: null,
  });
  await addProposal(egypt, national.id, {
    mark: 'NOC',
    target: target('resolves.3'),
    text: null,
    reasons: 'The study groups remain the right place to share experience.',
  });
  await submitContribution(egypt, national.id);

  const coordinator = await as(ctx, 'coordinator.arab@example.org');
  const common = await createContribution(coordinator, {
    meeting: 'wtdc-17',
    title: {
      en: 'Arab common proposal: draft new resolution [ARB-1] (sample)',
      ar: 'مقترح عربي مشترك: مشروع قرار جديد [ARB-1] (نموذج)',
    },
    originalLanguage: 'ar',
    targetBody: 'PLENARY MEETING',
    access: 'public',
    memberState: null,
    organization: 'ARAB',
    parentDocument: null,
  });
  await addProposal(coordinator, common.id, {
    mark: 'ADD',
    target: { kind: 'new-text', tag: '[ARB-1]' },
    text: readFileSync(DRAFT_ARB_1, 'utf8').split('\n').slice(2).join('\n').trim(),
    reasons: 'Arab digital content needs regional cooperation.',
  });
  for (const email of ['focal.egypt@example.org', 'focal.tunisia@example.org', 'focal.jordan@example.org']) {
    await signCommonProposal(await as(ctx, email), common.id, 'support');
  }
  return 2 + (await loadOtherRegions(ctx, version.id)) + (await loadEgyptInArabic(ctx, version.id));
}

/** One contribution on sample Resolution 901, made and submitted by `email`; returns the draft's row. */
async function submitOn901(
  ctx: ServiceContext,
  email: string,
  head: Pick<CreateContributionBody, 'title' | 'memberState' | 'organization'>,
  proposals: Parameters<typeof addProposal>[2][],
) {
  const author = await as(ctx, email);
  const draft = await createContribution(author, {
    meeting: 'wtdc-17',
    ...head,
    originalLanguage: 'en',
    targetBody: 'PLENARY MEETING',
    access: 'public',
    parentDocument: null,
  });
  for (const proposal of proposals) {
    await addProposal(author, draft.id, proposal);
  }
  await submitContribution(author, draft.id);
  return draft;
}

/**
 * Proposals on sample Resolution 901 from three more regions, so that the compilation shows every kind of
 * divergence beside Egypt's: the African common proposal makes Egypt's very change to resolves 2 (same), the
 * African and European ones change different words of instructs 1 (compatible) and the same word of resolves 1
 * differently (conflict; Brazil sides with Europe), and Europe suppresses recognizing abis that Africa modifies
 * (sup-mod). Sample texts written for the demo. Returns how many documents it made (3).
 */
async function loadOtherRegions(ctx: ServiceContext, versionId: string): Promise<number> {
  const target = (provisionId: string) => ({ kind: 'provision' as const, versionId, provisionId });
  const africa = await submitOn901(
    ctx,
    'coordinator.atu@example.org',
    {
      title: {
        en: 'African common proposals on Resolution 901 (sample)',
        ar: 'مقترحات أفريقية مشتركة بشأن القرار 901 (نموذج)',
      },
      memberState: null,
      organization: 'ATU',
    },
    [
      {
        mark: 'MOD',
        target: target('resolves.1'),
        text: 'to support the establishment of community centres for digital skills;',
        reasons: 'Encouragement alone has not opened enough centres.',
      },
      {
        mark: 'MOD',
        target: target('resolves.2'),
        text: 'that the centres should, with the support of the regional offices:',
        reasons: 'Regional offices help the centres to start.',
      },
      {
        mark: 'MOD',
        target: target('recognizing.abis'),
        text: 'the contribution of libraries, schools and post offices to this work;',
        reasons: 'Post offices reach places that libraries do not.',
      },
      {
        mark: 'MOD',
        target: target('instructs-director.1'),
        text: 'to prepare and regularly update guidelines for community centres, based on the outline in Annex 1 to this resolution;',
        reasons: 'Guidelines age as services change.',
      },
    ],
  );
  await signCommonProposal(await as(ctx, 'focal.egypt@example.org'), africa.id, 'support');
  await submitOn901(
    ctx,
    'coordinator.cept@example.org',
    {
      title: {
        en: 'European common proposals on Resolution 901 (sample)',
        ar: 'مقترحات أوروبية مشتركة بشأن القرار 901 (نموذج)',
      },
      memberState: null,
      organization: 'CEPT',
    },
    [
      {
        mark: 'MOD',
        target: target('resolves.1'),
        text: 'to promote the establishment of community centres for digital skills;',
        reasons: 'Administrations choose the means.',
      },
      {
        mark: 'SUP',
        target: target('recognizing.abis'),
        text: null,
        reasons: 'Recognizing a) covers this work already.',
      },
      {
        mark: 'MOD',
        target: target('instructs-director.1'),
        text: 'to prepare guidelines for community centres, based on the outline in Annex 1 to this resolution and on the experience of the regions;',
        reasons: 'The regions have tried many models.',
      },
    ],
  );
  await submitOn901(
    ctx,
    'focal.brazil@example.org',
    {
      title: { en: 'Proposals of Brazil on Resolution 901 (sample)', ar: 'مقترحات البرازيل بشأن القرار 901 (نموذج)' },
      memberState: 'BRA',
      organization: null,
    },
    [
      {
        mark: 'MOD',
        target: target('resolves.1'),
        text: 'to promote the establishment of community centres for digital skills;',
        reasons: 'Administrations choose the means.',
      },
      {
        mark: 'ADD',
        target: target('resolves.4'),
        text: 'to encourage centres that run on renewable energy where the electricity grid is unreliable,',
        reasons: 'Many rural centres lack a reliable supply.',
      },
    ],
  );
  return 3;
}

/**
 * Egypt's second contribution on sample Resolution 901, written in Arabic as an Arabic-speaking administration
 * writes: a MOD of instructs 1 (the guidelines in the six official languages), which changes other words than
 * Europe's MOD of the same provision, so that an Arabic consolidation merges both, Europe's through its Arabic
 * translation (demo-translations.ts). Submitted last, so the other documents keep their numbers. Returns 1.
 */
async function loadEgyptInArabic(ctx: ServiceContext, versionId: string): Promise<number> {
  const egypt = await as(ctx, 'focal.egypt@example.org');
  const draft = await createContribution(egypt, {
    meeting: 'wtdc-17',
    title: {
      ar: 'مقترح مصر بشأن لغات المبادئ التوجيهية في القرار 901 (نموذج)',
      en: 'Proposal of Egypt on the languages of the guidelines in Resolution 901 (sample)',
    },
    originalLanguage: 'ar',
    targetBody: 'PLENARY MEETING',
    access: 'public',
    memberState: 'EGY',
    organization: null,
    parentDocument: null,
  });
  await addProposal(egypt, draft.id, {
    mark: 'MOD',
    target: { kind: 'provision', versionId, provisionId: 'instructs-director.1' },
    text: 'بإعداد مبادئ توجيهية للمراكز المجتمعية باللغات الرسمية الست للاتحاد، استناداً إلى المخطط الوارد في الملحق 1 بهذا القرار؛',
    reasons: 'يحتاج المدربون في كل منطقة إلى المبادئ التوجيهية بلغتهم.',
  });
  await submitContribution(egypt, draft.id);
  return 1;
}
