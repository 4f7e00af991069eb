import type { AddProposalBody, CreateMeetingBody } from '@tansiq/api';
import {
  findCycle,
  findInstrument,
  findMeeting,
  findVersion,
  listDocumentsOfMeeting,
  listMemberStateRows,
  listVersionTexts,
} from '@tansiq/db';
import { ORGANIZATIONS, REGIONS, type LocalizedText, type OrganizationCode } from '@tansiq/domain';
import type { ServiceContext } from '../context.ts';
import { addProposal, createContribution, submitContribution } from '../modules/contributions/contribution.service.ts';
import { createSecretariatDocument, publishDocument } from '../modules/contributions/document.service.ts';
import { createCycle } from '../modules/cycles/cycle.service.ts';
import { importInstrumentText } from '../modules/library/library.service.ts';
import { createMeeting } from '../modules/meetings/meeting.service.ts';
import { WTDC17_MEETINGS } from './wtdc-17.ts';
import { WTDC_SCALE, generateMeeting, type GeneratedProposal } from './wtdc-scale.ts';

/** The sizes `tansiq demo load --scale` knows. */
export const DEMO_SCALES = ['wtdc'] as const;
export type DemoScale = (typeof DEMO_SCALES)[number];

/** The code of the WTDC-size meeting, and of its cycle. */
export const WTDC_SCALE_MEETING = 'wtdc-scale';

/** The version label of the generated instruments, as their texts give it. */
const VERSION_LABEL = 'Rev. Buenos Aires, 2017';

/**
 * The secretariat's documents beside the contributions, as a WTDC registers them (information documents,
 * temporary documents, liaison documents), so that the meeting holds about 450 documents as WTDC-17 did.
 */
const SECRETARIAT_DOCUMENTS = { INF: 16, DT: 120, DL: 40 } as const;

/** What loading the WTDC-size meeting did: each kind of record created, and how many were there already. */
export interface ScaleLoadResult {
  cycles: number;
  meetings: number;
  instruments: number;
  /** Contributions: each source's document and its addenda, one per instrument it proposes on. */
  contributions: number;
  secretariatDocuments: number;
  proposals: number;
  published: number;
  existing: number;
}

const WTDC17 = WTDC17_MEETINGS.find((meeting) => meeting.code === 'wtdc-17')!;

const SCALE_CYCLE = {
  code: WTDC_SCALE_MEETING,
  name: 'WTDC-size sample',
  year: 2017,
  city: WTDC17.city,
  countryIso3: WTDC17.countryIso3,
  theme: 'Generated data at the size of a WTDC (80 resolutions, 300 proposals, about 450 documents)',
};

// A conference of WTDC-17's dates and place, so that its deadlines fall as WTDC-17's do under the demo's clock.
const SCALE_MEETING: CreateMeetingBody = {
  ...WTDC17,
  code: WTDC_SCALE_MEETING,
  cycle: WTDC_SCALE_MEETING,
  title: {
    ar: 'مؤتمر بحجم المؤتمر العالمي لتنمية الاتصالات (بيانات مولّدة)',
    zh: '世界电信发展大会规模的会议（生成的数据）',
    en: 'A WTDC-size conference (generated data)',
    fr: 'Une conférence de la taille d’une CMDT (données générées)',
    ru: 'Конференция масштаба ВКРЭ (сгенерированные данные)',
    es: 'Una conferencia del tamaño de una CMDT (datos generados)',
  },
};

/** One source of the generated proposals: a Member State or a regional organization. */
interface Source {
  code: string;
  name: string;
  memberState: string | null;
  organization: OrganizationCode | null;
}

/**
 * The thirty sources, in the order bench:compile lists its own (per region: its regional organization, then four
 * of its Member States): real ones from the registry, the first four of each region by ISO code.
 */
async function scaleSources(ctx: ServiceContext): Promise<Source[]> {
  const states = await listMemberStateRows(ctx.db);
  return REGIONS.flatMap((region) => {
    const organization = ORGANIZATIONS.find((candidate) => candidate.regionId === region.id)!;
    return [
      {
        code: organization.proposalPrefix,
        name: organization.name.en ?? organization.code,
        memberState: null,
        organization: organization.code,
      },
      ...states
        .filter((state) => state.regionId === region.id)
        .slice(0, 4)
        .map((state): Source => ({
          code: state.iso3,
          name: state.referenceName,
          memberState: state.iso3,
          organization: null,
        })),
    ];
  });
}

/**
 * Loads a WTDC-size meeting beside the WTDC-17 demo (`tansiq demo load --scale wtdc`): its own cycle and
 * conference (`wtdc-scale`), the 80 generated resolutions of bench:compile in the library, and the generated 300
 * proposals (ADD, MOD, SUP, NOC) from 30 sources, each source's proposals on one instrument an addendum to its
 * document, submitted and numbered; the secretariat's information, temporary and liaison documents, about 450
 * documents in all; each source's first document published. Through the services as the operator,
 * so every record is checked and audited. Idempotent: what exists is left, and a meeting with documents is not
 * filled again.
 */
export async function loadWtdcScale(ctx: ServiceContext): Promise<ScaleLoadResult> {
  const result: ScaleLoadResult = {
    cycles: 0,
    meetings: 0,
    instruments: 0,
    contributions: 0,
    secretariatDocuments: 0,
    proposals: 0,
    published: 0,
    existing: 0,
  };
  if ((await findCycle(ctx.db, SCALE_CYCLE.code)) === undefined) {
    await createCycle(ctx, SCALE_CYCLE);
    result.cycles++;
  } else {
    result.existing++;
  }
  const meeting = await findMeeting(ctx.db, SCALE_MEETING.code);
  if (meeting === undefined) {
    await createMeeting(ctx, SCALE_MEETING);
    result.meetings++;
  } else {
    result.existing++;
  }
  const sources = await scaleSources(ctx);
  const generated = generateMeeting(
    WTDC_SCALE.instruments,
    WTDC_SCALE.proposals,
    WTDC_SCALE.seed,
    sources.map((source) => source.code),
  );
  const versionIds: string[] = [];
  for (const [i, text] of generated.texts.entries()) {
    const instrument = await findInstrument(ctx.db, 'resolution', String(100 + i));
    const version = instrument && (await findVersion(ctx.db, instrument.id, VERSION_LABEL));
    if (version !== undefined && (await listVersionTexts(ctx.db, version.id, ['en'])).length > 0) {
      versionIds.push(version.id);
      result.existing++;
      continue;
    }
    const imported = await importInstrumentText(ctx, {
      text,
      language: 'en',
      versionLabel: VERSION_LABEL,
      status: 'in-force',
      adoptedAtMeeting: null,
      instrumentTitle: null,
    });
    versionIds.push(imported.versionId);
    result.instruments++;
  }
  const stored = meeting === undefined ? [] : await listDocumentsOfMeeting(ctx.db, meeting.id);
  if (stored.length > 0) {
    result.existing += stored.length;
    return result;
  }
  for (const source of sources) {
    // A source's proposals grouped by instrument, in the order the generator made them.
    const byInstrument = new Map<number, GeneratedProposal[]>();
    for (const proposal of generated.proposals.filter((candidate) => candidate.source === source.code)) {
      byInstrument.set(proposal.instrument, [...(byInstrument.get(proposal.instrument) ?? []), proposal]);
    }
    let parent: string | null = null;
    for (const [instrument, proposals] of byInstrument) {
      const title: LocalizedText =
        parent === null
          ? { en: `${source.name}: proposals for the work of the conference (generated)` }
          : { en: `${source.name}: proposals on generated resolution ${100 + instrument}` };
      const draft = await createContribution(ctx, {
        meeting: SCALE_MEETING.code,
        title,
        originalLanguage: 'en',
        targetBody: 'PLENARY MEETING',
        access: 'public',
        memberState: source.memberState,
        organization: source.organization,
        parentDocument: parent,
      });
      for (const proposal of proposals) {
        await addProposal(ctx, draft.id, proposalBody(proposal, versionIds[instrument]!));
      }
      await submitContribution(ctx, draft.id);
      result.contributions++;
      result.proposals += proposals.length;
      // The later instruments are addenda to the source's first document, as a WTDC numbers them. The first
      // document is published, the addenda left submitted: both states show, at a round trip per document less.
      if (parent === null) {
        parent = draft.id;
        await publishDocument(ctx, draft.id);
        result.published++;
      }
    }
  }
  for (const [series, count] of Object.entries(SECRETARIAT_DOCUMENTS) as [
    keyof typeof SECRETARIAT_DOCUMENTS,
    number,
  ][]) {
    for (let n = 1; n <= count; n++) {
      await createSecretariatDocument(ctx, {
        meeting: SCALE_MEETING.code,
        series,
        title: { en: `${SERIES_TITLES[series]} ${n} (generated)` },
        originalLanguage: 'en',
        targetBody: 'PLENARY MEETING',
        access: 'public',
      });
      result.secretariatDocuments++;
    }
  }
  return result;
}

const SERIES_TITLES: Record<keyof typeof SECRETARIAT_DOCUMENTS, string> = {
  INF: 'Information document',
  DT: 'Temporary document',
  DL: 'Liaison document',
};

/** A generated proposal as the contribution service takes it; an ADD is numbered after its place (`3bis`). */
function proposalBody(proposal: GeneratedProposal, versionId: string): AddProposalBody {
  if (proposal.wholeText) {
    return {
      mark: 'SUP',
      target: { kind: 'text', versionId },
      text: null,
      reasons: 'Its purpose is achieved (generated).',
    };
  }
  const { change } = proposal;
  const provisionId = change.mark === 'ADD' ? `${change.after}bis` : change.provisionId!;
  return {
    mark: change.mark,
    target: { kind: 'provision', versionId, provisionId },
    text: change.text,
    reasons:
      change.mark === 'SUP'
        ? 'Covered elsewhere (generated).'
        : change.mark === 'NOC'
          ? 'Still right as it stands (generated).'
          : null,
  };
}
