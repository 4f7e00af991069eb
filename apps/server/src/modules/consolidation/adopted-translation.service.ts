import { listProvisionsOfVersions, listVersionTexts } from '@tansiq/db';
import {
  DomainError,
  adoptVersionDraft,
  adoptedText,
  draftRows,
  editDraft,
  mergeProposals,
  openBrackets,
  pickOf,
  renderInstrumentText,
  requireIdentified,
  type AdoptedText,
  type ProvisionDraft,
  type TextLanguage,
  type UntranslatedReason,
} from '@tansiq/domain';
import type { ServiceContext } from '../../context.ts';
import { conflict } from '../../errors.ts';
import { personOf } from '../../policy.ts';
import { baseIn } from '../synoptic/synoptic-sources.ts';
import { proposalsInLanguage } from '../translations/translated-proposals.ts';
import { additionsOf, loadDraftView, readableProposals, type DraftView } from './consolidation-view.ts';

/** A provision left in the draft's language, with why, and the picked proposals that await translation. */
export interface UntranslatedProvision {
  /** Its id in the adopted version. */
  provision: string;
  num: string;
  reason: UntranslatedReason;
  proposals: string[];
}

/** The adopted text drafted in another language: the text, and the provisions still to translate by hand. */
export interface AdoptedTranslationView {
  view: DraftView;
  language: TextLanguage;
  text: AdoptedText['text'];
  /** The text in ITU layout, as the library's import reads it. */
  layout: string;
  untranslated: UntranslatedProvision[];
}

/**
 * The adopted version of a draft drafted in `language` (anyone signed in; nothing stored): the draft's picks
 * merged again, in `language`, from the base version's text in it and the picked proposals as its readers see
 * them (written in it, or their published translation into it), then adopted by adoption's own rules, so its
 * provisions align with the adopted version's by id. A provision kept from the base takes the base's text in
 * `language`; one the chair edited or settled from brackets, one whose picks await translation into `language`,
 * and one whose translations collide where the originals merged cannot be drafted: each keeps its text in the
 * draft's language and is listed. Refused: a draft not adopted as a new version (`conflict` at `status`), a
 * language the adopted version has already or the base lacks (`validation_failed` at `params.language`).
 */
export async function draftAdoptedTranslation(
  ctx: ServiceContext,
  id: string,
  language: TextLanguage,
): Promise<AdoptedTranslationView> {
  requireIdentified(personOf(ctx.actor));
  const view = await loadDraftView(ctx, id);
  if (view.draft.status !== 'adopted' || view.adopted === null) {
    throw conflict('Only a draft adopted as a new version has an adopted text to translate.', ['status']);
  }
  const [provisionRows, [versionText], proposals] = await Promise.all([
    listProvisionsOfVersions(ctx.db, [view.version.id]),
    listVersionTexts(ctx.db, view.version.id, [language]),
    readableProposals(ctx, view.draft.meetingId, view.draft.versionId).then((rows) =>
      proposalsInLanguage(ctx.db, rows, language),
    ),
  ]);
  refuseLanguage(view, language, versionText !== undefined);
  const base = baseIn(provisionRows, language);
  const baseText = new Map(base.map((provision) => [provision.id, provision.text]));
  const byId = new Map(proposals.map((row) => [row.proposal.id, row]));
  const drafts = new Map<string, ProvisionDraft>();
  const left = new Map<string, Omit<UntranslatedProvision, 'provision' | 'num'>>();
  for (const row of view.rows) {
    const stored = view.stored.get(row.id);
    if (stored === undefined) {
      continue;
    }
    const inBase = row.added ? null : (baseText.get(row.id) ?? '');
    // A provision that cannot be drafted keeps the adopted text of the draft's language (or stays suppressed).
    const keep = (reason: UntranslatedReason, numbers: string[] = []) => {
      const adopted = adoptedText(row.draft);
      drafts.set(row.id, keepText(inBase, adopted));
      if (adopted !== '') {
        left.set(row.id, { reason, proposals: numbers });
      }
    };
    if (stored.edited) {
      keep('edited');
      continue;
    }
    const picked = stored.picks.map((proposalId) => byId.get(proposalId));
    if (picked.some((pick) => pick === undefined)) {
      // Withdrawn since the adoption: its text is no longer read in any language.
      keep('withdrawn');
      continue;
    }
    const present = picked as NonNullable<(typeof picked)[number]>[];
    const awaiting = present.filter(
      ({ shown, proposal }) => shown.as === 'awaiting-translation' && proposal.text !== null,
    );
    if (awaiting.length > 0) {
      keep(
        'awaiting-translation',
        awaiting.map(({ proposal }) => proposal.number!),
      );
      continue;
    }
    const merged = mergeProposals(
      inBase,
      present.map(({ proposal }) =>
        pickOf({ mark: proposal.mark, number: proposal.number!, text: proposal.text }, inBase),
      ),
    );
    if (openBrackets(merged).length > 0) {
      keep('brackets');
      continue;
    }
    drafts.set(row.id, merged);
  }
  const rows = draftRows(base, additionsOf(base, proposals), drafts);
  const city = view.meeting.city;
  const adopted = adoptVersionDraft(
    {
      language,
      kind: view.instrument.kind as AdoptedText['text']['kind'],
      number: view.instrument.number,
      revision: versionText!.revision,
      title: versionText!.title,
      body: versionText!.body,
    },
    rows,
    { city: city[language] ?? city.en, year: Number(view.meeting.startsOn.slice(0, 4)) },
  );
  const numOf = new Map(adopted.text.provisions.map((provision) => [provision.id, provision.num]));
  const untranslated = [...left].map(([draftId, reason]) => {
    const provision = adopted.renumbered[draftId] ?? draftId;
    return { provision, num: numOf.get(provision) ?? '', ...reason };
  });
  return { view, language, text: adopted.text, layout: renderInstrumentText(adopted.text), untranslated };
}

/** A provision's draft whose adopted text is `text`: the base's words where they stay, the rest typed. */
function keepText(base: string | null, text: string): ProvisionDraft {
  return editDraft(mergeProposals(base, []), text);
}

function refuseLanguage(view: DraftView, language: TextLanguage, inBase: boolean): void {
  const refuse = (code: string, message: string) =>
    new DomainError('validation_failed', message, [{ path: ['params', 'language'], code, message }]);
  if (view.adoptedLanguages.includes(language)) {
    throw refuse('language_stored', `The adopted version is stored in ${language} already.`);
  }
  if (!inBase) {
    throw refuse('language_not_stored', `The version the draft revised is not stored in ${language}.`);
  }
}
