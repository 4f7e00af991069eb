import { listPublishedProposalTranslations, type Executor, type VersionProposalRow } from '@tansiq/db';
import type { ShownAs } from '@tansiq/domain';

/*
 * A meeting's proposals as the readers of one language see them (docs/translations.md): a proposal written in
 * that language as it is; one written in another, through its published translation into that language when
 * there is one; else in its original language, marked awaiting translation. The compilation and the
 * consolidation read proposals through this one function, so both agree on what a reader of `language` sees.
 */

/** How a proposal's text is shown in a language (the domain's list). */
export type { ShownAs };

/** What a proposal row needs to be shown in a language: a compilation's row, or the register's (with reasons). */
type TranslatableRow = {
  proposal: { id: string; text: string | null; reasons?: string | null };
  document: Pick<VersionProposalRow['document'], 'originalLanguage'>;
};

/** A proposal as shown in one language: its text there (the translation's when translated) and its original. */
export type ProposalInLanguage<Row extends TranslatableRow = VersionProposalRow> = Row & {
  shown: {
    /** The language `proposal.text` is written in. */
    language: string;
    as: ShownAs;
    /** The text and language it was written in (the same as shown for an original). */
    original: { language: string; text: string | null };
  };
};

/**
 * The proposals in `language`: each one's text (and its reasons, when the row has them) replaced by its published
 * translation where there is one.
 */
export async function proposalsInLanguage<Row extends TranslatableRow>(
  db: Executor,
  rows: readonly Row[],
  language: string,
): Promise<ProposalInLanguage<Row>[]> {
  const foreign = rows.filter(({ document }) => document.originalLanguage !== language);
  const translations = new Map(
    (
      await listPublishedProposalTranslations(
        db,
        foreign.map(({ proposal }) => proposal.id),
        language,
      )
    ).map((row) => [row.proposalId, row]),
  );
  return rows.map((row) => {
    const original = { language: row.document.originalLanguage, text: row.proposal.text };
    if (row.document.originalLanguage === language) {
      return { ...row, shown: { language, as: 'original', original } };
    }
    const translation = translations.get(row.proposal.id);
    if (translation === undefined) {
      return { ...row, shown: { language: original.language, as: 'awaiting-translation', original } };
    }
    return {
      ...row,
      proposal: {
        ...row.proposal,
        text: translation.text,
        ...('reasons' in row.proposal ? { reasons: translation.reasons } : {}),
      },
      shown: { language, as: 'translation', original },
    };
  });
}
