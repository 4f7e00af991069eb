import {
  findInstrumentById,
  findMemberState,
  findVersionById,
  listPublishedProposalTranslations,
  listTextsOfProvision,
  listVersionTexts,
} from '@tansiq/db';
import {
  ORGANIZATIONS,
  printTitleLine,
  documentTitleIn,
  isTextLanguage,
  memberStateNames,
  type InstrumentKind,
  type Language,
  type ProposalMark,
} from '@tansiq/domain';
import type { ServiceContext } from '../../context.ts';
import type { ContributionDocument, ContributionProposal } from '../../exchange/contribution.ts';
import { contributionLabels } from '../../exchange/contribution-labels.ts';
import { getContribution } from './contribution.service.ts';
import { symbolOf } from './contribution.presenter.ts';

const pick = (text: { en: string } & Partial<Record<string, string>>, language: string) => text[language] ?? text.en;

/** What a proposal aims at, as the document prints it: "RESOLUTION 901 (Rev. Dubai, 2014)" and "resolves 2". */
async function targetLines(
  ctx: ServiceContext,
  versionId: string | null,
  provisionId: string | null,
  language: string,
) {
  if (versionId === null) {
    return { heading: null, provision: null };
  }
  const version = (await findVersionById(ctx.db, versionId))!;
  const instrument = (await findInstrumentById(ctx.db, version.instrumentId))!;
  const texts = await listVersionTexts(ctx.db, versionId);
  const own = texts.find((text) => text.language === language) ?? texts.find((text) => text.language === 'en');
  const heading = printTitleLine(isTextLanguage(language) ? language : 'en', {
    kind: instrument.kind as InstrumentKind,
    number: instrument.number,
    revision: own?.revision ?? version.label,
  });
  if (provisionId === null) {
    return { heading, provision: null };
  }
  const provisionTexts = await listTextsOfProvision(ctx.db, versionId, provisionId);
  const printed =
    provisionTexts.find((text) => text.language === language) ?? provisionTexts.find((text) => text.language === 'en');
  return { heading, provision: printed === undefined ? provisionId : `${printed.heading} ${printed.num}`.trim() };
}

/** The text in force of a provision in `language` exactly (no other language stands in), or null. */
async function baseTextIn(ctx: ServiceContext, versionId: string | null, provisionId: string | null, language: string) {
  if (versionId === null || provisionId === null) {
    return null;
  }
  const texts = await listTextsOfProvision(ctx.db, versionId, provisionId);
  return texts.find((text) => text.language === language)?.text ?? null;
}

/**
 * A contribution as the exchange formats print it, in `language`: header, source (and, for a common proposal,
 * its signatories), and each proposal with its target as printed, its text or tracked changes, and reasons. In
 * another language than the original, a proposal whose translation into `language` is published prints that
 * translation (its text, its reasons, a MOD's changes against the base in that language: docs/translations.md);
 * any other prints as the original wrote it.
 */
export async function contributionForExport(
  ctx: ServiceContext,
  id: string,
  language: Language,
): Promise<ContributionDocument> {
  const { document, meeting, proposals, common } = await getContribution(ctx, id);
  const stateName = async (iso3: string) => {
    const state = await findMemberState(ctx.db, iso3);
    return state === undefined ? iso3 : memberStateNames(state.iso2)[language];
  };
  const organization = ORGANIZATIONS.find((candidate) => candidate.code === document.sourceOrganizationCode);
  const source =
    organization !== undefined ? pick(organization.name, language) : await stateName(document.sourceMemberStateIso3!);
  const supporters = (common?.signatures ?? []).filter(
    (signature) => signature.withdrawnAt === null && signature.stance === 'support',
  );
  const country = meeting.countryIso3 === null ? null : await stateName(meeting.countryIso3);
  const translations = new Map(
    (language === document.originalLanguage
      ? []
      : await listPublishedProposalTranslations(
          ctx.db,
          proposals.map(({ proposal }) => proposal.id),
          language,
        )
    ).map((row) => [row.proposalId, row]),
  );
  const exported: ContributionProposal[] = [];
  for (const { proposal, baseText } of proposals) {
    const translation = translations.get(proposal.id);
    const printed =
      translation === undefined
        ? { baseText, text: proposal.text, diff: proposal.diff, reasons: proposal.reasons }
        : {
            baseText: await baseTextIn(ctx, proposal.versionId, proposal.provisionId, language),
            text: translation.text,
            diff: translation.diff,
            reasons: translation.reasons,
          };
    exported.push({
      number: proposal.number,
      mark: proposal.mark as ProposalMark,
      ...(await targetLines(ctx, proposal.versionId, proposal.provisionId, language)),
      baseText: printed.baseText,
      text: printed.text,
      diff: printed.diff === null ? null : (printed.diff.ops as ContributionProposal['diff']),
      diffAlgorithm: printed.diff?.algorithm ?? null,
      reasons: printed.reasons,
    });
  }
  const symbol = symbolOf(document, meeting.code, language);
  const labels = contributionLabels(language);
  return {
    language,
    meeting: {
      name: pick(meeting.title, language),
      city:
        country === null ? pick(meeting.city, language) : `${pick(meeting.city, language)}${labels.comma}${country}`,
      startsOn: meeting.startsOn,
      endsOn: meeting.endsOn,
    },
    targetBody: document.targetBody,
    symbol: symbol === null ? labels.draft : `${labels.document} ${symbol}`,
    date: (document.submittedAt ?? ctx.clock.now()).toISOString().slice(0, 10),
    originalLanguage: document.originalLanguage as Language,
    source,
    signatories:
      organization === undefined
        ? undefined
        : await Promise.all(supporters.map((signature) => stateName(signature.memberStateIso3))),
    // In the export's language when the authors gave it, else in the original language they wrote in.
    title: documentTitleIn(document.title, language, document.originalLanguage)?.text ?? '',
    proposals: exported,
  };
}
